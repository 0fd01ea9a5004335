/** Reason 3, "It’s rude": does the note ask for the maximum while giving the minimum? */
import type { Analysis } from '../analyze.ts';
import { emptyOrDefault, englishOnly, fromProblems, judge, type Judgement } from './judgement.ts';

/** Judges whether the note asks too much of a stranger, or says it in a pushy way. */
export function judgeRude(analysis: Analysis): Judgement {
  const frame = emptyOrDefault(
    analysis,
    'Sending no note at all leaves them to work out who you are and what you want.',
    (words) => `${words} is the least LinkedIn lets you do, and it leaves the rest to them.`,
    'Do the small work of saying who you are to them and why you’re writing.',
  );
  if (frame !== null) return frame;
  const problem =
    fromProblems(analysis, ['demand', 'rude', 'shouting'], 'fail') ?? fromProblems(analysis, ['soft-ask'], 'partial');
  if (problem !== null) return problem;
  if (analysis.notEnglish)
    return englishOnly('whether the tone is right', 'Check that it asks for nothing yet and reads kindly.');
  return judge(
    'pass',
    'Nothing here asks too much of them or pushes for a reply.',
    [],
    'Keep the first note free of asks; there is time for that later.',
  );
}
