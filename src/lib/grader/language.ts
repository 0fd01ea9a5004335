/** Whether a note is clearly not English: the grader reads English only and says so. */
import type { Token } from './tokens.ts';
import { ENGLISH_FUNCTION_WORDS, FOREIGN_FUNCTION_WORDS } from './word-lists.ts';

/**
 * True when most of the letters are outside the Latin script, or the note uses three or more
 * function words of other languages and more than twice as many as English ones. The first 2,000
 * words tell as well as a whole pasted essay would.
 */
export function isClearlyNotEnglish(tokens: readonly Token[]): boolean {
  let letters = 0;
  let nonLatin = 0;
  let english = 0;
  let foreign = 0;
  for (const token of tokens.slice(0, 2000)) {
    letters += token.letters;
    nonLatin += token.nonLatinLetters;
    if (ENGLISH_FUNCTION_WORDS.has(token.word)) english++;
    else if (FOREIGN_FUNCTION_WORDS.has(token.word)) foreign++;
  }
  return (letters >= 4 && nonLatin * 2 >= letters) || (foreign >= 3 && foreign > english * 2);
}
