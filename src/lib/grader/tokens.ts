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

const LETTER = /\p{L}/u;
const DIGIT_OR_MARK = /[\p{N}\p{M}]/u;

/** 1 for a letter, 2 for a digit or combining mark, 0 for anything else; common scripts answered fast. */
function wordCharKind(cp: number): 0 | 1 | 2 {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? 1 : cp >= 0x30 && cp <= 0x39 ? 2 : 0;
  if (cp >= 0xc0 && cp <= 0x24f) return cp === 0xd7 || cp === 0xf7 ? 0 : 1;
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3)) return 1;
  if (cp >= 0x1f000 && cp <= 0x1faff) return 0;
  const char = String.fromCodePoint(cp);
  return LETTER.test(char) ? 1 : DIGIT_OR_MARK.test(char) ? 2 : 0;
}

/** The width (1 or 2 UTF-16 units) of the word character at `i`, or 0 when it is not one. */
function wordCharAt(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0;
  return wordCharKind(cp) === 0 ? 0 : cp > 0xffff ? 2 : 1;
}

/** The end of the word starting at `start`: letters, digits and marks, joined by inner apostrophes. */
function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const width = wordCharAt(text, i);
    if (width > 0) i += width;
    else if (text.charCodeAt(i) === 0x27 && i > start && wordCharAt(text, i + 1) > 0) i++;
    else break;
  }
  return i;
}

/** True when the character at `cp` is an upper-case letter. */
function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  const char = String.fromCodePoint(cp);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** What the characters between two words say: a sentence ends, a clause ends, a full stop. */
function readGap(
  text: string,
  from: number,
  to: number,
): { sentence: boolean; clause: boolean; stop: boolean; lineBreak: boolean } {
  let sentence = false;
  let clause = false;
  let lineBreak = false;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x2e || unit === 0x21 || unit === 0x3f) sentence = true;
    else if (unit === 0x0a) lineBreak = sentence = clause = true;
    else if (unit === 0x2c || unit === 0x3b || unit === 0x3a || unit === 0x28 || unit === 0x29) clause = true;
    // A dash with a space before it (" - ") separates clauses; "on-call" does not.
    else if (unit === 0x2d && i > from && text.charCodeAt(i - 1) === 0x20) clause = true;
  }
  return { sentence, clause, stop: text.charCodeAt(from) === 0x2e, lineBreak };
}

/** Counts the letters of a word, and those outside the Latin script. */
function countLetters(word: string): { letters: number; nonLatin: number } {
  let letters = 0;
  let nonLatin = 0;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit < 0x80) {
      if (unit >= 0x61 && unit <= 0x7a) letters++;
      continue;
    }
    const cp = word.codePointAt(i) ?? unit;
    if (cp > 0xffff) i++;
    if (wordCharKind(cp) === 1) {
      letters++;
      if (cp > 0x24f && !(cp >= 0x1e00 && cp <= 0x1eff)) nonLatin++;
    }
  }
  return { letters, nonLatin };
}

/** Splits `normalized` (the folded form of `original`) into tokens. */
export function tokenize(normalized: NormalizedText, original: string): Token[] {
  const tokens: Token[] = [];
  const text = normalized.text;
  let sentence = 0;
  let previousEnd = 0;
  let previousWord = '';
  let start = 0;
  while (start < text.length) {
    const width = wordCharAt(text, start);
    if (width === 0) {
      start++;
      continue;
    }
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    const gap = readGap(text, previousEnd, start);
    // A full stop after a title or an initial ("Dr. Osei", "M. Chen") does not end a sentence.
    const abbreviation = gap.stop && !gap.lineBreak && (TITLES.has(previousWord) || previousWord.length === 1);
    const first = tokens.length === 0;
    const sentenceStart = first || (gap.sentence && !abbreviation);
    if (sentenceStart && !first) sentence++;

    const originalStart = normalized.starts[start] ?? 0;
    const capitalized = isUpper(original.codePointAt(originalStart) ?? 0);
    const { letters, nonLatin } = countLetters(word);
    let allCaps = false;
    if (capitalized && letters >= 2) {
      const surface = original.slice(originalStart, normalized.ends[end - 1] ?? originalStart);
      allCaps = surface === surface.toUpperCase();
    }
    tokens.push({
      start,
      end,
      word,
      capitalized,
      allCaps,
      sentenceStart,
      sentence,
      clauseStart: sentenceStart || gap.clause,
      letters,
      nonLatinLetters: nonLatin,
      hasDigit: /[0-9]/.test(word),
    });
    previousEnd = end;
    previousWord = word;
    start = end;
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
