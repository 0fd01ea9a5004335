/** Turns an analysis and its penalties into a verdict and a score that agree with each other. */
import type { Analysis, ProblemKind } from './analyze.ts';
import type { Penalty, Verdict } from './result-schema.ts';

/** The score range of each verdict, so a higher verdict always means a higher score. */
export const VERDICT_BANDS: Readonly<Record<Verdict, readonly [number, number]>> = {
  default: [0, 9],
  lazy: [10, 39],
  'needs-work': [40, 69],
  thoughtful: [70, 100],
};

/** Problems that make a note lazy whatever else it says. */
const LAZY_PROBLEMS: readonly ProblemKind[] = ['placeholder', 'pitch', 'demand'];

/** Problems that keep an otherwise thoughtful note at needs-work. */
const CAPPING_PROBLEMS: readonly ProblemKind[] = [
  'stock',
  'shouting',
  'impersonal-greeting',
  'soft-ask',
  'flattery',
  'network',
  'link',
  'rude',
];

/** The points a note earns for what it does well, before penalties. */
export function earnedPoints(analysis: Analysis): number {
  if (analysis.empty || analysis.defaultNote) return 0;
  // A note in another language earns a neutral middle: the grader cannot judge its content.
  if (analysis.notEnglish) return 50;
  const has = (kind: ProblemKind): boolean => analysis.problems[kind].length > 0;
  let points = [0, 15, 30][analysis.contextLevel] ?? 0;
  points += [0, 12, 30][analysis.whyLevel] ?? 0;
  if (analysis.specifics > 0) points += 10;
  if (analysis.names.length > 0) points += 5;
  if (analysis.thanks.length > 0 || analysis.offers.length > 0) points += 10;
  // Fitting the limit is worth something only when there is something worth sending.
  if (analysis.overflowStart === null && (analysis.contextLevel > 0 || analysis.whyLevel > 0)) points += 10;
  if (!has('stock') && !has('placeholder')) points += 5;
  return points;
}

/** The overall verdict. */
export function decideVerdict(analysis: Analysis): Verdict {
  if (analysis.empty || analysis.defaultNote) return 'default';
  const has = (kind: ProblemKind): boolean => analysis.problems[kind].length > 0;
  if (analysis.notEnglish) return LAZY_PROBLEMS.some(has) || has('network') ? 'lazy' : 'needs-work';
  // An ask spoils a note that is otherwise about them; in a note about nothing, it is the point.
  if (has('placeholder') || has('pitch') || (has('demand') && (analysis.contextLevel < 2 || analysis.whyLevel < 1)))
    return 'lazy';
  if (has('network') && analysis.contextLevel < 2) return 'lazy';
  if (analysis.contextLevel === 0 && analysis.whyLevel < 2) return 'lazy';
  const capped = analysis.overflowStart !== null || CAPPING_PROBLEMS.some(has);
  // A specific context carries a plain reason ("I'd love to follow your research").
  if (analysis.contextLevel === 2 && analysis.whyLevel >= 1 && !capped && !has('demand')) return 'thoughtful';
  return 'needs-work';
}

/** The score: points earned minus penalties, kept inside the verdict’s band. */
export function scoreNote(analysis: Analysis, verdict: Verdict, penalties: readonly Penalty[]): number {
  const raw = earnedPoints(analysis) - penalties.reduce((sum, penalty) => sum + penalty.points, 0);
  const [low, high] = VERDICT_BANDS[verdict];
  return Math.min(high, Math.max(low, raw));
}
