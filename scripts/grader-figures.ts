/**
 * How well the grader's verdicts agree with labels: the figures the fit script, the corpus test and
 * the targets use.
 */
import type { Verdict } from '../src/lib/grader/result-schema.ts';

const ORDER: readonly Verdict[] = ['default', 'lazy', 'needs-work', 'thoughtful'];

/** One note as labelled and as graded. */
export interface Graded {
  label: Verdict;
  verdict: Verdict;
  score: number;
  text: string;
}

/** The figures for one set of notes. */
export interface Figures {
  name: string;
  count: number;
  /** Share of notes whose verdict is the label. */
  exact: number;
  /** Exact agreement averaged over the labels present, so a rare class counts as much as a common one. */
  balanced: number;
  /** Spearman's rank correlation of score against the label order default < lazy < needs-work < thoughtful. */
  spearman: number;
  /** Share of thoughtful notes called thoughtful, and how many thoughtful notes were called lazy or default. */
  thoughtfulFound: number;
  thoughtfulSunk: number;
  /** Lazy or default notes called thoughtful. */
  falseThoughtful: number;
  /** Default notes not called default. */
  defaultMissed: number;
}

/** Ranks with ties given their average rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j++;
    for (let k = i; k <= j; k++) result[order[k]?.index ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return result;
}

/** Spearman's rank correlation: Pearson's correlation of the ranks. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(rx), mean(ry)];
  let [num, dx, dy] = [0, 0, 0];
  for (let i = 0; i < rx.length; i++) {
    const a = (rx[i] ?? 0) - mx;
    const b = (ry[i] ?? 0) - my;
    num += a * b;
    dx += a * a;
    dy += b * b;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}

/** The figures for `graded`, named `name`. */
export function evaluate(name: string, graded: readonly Graded[]): Figures {
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  const present = ORDER.filter((label) => graded.some((g) => g.label === label));
  const thoughtful = graded.filter((g) => g.label === 'thoughtful');
  const low = (v: Verdict): boolean => v === 'default' || v === 'lazy';
  return {
    name,
    count: graded.length,
    exact: share(graded.filter((g) => g.verdict === g.label).length, graded.length),
    balanced:
      present.reduce((sum, label) => {
        const of = graded.filter((g) => g.label === label);
        return sum + share(of.filter((g) => g.verdict === label).length, of.length);
      }, 0) / Math.max(1, present.length),
    spearman: spearman(
      graded.map((g) => g.score),
      graded.map((g) => ORDER.indexOf(g.label)),
    ),
    thoughtfulFound: share(thoughtful.filter((g) => g.verdict === 'thoughtful').length, thoughtful.length),
    thoughtfulSunk: thoughtful.filter((g) => low(g.verdict)).length,
    falseThoughtful: graded.filter((g) => low(g.label) && g.verdict === 'thoughtful').length,
    defaultMissed: graded.filter((g) => g.label === 'default' && g.verdict !== 'default').length,
  };
}

/** A table of figures, one set per row. */
export function formatFigures(rows: readonly Figures[]): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const head = [
    'set',
    'notes',
    'exact',
    'balanced',
    'Spearman',
    'thoughtful found',
    'thoughtful→lazy',
    'lazy→thoughtful',
    'default missed',
  ];
  const body = rows.map((r) => [
    r.name,
    String(r.count),
    pct(r.exact),
    pct(r.balanced),
    r.spearman.toFixed(3),
    pct(r.thoughtfulFound),
    String(r.thoughtfulSunk),
    String(r.falseThoughtful),
    String(r.defaultMissed),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  return [head, ...body]
    .map((row) =>
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}
