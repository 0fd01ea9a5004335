/**
 * Pure helpers for the rewrite exercises and the note checker: turning a scenario into grader
 * options, cutting long text, splitting a note into highlighted segments and reading or writing
 * the `#note=` link. No DOM, no timers: the island decides when to call these.
 */
import { countCharacters } from './grader/length.ts';
import type { Scenario } from './grader/result-schema.ts';

/** Longest text the checker grades; anything beyond is counted but not read, so a huge paste stays fast. */
export const MAX_GRADED_CHARS = 5000;

/** Longest stretch of the learner's text drawn with highlights; the rest is summarised in words. */
export const MAX_HIGHLIGHTED_CHARS = 2000;

/** Most highlights drawn at once; a pathological note cannot flood the page with marks. */
export const MAX_HIGHLIGHTS = 200;

/** The part of a note the grader reads, cut on a code point boundary so no emoji is split. */
export function gradedPart(text: string, max: number = MAX_GRADED_CHARS): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** A highlight as the grader reports it (UTF-16 offsets into the graded text). */
export interface HighlightLike {
  start: number;
  end: number;
  kind: 'problem' | 'strength';
  reason: string;
  message: string;
}

/** The highlights worth showing: those that cover more than white space, at most `MAX_HIGHLIGHTS`. */
export function visibleHighlights<T extends HighlightLike>(text: string, highlights: readonly T[]): T[] {
  return highlights.filter((h) => text.slice(Math.max(0, h.start), h.end).trim() !== '').slice(0, MAX_HIGHLIGHTS);
}

/** One run of text with the highlights (by index into the given list) that cover it. */
export interface Segment {
  /** The text of this run, exactly as typed. */
  text: string;
  /** UTF-16 offset where the run starts. */
  start: number;
  /** Indexes of the highlights covering this run, in the order given. */
  marks: number[];
  /** `problem` wins over `strength` when both cover the run, so a warning is never hidden. */
  kind?: 'problem' | 'strength';
}

/**
 * Splits `text` into runs at every highlight edge. Overlapping highlights share a run; offsets out
 * of range, reversed or not numbers are clamped or dropped; only the first `maxChars` are split.
 */
export function segmentText(
  text: string,
  highlights: readonly HighlightLike[],
  maxChars: number = MAX_HIGHLIGHTED_CHARS,
): { segments: Segment[]; hiddenChars: number } {
  const shown = gradedPart(text, maxChars);
  const limit = shown.length;
  const clamp = (n: number) => Math.min(limit, Math.max(0, Math.trunc(n)));
  const valid = highlights
    .slice(0, MAX_HIGHLIGHTS)
    .map((h, index) => ({ index, kind: h.kind, start: clamp(h.start), end: clamp(h.end) }))
    .filter((h) => Number.isFinite(h.start) && Number.isFinite(h.end) && h.end > h.start);
  const edges = new Set<number>([0, limit]);
  for (const h of valid) edges.add(h.start).add(h.end);
  const points = [...edges].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid.filter((h) => h.start <= start && h.end >= end);
    const marks = covering.map((h) => h.index);
    const kind = covering.some((h) => h.kind === 'problem') ? 'problem' : covering.length ? 'strength' : undefined;
    segments.push({ text: shown.slice(start, end), start, marks, ...(kind ? { kind } : {}) });
  }
  return { segments, hiddenChars: countCharacters(text.slice(limit)) };
}

/** How the writer and the recipient connect, as an exercise describes it. */
export interface ScenarioFacts {
  recipient: { name: string };
  howYouKnowThem: { keywords: readonly string[] };
  whatYouWant: { keywords: readonly string[] };
}

/** The grader's scenario for an exercise: the recipient's name and the keywords for each fact. */
export function scenarioFor(exercise: ScenarioFacts): Scenario {
  return {
    name: [exercise.recipient.name],
    context: [...exercise.howYouKnowThem.keywords],
    want: [...exercise.whatYouWant.keywords],
  };
}

/**
 * Whether `text` names `name` as a whole word, ignoring case. The checker asks for the recipient's
 * name on its own; the grader's scenario also needs context and want keywords, which a pasted note
 * has no list of, so this check sits beside the grader rather than inside it.
 */
