/**
 * Folds a note into one plain form for matching, keeping a map back to the original text.
 *
 * The folded text is lower case and NFKC-normalised (full-width and "mathematical" letters become
 * plain ones), curly apostrophes, quotes and dashes become their ASCII forms, invisible characters
 * (zero-width spaces and joiners, soft hyphens, byte-order marks, variation selectors) and combining
 * accents disappear, and every run of spaces collapses to one space, or to one line break when the
 * run held a line break.
 */

/** A folded note and, for every UTF-16 unit of it, the original range that produced it. */
export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** `starts[i]` is the UTF-16 offset in the original where the character behind `text[i]` starts. */
  readonly starts: readonly number[];
  /** `ends[i]` is the UTF-16 offset in the original just after the character behind `text[i]`. */
  readonly ends: readonly number[];
}

/** Apostrophes, quotation marks and dashes, and the ASCII character each folds to. */
const FOLDS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ["'", '‘’‚‛′ʼ`´＇'],
    ['"', '“”„‟″«»＂'],
    ['-', '‐‑‒–—―−⁃﹘﹣－'],
  ].flatMap(([to = '', from = '']) => [...from].map((char) => [char, to])),
);

/** Characters a reader cannot see, and combining accents: dropped, kept with the letter before. */
const INVISIBLE =
  /^(?:[\u0300-\u036f\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]|\udb40[\udc00-\udc7f])$/;
const SPACE = /^[\s\u0085]$/;
const LINE_BREAK = /^[\n\v\f\r\u0085\u2028\u2029]$/;

/** The folded form of one visible, non-space character outside ASCII. */
function foldCharacter(char: string): string {
  const compatible = FOLDS[char] ?? char.normalize('NFKC');
  return (FOLDS[compatible] ?? compatible.toLowerCase()).replace(/[\u0300-\u036f]/g, '');
}

/** Folds `original` for matching; see the module comment for what folding does. */
export function normalizeNote(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let spaceFrom = -1;
  let spaceBreak = false;
  const emit = (piece: string, from: number, to: number): void => {
    if (spaceFrom >= 0) {
      text += spaceBreak ? '\n' : ' ';
      starts.push(spaceFrom);
      ends.push(from);
      spaceFrom = -1;
    }
    text += piece;
    for (let k = 0; k < piece.length; k++) {
      starts.push(from);
      ends.push(to);
    }
  };
  for (let i = 0; i < original.length;) {
    const code = original.charCodeAt(i);
    // Printable ASCII, the common case, is lower-cased in place.
    if (code > 32 && code < 127) {
      emit(code > 64 && code < 91 ? String.fromCharCode(code + 32) : original.charAt(i), i, ++i);
      continue;
    }
    const char = String.fromCodePoint(original.codePointAt(i) ?? code);
    const next = i + char.length;
    if (SPACE.test(char) && code !== 0xfeff) {
      if (spaceFrom < 0) [spaceFrom, spaceBreak] = [i, false];
      spaceBreak ||= LINE_BREAK.test(char);
    } else if (INVISIBLE.test(char)) {
      // An accent or joiner right after a visible character belongs to it, so highlights keep it.
      if (spaceFrom < 0) for (let k = ends.length - 1; k >= 0 && ends[k] === i; k--) ends[k] = next;
    } else emit(foldCharacter(char), i, next);
    i = next;
  }
  if (spaceFrom >= 0) emit('', original.length, original.length);
  return { text, starts, ends };
}

/** Maps the folded range `[start, end)` (non-empty) back to a range of the original text. */
export function toOriginalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: normalized.starts[start] ?? 0, end: normalized.ends[end - 1] ?? 0 };
}
