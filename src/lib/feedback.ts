/**
 * What the feedback panel says about one graded note, worked out from the grader's `Result`: the
 * verdict in words, the one or two changes that would help most (each with why and a fix), the six
 * reasons as outcomes that read right, the marked passages and the details, with every passage
 * quoted once. Pure: the island renders this model; tests assert on it.
 */
import { VERDICT_LABELS, type Verdict } from './exercise.ts';
import type { CriterionId, Result, Status } from './grader/result-schema.ts';
import { REASON_LABELS } from './reasons.ts';
import { quoteOnce } from './quote-once.ts';
import { MAX_HIGHLIGHTS, tidyHighlights } from './tidy-highlights.ts';

/** A criterion's status as a symbol and a word, so it never rests on colour alone. */
export const STATUS_MARKS: Record<Status, { symbol: string; word: string }> = {
  pass: { symbol: '✓', word: 'Passed' },
  partial: { symbol: '◐', word: 'Partly' },
  fail: { symbol: '✗', word: 'Missing' },
};

/** Each criterion as what a good note does (the outcome) and what to do to get there (the fix). */
export const OUTCOMES: Record<CriterionId, { outcome: string; fix: string }> = {
  impersonal: { outcome: 'Says how you know them', fix: 'Say how you know them' },
  lazy: { outcome: 'In your own words', fix: 'Write it in your own words' },
  rude: { outcome: 'Asks for nothing yet', fix: 'Ask for nothing yet' },
  quantity: { outcome: 'Written for this one person', fix: 'Write it for this one person' },
  why: { outcome: 'Gives a reason', fix: 'Say why you want to connect' },
  favor: { outcome: 'Thanks them or offers something', fix: 'Thank them or offer something' },
  length: { outcome: 'Fits the character limit', fix: 'Fit it in the limit' },
};

/** The outcome statement for a criterion, with the limit spelt out for `length`. */
export function outcomeOf(id: CriterionId, limit: number): string {
  return id === 'length' ? `Fits in ${limit} characters` : OUTCOMES[id].outcome;
}

/** Which fixes come first when several are missing: the limit (else it cannot be sent), then the core of a note. */
export const FIX_ORDER: readonly CriterionId[] = ['length', 'impersonal', 'why', 'rude', 'lazy', 'quantity', 'favor'];

/** One change that would help: what to do, why, how, and the lesson that teaches it. */
export interface Change {
  id: CriterionId;
  title: string;
  why: string;
  fix: string;
  href: string;
  lesson: string;
}

/** One criterion as the reasons list shows it, with its details for the folded part. */
export interface ReasonLine {
  id: CriterionId;
  status: Status;
  outcome: string;
  detail: string;
  suggestion: string;
  href: string;
  lesson: string;
}

/** A marked passage of the note, numbered for its marker; repeats of one passage share a number. */
export interface MarkLine {
  start: number;
  end: number;
  kind: 'problem' | 'strength';
  number: number;
  /** What the list says about it; '' for a repeat of a passage already listed. */
  message: string;
}

/** Everything the panel shows about one note. */
export interface FeedbackModel {
  /** `unjudged` when the grader cannot read the note (not English). */
  verdict: Verdict | 'unjudged';
  label: string;
  score?: number;
  /** A note greeting someone else: said before anything else. */
  wrongName?: string;
  headline: string;
  changes: Change[];
  changesTitle: string;
  reasons: ReasonLine[];
  marks: MarkLine[];
  penalties: { points: number; message: string }[];
}

const LESSON_NAMES: Record<CriterionId, string> = { ...REASON_LABELS, length: 'No note left?' };

/** The one or two criteria whose fixes would help most: failures before partial ones, heavier penalties first. */
export function topChanges(result: Pick<Result, 'criteria' | 'penalties'>, max = 2): Result['criteria'] {
  const cost = (id: CriterionId) =>
    result.penalties.filter((p) => p.reason === id).reduce((sum, p) => sum + p.points, 0);
  return result.criteria
    .filter((c) => c.status !== 'pass')
    .sort(
      (a, b) =>
        (a.status === 'fail' ? 0 : 1) - (b.status === 'fail' ? 0 : 1) ||
        cost(b.id) - cost(a.id) ||
        FIX_ORDER.indexOf(a.id) - FIX_ORDER.indexOf(b.id),
    )
    .slice(0, max);
}

/** The panel's model for `result`, graded on `text`. */
export function buildFeedback(result: Result, text: string): FeedbackModel {
  const say = quoteOnce();
  const unjudged = result.flags.includes('not-english');
  const wrongName = result.flags.includes('wrong-name') ? say(result.summary) : undefined;
  const picked = unjudged ? [] : topChanges(result);
  const changes = picked.map((c) => ({
    id: c.id,
    title: c.id === 'length' ? `Fit it in ${result.limit} characters` : OUTCOMES[c.id].fix,
    why: say(c.message),
    fix: say(c.suggestion),
    href: c.href,
    lesson: LESSON_NAMES[c.id],
  }));
  const headline = wrongName === undefined ? say(result.summary) : '';
  const marks = markLines(result, text, say);
  const reasons = result.criteria.map((c) => {
    const shown = picked.includes(c);
    return {
      id: c.id,
      status: c.status,
      outcome: outcomeOf(c.id, result.limit),
      detail: shown ? '' : say(c.message),
      suggestion: shown || c.status === 'pass' ? '' : say(c.suggestion),
      href: c.href,
      lesson: LESSON_NAMES[c.id],
    };
  });
  const thoughtful = result.verdict === 'thoughtful';
  return {
    verdict: unjudged ? 'unjudged' : result.verdict,
    label: unjudged ? 'Can’t judge' : VERDICT_LABELS[result.verdict],
    ...(unjudged ? {} : { score: result.score }),
    ...(wrongName === undefined ? {} : { wrongName }),
    headline,
    changes,
    changesTitle: thoughtful ? 'To make it even better' : 'What would help most',
    reasons,
    marks,
    penalties: result.penalties.map((p) => ({ points: p.points, message: say(p.message) })),
  };
}

/** The marked passages, tidied to whole words and phrases, each passage listed once. */
function markLines(result: Result, text: string, say: (text: string) => string): MarkLine[] {
  const numbers = new Map<string, number>();
  return tidyHighlights(text, result.highlights.slice(0, MAX_HIGHLIGHTS)).map((h) => {
    const key = `${h.kind} ${text.slice(h.start, h.end).toLowerCase()}`;
    const seen = numbers.get(key);
    const number = seen ?? numbers.size + 1;
    numbers.set(key, number);
    const message = seen ? '' : say(withQuote(h.message, text.slice(h.start, h.end))) || 'Explained above.';
    return { start: h.start, end: h.end, kind: h.kind, number, message };
  });
}

/** A list line that says which words it is about: the message, led by the passage when it does not quote it. */
function withQuote(message: string, passage: string): string {
  if (message.includes(`“${passage}”`)) return message;
  const short = passage.length > 120 ? `${passage.slice(0, 117).trimEnd()}…` : passage;
  return `“${short}”: ${message}`;
}