export function mentionsName(text: string, name: string): boolean {
  const wanted = name.trim();
  if (!wanted) return false;
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** What reading a `#note=` fragment gave: a note (and perhaps a name), nothing, or a message why not. */
export type FragmentResult =
  { kind: 'none' } | { kind: 'note'; note: string; name?: string } | { kind: 'error'; message: string };

/** Message shown when a shared link's note cannot be decoded. */
export const BROKEN_LINK_MESSAGE =
  'This link’s note could not be read: part of it was cut off or changed. Ask the sender to copy the link again, or paste the note below.';

/** Reads `#note=<text>&to=<name>` from a location hash; never throws, even on malformed % codes. */
export function readNoteFragment(hash: string): FragmentResult {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const fields = new Map<string, string>();
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const rawNote = fields.get('note');
  if (rawNote === undefined) return { kind: 'none' };
  try {
    const note = decodeURIComponent(rawNote);
    const rawName = fields.get('to');
    const name = rawName === undefined ? '' : decodeURIComponent(rawName).trim().slice(0, 80);
    return name ? { kind: 'note', note, name } : { kind: 'note', note };
  } catch {
    return { kind: 'error', message: BROKEN_LINK_MESSAGE };
  }
}

/** A link to the checker that opens with `note` graded; the fragment never reaches a server. */
export function noteLink(checkerUrl: string, note: string, name = ''): string {
  const base = checkerUrl.split('#')[0] ?? checkerUrl;
  const to = name.trim() ? `&to=${encodeURIComponent(name.trim())}` : '';
  return `${base}#note=${encodeURIComponent(note)}${to}`;
}

/** Words for each verdict, as the feedback shows them. */
export const VERDICT_LABELS = {
  default: 'Default text',
  lazy: 'Lazy',
  'needs-work': 'Needs work',
  thoughtful: 'Thoughtful',
} as const;

/** One of the grader's four verdicts. */
export type Verdict = keyof typeof VERDICT_LABELS;

/** Verdicts from worst to best, to compare two. */
export const VERDICT_RANK: Record<Verdict, number> = { default: 0, lazy: 1, 'needs-work': 2, thoughtful: 3 };

/** What a screen reader hears when feedback settles: verdict, score, the grader's summary and the count. */
export function feedbackSummary(result: {
  verdict: Verdict;
  score: number;
  summary: string;
  length: number;
  limit: number;
  criteria: readonly { status: 'pass' | 'partial' | 'fail' }[];
}): string {
  const passing = result.criteria.filter((c) => c.status === 'pass').length;
  return [
    `Verdict: ${VERDICT_LABELS[result.verdict]}.`,
    `Score ${result.score} of 100.`,
    result.summary,
    `${passing} of ${result.criteria.length} checks pass.`,
    `${result.length} of ${result.limit} characters.`,
  ].join(' ');
}

/** How each verdict reads after “this version …” or “your best …”. */
export const VERDICT_PREDICATES: Record<Verdict | 'unjudged', string> = {
  default: 'is the default text',
  lazy: 'looks lazy',
  'needs-work': 'needs work',
  thoughtful: 'is thoughtful',
  unjudged: 'can’t be judged',
};

/** Where a learner stands on an exercise, as the line under the note says it. */
export interface Standing {
  /** True once the exercise has been completed (a thoughtful note was saved). */
  done: boolean;
  /** The rest of the line, after “Done.” or “Not done yet.” */
  text: string;
}

/**
 * The exercise's standing from what was saved and the note in the box now: done when a thoughtful
 * note was saved; the best verdict reached, and the current one when it is lower.
 */
export function standing(
  saved: { done: boolean; best?: Verdict | undefined },
  current?: Verdict | 'unjudged',
): Standing {
  const best = saved.done ? 'thoughtful' : saved.best;
  const lower =
    current !== undefined &&
    best !== undefined &&
    (current === 'unjudged' || VERDICT_RANK[current] < VERDICT_RANK[best]);
  const now = lower ? `; this version ${VERDICT_PREDICATES[current]}` : '';
  if (saved.done || best === 'thoughtful') {
    return {
      done: true,
      text: lower ? `Your best was thoughtful${now}.` : 'You wrote a thoughtful note for this situation.',
    };
  }
  const goal = 'reach Thoughtful to complete this exercise.';
  if (best === undefined) return { done: false, text: `${goal.charAt(0).toUpperCase()}${goal.slice(1)}` };
  return { done: false, text: `Your best so far ${VERDICT_PREDICATES[best]}${now}; ${goal}` };
}
