/** Splits a normalised note into words, remembering how each looked in the original. */
import type { NormalizedText } from './normalize.ts';
import { TITLES } from './word-lists.ts';

/** One word of the note. */
export interface Token {
  /** Start offset in the normalised text. */
  readonly start: number;
  /** End offset (exclusive) in the normalised text. */
  readonly end: number;
  /** The folded word, e.g. "i'd". */
  readonly word: string;
  /** The original starts with a capital letter. */
  readonly capitalized: boolean;
  /** The original is all capitals and has at least two letters. */
  readonly allCaps: boolean;
  /** The word opens a sentence (first word, or after ".", "!", "?" or a line break). */
  readonly sentenceStart: boolean;
  /** Index of the sentence the word belongs to. */
  readonly sentence: number;
  /** The word is the first of a clause (after a comma, colon, semicolon, dash or bracket as well). */
  readonly clauseStart: boolean;
  /** How many letters the word has. */
  readonly letters: number;
  /** Letters outside the Latin script (Cyrillic, CJK, Arabic, …). */
  readonly nonLatinLetters: number;
  /** The word contains a digit ("2019", "N4", "money20"). */
  readonly hasDigit: boolean;
}

/** Letters, digits and marks, joined by inner apostrophes. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/gu;
const NOT_LETTER = /\P{L}/gu;
const PLAIN = /^[a-z]+$/;
const LATIN = /[\0-\u024f\u1e00-\u1eff]/g;
/** Between two words: a sentence ends at ".", "!", "?" or a line break; a clause at ",;:()" or " - ". */
const SENTENCE_GAP = /[.!?\n]/;
const CLAUSE_GAP = /[,;:()\n]| -/;

/**
 * At most this many words are read closely. A note is at most 300 characters, about 60 words; of a
 * pasted essay, the first 5,000 words tell all there is to tell, and the rest would only cost time.
 */
export const MAX_WORDS = 5000;

/** Splits `normalized` (the folded form of `original`) into tokens, the first `MAX_WORDS` of them. */
export function tokenize(normalized: NormalizedText, original: string): Token[] {
  const tokens: Token[] = [];
  const { text, starts, ends } = normalized;
  let sentence = 0;
  let previous: Token | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    // Most words are apart by one space, which ends nothing.
    const gap =
      start - (previous?.end ?? 0) === 1 && text.charCodeAt(start - 1) === 32
        ? ''
        : text.slice(previous?.end ?? 0, start);
    // A full stop after a title or an initial ("Dr. Osei", "M. Chen") does not end a sentence.
    const abbreviation =
      gap.startsWith('.') && !gap.includes('\n') && (TITLES.has(previous?.word ?? '') || previous?.word.length === 1);
    const sentenceStart = previous === undefined || (SENTENCE_GAP.test(gap) && !abbreviation);
    if (sentenceStart && previous !== undefined) sentence++;
    const first = original.charAt(starts[start] ?? 0);
    const capitalized = first !== first.toLowerCase();
    // Plain lower-case words, most of any note, skip the Unicode-aware counting.
    const plain = PLAIN.test(word);
    const letters = plain ? word : word.replace(NOT_LETTER, '');
    const surface = capitalized ? original.slice(starts[start], ends[end - 1]) : '';
    previous = {
      start,
      end,
      word,
      capitalized,
      allCaps: capitalized && letters.length >= 2 && surface === surface.toUpperCase(),
      sentenceStart,
      sentence,
      clauseStart: sentenceStart || CLAUSE_GAP.test(gap),
      letters: letters.length,
      nonLatinLetters: plain ? 0 : letters.replace(LATIN, '').length,
      hasDigit: !plain && /[0-9]/.test(word),
    };
    if (tokens.push(previous) === MAX_WORDS) break;
  }
  return tokens;
}

/** Index of the first token that ends after `offset` (tokens.length when none). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True when the first or last character of the token is marked in `mask`. */
export function isTokenMarked(mask: Uint8Array, token: Token): boolean {
  return mask[token.start] === 1 || mask[token.end - 1] === 1;
}
