/** Reason 4, "Quantity over quality": is this person chosen, or one of many? */
import type { Analysis } from '../analyze.ts';
import { emptyOrDefault, englishOnly, fromProblems, judge, type Judgement } from './judgement.ts';

/** Judges whether the note reads as written for one chosen person rather than sent to a crowd. */
export function judgeQuantity(analysis: Analysis): Judgement {
  const hint = 'Write to this one person: what you share with them, and what you hope to learn or offer.';
  const frame = emptyOrDefault(
    analysis,
    'A blank invitation is what people send in bulk, so it reads as one of many.',
    (words) => `${words} is what people send by the hundred, so it reads as one of many.`,
    hint,
  );
  if (frame !== null) return frame;
  const collecting = fromProblems(analysis, ['network'], 'fail');
  if (collecting !== null) return collecting;
  if (analysis.notEnglish)
    return englishOnly('whether it is written for this one person', 'Check that it could only have been sent to them.');
  if (analysis.contextLevel >= 1 || analysis.whyLevel === 2) {
    return judge(
      'pass',
      'The note is written for this one person, not for a crowd.',
      [],
      'Keep it that way: one person, one reason.',
    );
  }
  const generic = fromProblems(analysis, ['generic-context'], 'partial');
  return generic ?? judge('partial', 'Nothing ties the note to them, so it reads as one of many sent.', [], hint);
}
