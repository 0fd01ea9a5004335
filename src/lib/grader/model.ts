/**
 * Stage 3: weigh the features into a verdict and a score. Two kinds of rule decide:
 *
 * - The rubric's definitions are fixed, not fitted: an empty note or a stock text is `default`; an
 *   unfilled template is `lazy`; a pitch or an ask keeps a note from `thoughtful`, and makes it
 *   `lazy` when nothing real about the reader comes with it; so do network-collecting and
 *   boilerplate; a wrong name, stock text after a real opening, or a note over the limit is never
 *   `thoughtful`.
 * - Everything else is a proportional-odds (ordinal logistic) model fitted on the labelled corpus by
 *   `npm run fit:grader` (scripts/fit-grader.ts): a weighted sum of the features, `s`, compared with
 *   two thresholds between lazy, needs-work and thoughtful. The weights live in `weights.json`.
 *
 * The score is `s` placed inside its verdict's band, so a higher verdict always scores higher, and
 * every feature's share of `s` can be shown to the learner as points won or lost.
 */
import { PROBLEM_IDS, type FeatureId, type Features } from './features.ts';

const PROBLEMS = new Set<FeatureId>(PROBLEM_IDS);
import type { Verdict } from './result-schema.ts';
import fitted from './weights.json' with { type: 'json' };

/** A fitted model: one weight per feature and the two thresholds on the weighted sum. */
export interface Weights {
  readonly weights: Readonly<Record<FeatureId, number>>;
  /** Between lazy and needs-work, and between needs-work and thoughtful. */
  readonly thresholds: readonly [number, number];
}

/** The weights `npm run fit:grader` wrote. */
export const WEIGHTS: Weights = fitted as unknown as Weights;

/** The score range of each verdict, so a higher verdict always means a higher score. */
export const VERDICT_BANDS: Readonly<Record<Verdict, readonly [number, number]>> = {
  default: [0, 9],
  lazy: [10, 39],
  'needs-work': [40, 69],
  thoughtful: [70, 100],
};

const ORDER: readonly Verdict[] = ['default', 'lazy', 'needs-work', 'thoughtful'];

/** One feature's share of the weighted sum, in score points (30 points span the needs-work band). */
export interface Contribution {
  readonly id: FeatureId;
  readonly points: number;
}

/** What the model decided, and why. */
export interface Decision {
  readonly verdict: Verdict;
  readonly score: number;
  /** The verdict and score the fitted model gave before the rubric's caps. */
  readonly fittedVerdict: Verdict;
  readonly uncappedScore: number;
  /** The rubric rule that lowered or fixed the verdict, if any. */
  readonly cap: Cap | null;
  /** Each fired feature's points, largest effect first. */
  readonly contributions: readonly Contribution[];
}

/** The rubric's fixed rules, strongest first. */
export type Cap =
  | 'default'
  | 'placeholder'
  | 'not-english'
  | 'ask-without-context'
  | 'network'
  | 'boilerplate'
  | 'ask'
  | 'wrong-name'
  | 'over-limit'
  | 'stock-phrase';

/** The weighted sum of the features. */
export function weightedSum(features: Features, model: Weights = WEIGHTS): number {
  let sum = 0;
  for (const [id, value] of Object.entries(features.values) as [FeatureId, number][])
    sum += value * (model.weights[id] ?? 0);
  return sum;
}

/** The highest verdict the rubric allows, and the rule that set it (null: no limit). */
export function rubricCap(features: Features): { cap: Cap; max: Verdict } | null {
  const has = (id: FeatureId): boolean => features.values[id] > 0;
  // Something real about them, however thin: a context, their company or town named, shared ground.
  const real = has('context-specific') || has('context-vague') || has('named') || has('shared-ground');
  const asks = has('pitch') || has('ask-job') || has('ask-call') || has('ask-favour') || has('ask-action');
  if (features.defaultNote) return { cap: 'default', max: 'default' };
  if (features.placeholders.length > 0) return { cap: 'placeholder', max: 'lazy' };
  // In another language the grader judges only what it can see, and gives the middle verdict.
  if (features.notEnglish) return { cap: 'not-english', max: asks || has('network') ? 'lazy' : 'needs-work' };
  if (asks && !real) return { cap: 'ask-without-context', max: 'lazy' };
  if (has('network') && !has('context-specific')) return { cap: 'network', max: 'lazy' };
  if (has('boilerplate') && !has('context-specific') && !has('reason-specific'))
    return { cap: 'boilerplate', max: 'lazy' };
  if (asks) return { cap: 'ask', max: 'needs-work' };
  if (features.wrongNames.length > 0) return { cap: 'wrong-name', max: 'needs-work' };
  if (features.note.overflowStart !== null) return { cap: 'over-limit', max: 'needs-work' };
  if (has('stock-phrase')) return { cap: 'stock-phrase', max: 'needs-work' };
  return null;
}

