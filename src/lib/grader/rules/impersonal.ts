/** Reason 1, "It’s impersonal": does the note say who they are to you? */
import type { Analysis } from '../analyze.ts';
import { excerpts, quote } from '../evidence.ts';
import {
  bestCue,
  emptyOrDefault,
  englishOnly,
  fromProblems,
  judge,
  scenarioCues,
  type Judgement,
} from './judgement.ts';

/** What to write, using the scenario’s facts when an exercise gives them. */
function suggestion(analysis: Analysis): string {
  const use = analysis.scenarioUse;
  if (use === null) {
    return 'Say where you met or what of theirs you read, e.g. “We met at the Berlin JS meetup” or “I enjoyed your post on onboarding”.';
  }
  const name = use.name.length === 0 ? `Use their name (${quote(use.scenario.name[0] ?? '')}) and say` : 'Say';
  const context = use.context.length === 0 ? `, for example ${quote(use.scenario.context[0] ?? '')}` : '';
  return `${name} how you know them${context}.`;
}

/** Judges whether the note is personal: their name, and how you know them or what prompted it. */
export function judgeImpersonal(analysis: Analysis): Judgement {
  const hint = suggestion(analysis);
  const frame = emptyOrDefault(
    analysis,
    'There is no note yet, so nothing in it is about them.',
    (words) => `${words} is the note LinkedIn offers everyone, so nothing in it is about them.`,
    hint,
  );
  if (frame !== null) return frame;
  if (analysis.notEnglish)
    return englishOnly(
      'whether this note is about them',
      'Check it yourself: does it say how you know them, or what of theirs you saw?',
    );

  const names = excerpts(analysis, analysis.names);
  const cue = bestCue([...analysis.context, ...scenarioCues(analysis.scenarioUse?.context)]);
  const said = cue === undefined ? '' : quote(excerpts(analysis, [cue])[0] ?? '');
  const evidence = cue === undefined ? names : [...excerpts(analysis, [cue]), ...names];
  if (analysis.contextLevel === 2) {
    const spoilt = fromProblems(analysis, ['impersonal-greeting', 'flattery'], 'partial');
    if (spoilt !== null) return { ...spoilt, message: `You say how you know them (${said}), but ${spoilt.message}` };
    const keep = names.length > 0 || analysis.scenarioUse === null;
    return judge(
      'pass',
      `You say how you know them: ${said}.`,
      evidence,
      keep ? 'Keep it: one specific detail is what makes a note personal.' : hint,
    );
  }
  if (analysis.contextLevel === 1) {
    return judge(
      'partial',
      `${said} is a start, but name the event, post or person so they can place you.`,
      evidence,
      hint,
    );
  }
  const problem = fromProblems(analysis, ['impersonal-greeting', 'flattery', 'generic-context'], 'fail');
  if (problem !== null) return problem;
  if (names.length > 0) {
    return judge(
      'partial',
      `You use their name, ${quote(names[0] ?? '')}, but nothing says how you know them or what of theirs you saw.`,
      names,
      hint,
    );
  }
  return judge('fail', 'Nothing in the note says how you know them or what of theirs made you write.', [], hint);
}
