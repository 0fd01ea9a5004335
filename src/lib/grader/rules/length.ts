/** The length limit: a note over it cannot be sent at all. */
import type { Analysis } from '../analyze.ts';
import { overflowExcerpt } from '../evidence.ts';
import { judge, type Judgement } from './judgement.ts';

/** Judges whether the note fits the character limit. */
export function judgeLength(analysis: Analysis): Judgement {
  const { length, limit } = analysis;
  if (analysis.overflowStart === null) {
    const left = limit - length;
    return judge(
      'pass',
      `Your note is ${length} of ${limit} characters, so it fits.`,
      [],
      left > 60 && !analysis.empty
        ? 'There is room to spare; one more specific detail would fit.'
        : 'Keep it within the limit as you edit.',
    );
  }
  const over = length - limit;
  return judge(
    'fail',
    `Your note is ${length} characters, ${over} over the ${limit} limit, so LinkedIn won’t let you send it.`,
    overflowExcerpt(analysis),
    `Cut ${over} characters: drop a pleasantry or a second example, not the part about them.`,
  );
}
