/** Reason 6, "They’re doing you a favour": does the note show you know they owe you nothing? */
import type { Analysis } from '../analyze.ts';
import { emptyOrDefault, englishOnly, firstQuoted, fromProblems, judge, type Judgement } from './judgement.ts';

/** Judges whether the note asks politely and gives something back, rather than selling. */
export function judgeFavor(analysis: Analysis): Judgement {
  const hint = 'A simple “thanks”, or an offer to share what you learn, shows you know they owe you nothing.';
  const frame = emptyOrDefault(
    analysis,
    'Accepting you is a favour, and a blank invitation gives them nothing back.',
    (words) => `${words} asks them to do you a favour without a word of thanks.`,
    hint,
  );
  if (frame !== null) return frame;
  const problem = fromProblems(analysis, ['pitch'], 'fail') ?? fromProblems(analysis, ['link'], 'partial');
  if (problem !== null) return problem;
  if (analysis.notEnglish) return englishOnly('whether it thanks them or offers something back', hint);
  const courtesies = [...analysis.thanks, ...analysis.offers].sort((a, b) => a.start - b.start);
  if (courtesies.length > 0) {
    const { words, evidence } = firstQuoted(analysis, courtesies);
    return judge('pass', `${words} shows you know they owe you nothing.`, evidence, 'Keep it short and warm.');
  }
  return judge('partial', 'There is no thanks and nothing offered back, though a few words would do.', [], hint);
}
