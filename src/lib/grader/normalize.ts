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
  readonly starts: Uint32Array;
  /** `ends[i]` is the UTF-16 offset in the original just after the character behind `text[i]`. */
  readonly ends: Uint32Array;
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
const ASCII_RUN = /[!-~]+/y;
const LINE_BREAK = /^[\n\v\f\r\u0085\u2028\u2029]$/;

/** The folded forms of characters outside ASCII met so far: pastes repeat the same few. */
const FOLDED = new Map<string, string>();

/** The folded form of one visible, non-space character outside ASCII. */
function foldCharacter(char: string): string {
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    const compatible = FOLDS[char] ?? char.normalize('NFKC');
    folded = (FOLDS[compatible] ?? compatible.toLowerCase()).replace(/[\u0300-\u036f]/g, '');
    // Bounded, so that a paste of every character there is cannot grow it without end.
    if (FOLDED.size < 4096) FOLDED.set(char, folded);
  }
  return folded;
}

/** Folds `original` for matching; see the module comment for what folding does. */
export function normalizeNote(original: string): NormalizedText {
  let text = '';
  // Typed arrays, grown only when folding lengthens the text ("…" becomes "..."): a 100,000-character
  // paste stays cheap.
  let starts = new Uint32Array(original.length + 8);
  let ends = new Uint32Array(original.length + 8);
  let size = 0;
  let spaceFrom = -1;
  let spaceBreak = false;
  /** Appends `piece`, made from `original[from, to)`; `oneToOne` when each character maps to its own. */
  const emit = (piece: string, from: number, to: number, oneToOne = false): void => {
    if (spaceFrom >= 0) {
      const space = spaceFrom;
      spaceFrom = -1;
      emit(spaceBreak ? '\n' : ' ', space, from);
    }
    if (size + piece.length > starts.length) {
      const capacity = starts.length * 2 + piece.length;
      const grown = [new Uint32Array(capacity), new Uint32Array(capacity)] as const;
      grown[0].set(starts);
      grown[1].set(ends);
      [starts, ends] = grown;
    }
    text += piece;
    for (let k = 0; k < piece.length; k++, size++) {
      starts[size] = oneToOne ? from + k : from;
      ends[size] = oneToOne ? from + k + 1 : to;
    }
  };
  for (let i = 0; i < original.length;) {
    // A run of printable ASCII, the common case, is lower-cased in one go.
    ASCII_RUN.lastIndex = i;
    const run = ASCII_RUN.exec(original)?.[0];
    if (run !== undefined) {
      emit(run.toLowerCase(), i, (i += run.length), true);
      continue;
    }
    const code = original.charCodeAt(i);
    const char = String.fromCodePoint(original.codePointAt(i) ?? code);
    const next = i + char.length;
    if (SPACE.test(char) && code !== 0xfeff) {
      if (spaceFrom < 0) [spaceFrom, spaceBreak] = [i, false];
      spaceBreak ||= LINE_BREAK.test(char);
    } else if (INVISIBLE.test(char)) {
      // An accent or joiner right after a visible character belongs to it, so highlights keep it.
      if (spaceFrom < 0) for (let k = size - 1; k >= 0 && ends[k] === i; k--) ends[k] = next;
    } else emit(foldCharacter(char), i, next);
    i = next;
  }
  if (spaceFrom >= 0) emit('', original.length, original.length);
  return { text, starts: starts.subarray(0, size), ends: ends.subarray(0, size) };
}

/** Maps the folded range `[start, end)` (non-empty) back to a range of the original text. */
export function toOriginalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: normalized.starts[start] ?? 0, end: normalized.ends[end - 1] ?? 0 };
}
