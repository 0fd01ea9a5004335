/**
 * What changed between two verdicts on a note, in words (“Now says why: +20, to 70 of 100.”), and
 * what a screen reader hears when typing pauses. Pure: the island decides when to call these.
 */
import { VERDICT_LABELS, VERDICT_RANK } from './exercise.ts';
import type { CriterionId, Result, Status } from './grader/result-schema.ts';
import { FIX_ORDER, OUTCOMES, outcomeOf, topChanges } from './feedback.ts';

/** The parts of a `Result` these messages read. */
export type Judged = Pick<Result, 'verdict' | 'score' | 'summary' | 'flags' | 'criteria' | 'penalties' | 'limit'>;

/** How many changed reasons a change message names before it counts the rest. */
const MAX_NAMED = 2;

const STEP: Record<Status, number> = { fail: 0, partial: 1, pass: 2 };

/** Phrases that read better than “now …” or “no longer …” built from the outcome. */
const GAINED: Partial<Record<CriterionId, string>> = { why: 'now says why' };
const LOST: Partial<Record<CriterionId, (limit: number) => string>> = {
  rude: () => 'now asks for something',
  why: () => 'no longer says why',
  length: (limit) => `now over ${limit} characters`,
};

const isUnjudged = (r: Judged) => r.flags.includes('not-english');
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How one criterion moved, in words; '' when it did not. */
function moved(id: CriterionId, from: Status, to: Status, limit: number): string {
  if (from === to) return '';
  const outcome = lower(outcomeOf(id, limit));
  if (to === 'pass') return GAINED[id] ?? `now ${outcome}`;
  if (to === 'fail') return LOST[id]?.(limit) ?? `no longer ${outcome}`;
  return STEP[from] > STEP[to] ? `now only partly ${outcome}` : `now partly ${outcome}`;
}

/** A change in points, signed: “+20”, “−15”. */
function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : `−${-delta}`;
}

/** What changed from `previous` to `next`, in one or two sentences; '' when nothing did. */
export function describeChange(previous: Judged | undefined, next: Judged): string {
  if (!previous) return '';
  if (isUnjudged(next)) return isUnjudged(previous) ? '' : 'Can’t judge this version: the checker reads English only.';
  if (isUnjudged(previous)) return `Judged again: ${VERDICT_LABELS[next.verdict]}, ${next.score} of 100.`;
  const parts: string[] = [];
  const wasWrong = previous.flags.includes('wrong-name');
  const isWrong = next.flags.includes('wrong-name');
  if (wasWrong !== isWrong) parts.push(isWrong ? 'now greets someone else' : 'now greets the right person');
  for (const id of FIX_ORDER) {
    const before = previous.criteria.find((c) => c.id === id);
    const after = next.criteria.find((c) => c.id === id);
    const words = before && after ? moved(id, before.status, after.status, next.limit) : '';
    if (words) parts.push(words);
  }
  // Two changes are news; a list of six is a wall: name the first two, count the rest.
  if (parts.length > MAX_NAMED) parts.splice(MAX_NAMED, parts.length, `and ${parts.length - MAX_NAMED} more`);
  const delta = next.score - previous.score;
  const verdictMoved = previous.verdict !== next.verdict;
  if (parts.length === 0 && delta === 0 && !verdictMoved) return '';
  const points = delta === 0 ? `still ${next.score} of 100` : `${signed(delta)}, to ${next.score} of 100`;
  const first = parts.length > 0 ? `${upper(parts.join(', '))}: ${points}.` : `${upper(points)}.`;
  if (!verdictMoved) return first;
  const direction = VERDICT_RANK[next.verdict] > VERDICT_RANK[previous.verdict] ? 'Up' : 'Down';
  return `${first} ${direction} from ${VERDICT_LABELS[previous.verdict]} to ${VERDICT_LABELS[next.verdict]}.`;
}

/**
 * What a screen reader hears once typing pauses: the first time, the verdict (the wrong name
 * before anything else) and the change that would help most; after that, only what changed.
 */
export function announcement(previous: Judged | undefined, next: Judged): string {
  if (isUnjudged(next)) {
    return previous && isUnjudged(previous) ? '' : 'Can’t judge: the checker reads English only.';
  }
  if (previous) return describeChange(previous, next);
  const verdict = `${VERDICT_LABELS[next.verdict]}, score ${next.score} of 100.`;
  const [first] = topChanges(next, 1);
  const help = first ? ` Most helpful next: ${lower(OUTCOMES[first.id].fix)}.` : '';
  return next.flags.includes('wrong-name') ? `${next.summary} ${verdict}${help}` : `${verdict} ${next.summary}${help}`;
}
