/**
 * The six reasons the course teaches, in lesson order. One list for the content schema,
 * the grader and the UI, so a reason id can never drift between them.
 */
export const REASON_IDS = ['impersonal', 'lazy', 'rude', 'quantity', 'why', 'favor'] as const;

/** One of the six reasons a default invitation fails. */
export type ReasonId = (typeof REASON_IDS)[number];

/** Short human labels for each reason, as the lessons title them. */
export const REASON_LABELS: Record<ReasonId, string> = {
  impersonal: 'It’s impersonal',
  lazy: 'It looks lazy',
  rude: 'It’s rude',
  quantity: 'Quantity over quality',
  why: 'It doesn’t say why',
  favor: 'They’re doing you a favour',
};

/** The lesson slug that teaches each reason (`/lessons/<slug>/`). */
export const REASON_LESSON_SLUGS = {
  impersonal: 'impersonal',
  lazy: 'looks-lazy',
  rude: 'rude',
  quantity: 'quantity-over-quality',
  why: 'tell-me-why',
  favor: 'doing-you-a-favour',
} as const satisfies Record<ReasonId, string>;

/** The six reason lessons' slugs, in lesson order. */
export const REASON_LESSONS = REASON_IDS.map((id) => REASON_LESSON_SLUGS[id]);

/** True when `value` is one of the six reason ids. */
export function isReasonId(value: string): value is ReasonId {
  return (REASON_IDS as readonly string[]).includes(value);
}
