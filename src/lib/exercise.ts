/**
 * Pure helpers for the rewrite exercises and the note checker: turning a scenario into grader
 * options, cutting long text, and where a learner stands on an exercise. No DOM, no timers: the
 * island decides when to call these. Highlights (`tidy-highlights.ts`) and the `#note=` link
 * (`note-link.ts`) live apart, so only the on-demand part of the page carries them.
 */
import type { Scenario } from './grader/result-schema.ts';

/** Longest text the checker grades; anything beyond is counted but not read, so a huge paste stays fast. */
export const MAX_GRADED_CHARS = 5000;

/** The part of a note the grader reads, cut on a code point boundary so no emoji is split. */
export function gradedPart(text: string, max: number = MAX_GRADED_CHARS): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
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
