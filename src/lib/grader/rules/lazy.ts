/** Reason 2, "It looks lazy": is it your own words, or a template? */
import type { Analysis } from '../analyze.ts';
import { emptyOrDefault, englishOnly, firstQuoted, fromProblems, judge, type Judgement } from './judgement.ts';

/** Fewer words than this, outside greeting and signature, is too little to show any care. */
const FEW_WORDS = 6;

/** Judges whether the note is written in the writer’s own words rather than stock text or a template. */
export function judgeLazy(analysis: Analysis): Judgement {
  const frame = emptyOrDefault(
    analysis,
    'There is no note yet, so LinkedIn would send a blank invitation.',
    (words) => `${words} is LinkedIn’s stock text, which reads as no note at all.`,
    'Write two sentences of your own: how you know them, and why you’d like to connect.',
  );
  if (frame !== null) return frame;
  const template = fromProblems(analysis, ['placeholder'], 'fail');
  if (template !== null) return template;
  if (analysis.notEnglish)
    return englishOnly(
      'whether this is your own wording',
      'Make sure it is your own words for this person, not a template.',
    );
  const careless = fromProblems(analysis, ['stock', 'textspeak'], 'partial');
  if (careless !== null) return careless;
  const { tokens } = analysis;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (analysis.bodyWords < FEW_WORDS && first !== undefined && last !== undefined) {
    const { words, evidence } = firstQuoted(analysis, [{ start: first.start, end: last.end }]);
    return judge(
      'partial',
      `${words} is too short to show you took any care over it.`,
      evidence,
      'Add a sentence on how you know them and one on why you’re writing.',
    );
  }
  return judge(
    'pass',
    'You wrote this in your own words, not from a template.',
    [],
    'Read it aloud once: if it sounds like you talking to them, it’s right.',
  );
}
