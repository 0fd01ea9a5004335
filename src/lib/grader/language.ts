/** Tells notes in English from notes in other languages, so the grader never pretends to judge them. */
import type { Token } from './tokens.ts';
import { ENGLISH_FUNCTION_WORDS, FOREIGN_FUNCTION_WORDS } from './word-lists.ts';

/** How many words are enough to tell the language. */
const SAMPLE = 2000;

/**
 * True when a note is clearly not English: most of its letters are outside the Latin script, or it
 * uses more function words of German, French, Spanish, Italian, Portuguese or Dutch than of English.
 * A few foreign names or places in an English note ("Café Müller in München") do not count.
 */
export function isClearlyNotEnglish(tokens: readonly Token[]): boolean {
  let letters = 0;
  let nonLatin = 0;
  let english = 0;
  let foreign = 0;
  // The first few thousand words tell the language as well as a whole pasted essay would.
  for (const token of tokens.length > SAMPLE ? tokens.slice(0, SAMPLE) : tokens) {
    letters += token.letters;
    nonLatin += token.nonLatinLetters;
    if (ENGLISH_FUNCTION_WORDS.has(token.word)) english++;
    else if (FOREIGN_FUNCTION_WORDS.has(token.word)) foreign++;
  }
  if (letters >= 4 && nonLatin * 2 >= letters) return true;
  // Short notes need clear evidence: three foreign words at least, and twice as many as English ones.
  return foreign >= 3 && foreign > english * 2;
}
