/** Reason 5, "It doesn’t say why": does the note tell them why you want to connect? */
import type { Analysis } from '../analyze.ts';
import { excerpts, quote } from '../evidence.ts';
import {
  bestCue,
  emptyOrDefault,
  englishOnly,
  firstQuoted,
  fromProblems,
  judge,
  scenarioCues,
  type Judgement,
} from './judgement.ts';

/** What to write, using the scenario’s facts when an exercise gives them. */
function suggestion(analysis: Analysis): string {
  const use = analysis.scenarioUse;
  const want = use?.scenario.want[0];
  if (want !== undefined && use?.want.length === 0) return `Say what you’re hoping for, for example ${quote(want)}.`;
  return 'Say what you’re working on or hoping to learn, e.g. “I’m moving into product design and would love to follow your work on research ops.”';
}

/** Judges whether the note gives a specific reason for connecting. */
export function judgeWhy(analysis: Analysis): Judgement {
  const hint = suggestion(analysis);
  const frame = emptyOrDefault(
    analysis,
    'There is no note, so nothing says why you want to connect.',
    (words) => `${words} says that you want to connect, but not why.`,
    hint,
  );
  if (frame !== null) return frame;
  if (analysis.notEnglish)
    return englishOnly('whether it says why you want to connect', 'Check that it gives a reason that only fits them.');
  const cue = bestCue([...analysis.why, ...scenarioCues(analysis.scenarioUse?.want)]);
  const evidence = cue === undefined ? [] : excerpts(analysis, [cue]);
  const said = quote(evidence[0] ?? '');
  if (analysis.whyLevel === 2)
    return judge('pass', `You say why: ${said}.`, evidence, 'Keep it: a reason they can answer is the best start.');
  const collecting = fromProblems(analysis, ['network'], 'fail');
  if (collecting !== null) return { ...collecting, suggestion: hint };
  if (analysis.problems.pitch.length > 0) {
    const pitch = firstQuoted(analysis, analysis.problems.pitch);
    return judge('fail', `The only reason given is a sale: ${pitch.words}.`, pitch.evidence, hint);
  }
  if (cue !== undefined) return judge('partial', `${said} is a reason, but one that would fit anyone.`, evidence, hint);
  return judge('fail', 'The note doesn’t say why you want to connect.', [], hint);
}