/**
 * In an exercise the scenario defines what is specific and why: a note that uses both its context
 * and its want, with no fault at all, is thoughtful by the rubric, whatever else it leaves out.
 */
function exerciseDone(features: Features): boolean {
  const use = features.scenarioUse;
  const faulty = (Object.entries(features.values) as [FeatureId, number][]).some(
    ([id, value]) => value > 0 && PROBLEMS.has(id),
  );
  return use !== null && use.context.length > 0 && use.want.length > 0 && !faulty;
}

/** The verdict the fitted model gives a weighted sum. */
export function fittedVerdict(sum: number, model: Weights = WEIGHTS): Verdict {
  const [low, high] = model.thresholds;
  return sum < low ? 'lazy' : sum < high ? 'needs-work' : 'thoughtful';
}

/**
 * The score for a verdict: each band has a low and a high value, the high one for a note close to
 * the next verdict. The grader cannot tell 62 from 64, so it does not pretend to: coarse scores
 * rank notes as well as the verdicts do, and a learner sees a change only when one is real.
 */
export const SCORE_LEVELS: Readonly<Record<Verdict, readonly [number, number]>> = {
  default: [0, 0],
  lazy: [25, 35],
  'needs-work': [50, 65],
  thoughtful: [85, 100],
};

/** How far through its band a weighted sum must be to earn the band's high value. */
const HIGH = 0.7;

/** The score of an uncapped note: low or high in its band, by where `sum` sits between the thresholds. */
function scoreIn(verdict: Verdict, sum: number, model: Weights): number {
  const [low, high] = model.thresholds;
  const gap = Math.max(high - low, 1e-6);
  const from = verdict === 'lazy' ? low - gap : verdict === 'needs-work' ? low : high;
  return SCORE_LEVELS[verdict][(sum - from) / gap >= HIGH ? 1 : 0];
}

/**
 * The score of a note the rubric settled: a lazy one at the bottom of its band; one held back at
 * needs-work one fix from thoughtful; one raised to needs-work (an ask with a real context) low in it.
 */
function cappedScore(verdict: Verdict, raised: boolean): number {
  if (verdict === 'lazy' || verdict === 'default') return VERDICT_BANDS[verdict][0];
  return SCORE_LEVELS[verdict][raised ? 0 : 1];
}

/** Decides the verdict and score of a note from its features. */
export function decide(features: Features, model: Weights = WEIGHTS): Decision {
  const sum = weightedSum(features, model);
  const free = fittedVerdict(sum, model);
  const limit = rubricCap(features);
  // The rubric: a real context followed by a pitch, a call or a demo is needs-work, not lazy.
  // A job, a call or advice asked after anything real about them (their company, a shared group) is the
  // rubric's needs-work too; a sales pitch needs a specific context for that.
  const has = (id: FeatureId): boolean => features.values[id] > 0;
  const somethingReal = has('context-vague') || has('named') || has('shared-ground');
  const askAfterContext =
    limit?.cap === 'ask' && (has('context-specific') || (!has('pitch') && !has('soft-pitch') && somethingReal));
  const raised =
    limit === null && exerciseDone(features) ? 'thoughtful' : askAfterContext && free === 'lazy' ? 'needs-work' : free;
  const verdict =
    limit?.cap === 'not-english' || (limit && ORDER.indexOf(raised) > ORDER.indexOf(limit.max))
      ? (limit?.max ?? raised)
      : raised;
  const gap = Math.max(model.thresholds[1] - model.thresholds[0], 1e-6);
  const contributions = (Object.entries(features.values) as [FeatureId, number][])
    .filter(([id, value]) => value > 0 && (model.weights[id] ?? 0) !== 0)
    .map(([id, value]) => ({ id, points: Math.round(((value * (model.weights[id] ?? 0)) / gap) * 30) }))
    .filter((c) => c.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return {
    verdict,
    // A lazy note with a fault that makes it lazy (an ask, a template, collecting) sits at the bottom.
    score:
      limit !== null && limit.cap !== 'not-english' && (verdict === 'lazy' || verdict !== free)
        ? cappedScore(verdict, ORDER.indexOf(free) < ORDER.indexOf(verdict))
        : scoreIn(verdict, sum, model),
    fittedVerdict: free,
    uncappedScore: limit?.max === 'default' ? 0 : scoreIn(free, sum, model),
    cap: verdict === free ? null : (limit?.cap ?? null),
    contributions,
  };
}
