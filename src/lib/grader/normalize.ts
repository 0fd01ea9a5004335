/**
 * Folds a note into one plain form for matching, keeping a map back to the original text.
 *
 * The folded text is lower case and NFKC-normalised character by character wherever NFKC can change
 * anything (full-width and "mathematical" letters become plain ones), curly apostrophes, quotes and dashes become their ASCII forms, invisible characters
 * (zero-width spaces and joiners, soft hyphens, byte-order marks, variation selectors) disappear,
 * combining accents are dropped, and every run of spaces collapses to one space, or to one line
 * break when the run held a line break.
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

/** Single characters folded to ASCII: apostrophes, quotation marks, dashes, the ellipsis. */
const FOLDS: ReadonlyMap<number, string> = new Map([
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x0060, 0x00b4, 0xff07].map((cp): [number, string] => [cp, "'"]),
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb, 0xff02].map((cp): [number, string] => [cp, '"']),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0xfe58, 0xfe63, 0xff0d].map(
    (cp): [number, string] => [cp, '-'],
  ),
  [0x2026, '...'],
]);

/** True for characters a reader cannot see and that must not split words. */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x180e ||
    (cp >= 0x0300 && cp <= 0x036f)
  );
}

/** True for spaces of any width; `isLineBreak` picks out the ones that end a line. */
function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0xa0 ||
    cp === 0x85 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** True for characters that end a line. */
function isLineBreak(cp: number): boolean {
  return (cp >= 0x0a && cp <= 0x0d) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/**
 * True where NFKC may change a character. Calling `normalize` only there keeps folding a long
 * paste fast: precomposed letters of every script are already NFKC and are left alone.
 */
function mayHaveCompatibilityForm(cp: number): boolean {
  return (
    (cp >= 0x00a8 && cp <= 0x00be) ||
    (cp >= 0x0132 && cp <= 0x01f3) ||
    (cp >= 0x02b0 && cp <= 0x02ff) ||
    (cp >= 0x1d00 && cp <= 0x1dbf) ||
    (cp >= 0x2000 && cp <= 0x2bff) ||
    (cp >= 0x3000 && cp <= 0x33ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfb00 && cp <= 0xfb4f) ||
    (cp >= 0xfe10 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x1d400 && cp <= 0x1d7ff) ||
    (cp >= 0x1f100 && cp <= 0x1f1ff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

/** Drops combining accents that NFKC or lower-casing left behind (e.g. "i̇" from "İ"). */
function stripMarks(folded: string): string {
  return folded.length > 1 ? folded.replace(/[\u0300-\u036f]/g, '') : folded;
}

/** The folded form of one visible, non-space character outside ASCII. */
function foldCharacter(cp: number, char: string): string {
  const folded = FOLDS.get(cp);
  if (folded !== undefined) return folded;
  if (mayHaveCompatibilityForm(cp)) {
    const compatible = char.normalize('NFKC');
    if (compatible.length === 1) {
      const mapped = FOLDS.get(compatible.charCodeAt(0));
      if (mapped !== undefined) return mapped;
    }
    return stripMarks(compatible.toLowerCase());
  }
  return stripMarks(char.toLowerCase());
}

/** Decodes folded code units; lone surrogates become U+FFFD, one unit each, so offsets still line up. */
const UTF16 = new TextDecoder('utf-16le');

/** Folds `original` for matching; see the module comment for what folding does. */
export function normalizeNote(original: string): NormalizedText {
  // Typed buffers rather than one string per character: a 100,000-character paste stays cheap.
  let units = new Uint16Array(original.length + 16);
  let starts = new Uint32Array(original.length + 16);
  let ends = new Uint32Array(original.length + 16);
  let size = 0;
  let lastPieceAt = -1;

  const reserve = (extra: number): void => {
    if (size + extra <= units.length) return;
    const capacity = (size + extra) * 2;
    const grown = [new Uint16Array(capacity), new Uint32Array(capacity), new Uint32Array(capacity)] as const;
    grown[0].set(units);
    grown[1].set(starts);
    grown[2].set(ends);
    [units, starts, ends] = grown;
  };
  const emitUnit = (unit: number, from: number, to: number): void => {
    reserve(1);
    lastPieceAt = size;
    units[size] = unit;
    starts[size] = from;
    ends[size] = to;
    size++;
  };
  const emit = (piece: string, from: number, to: number): void => {
    reserve(piece.length);
    lastPieceAt = size;
    for (let k = 0; k < piece.length; k++) {
      units[size] = piece.charCodeAt(k);
      starts[size] = from;
      ends[size] = to;
      size++;
    }
  };

  let spaceFrom = -1;
  let spaceTo = -1;
  let spaceHasBreak = false;

  let i = 0;
  while (i < original.length) {
    const unit = original.charCodeAt(i);
    const cp = unit >= 0xd800 && unit <= 0xdbff ? (original.codePointAt(i) ?? unit) : unit;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (isSpace(cp)) {
      if (spaceFrom < 0) spaceFrom = i;
      spaceTo = next;
      if (isLineBreak(cp)) spaceHasBreak = true;
      i = next;
      continue;
    }
    if (cp >= 0x80 && isInvisible(cp)) {
      // An accent or joiner right after a visible character belongs to it, so highlights keep it.
      if (spaceFrom < 0 && lastPieceAt >= 0 && ends[size - 1] === i) ends.fill(next, lastPieceAt, size);
      i = next;
      continue;
    }
    if (spaceFrom >= 0) {
      emitUnit(spaceHasBreak ? 0x0a : 0x20, spaceFrom, spaceTo);
      spaceFrom = -1;
      spaceHasBreak = false;
    }
    if (cp < 0x80) {
      // The common case, written out rather than through `emitUnit`: it runs once per character.
      if (size === units.length) reserve(1);
      lastPieceAt = size;
      units[size] = cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
      starts[size] = i;
      ends[size] = next;
      size++;
    } else {
      const folded = foldCharacter(cp, original.slice(i, next));
      if (folded.length > 0) emit(folded, i, next);
    }
    i = next;
  }
  if (spaceFrom >= 0) emitUnit(spaceHasBreak ? 0x0a : 0x20, spaceFrom, spaceTo);

  return {
    text: UTF16.decode(units.subarray(0, size)),
    starts: starts.subarray(0, size),
    ends: ends.subarray(0, size),
  };
}

/** Maps the folded range `[start, end)` (non-empty) back to a range of the original text. */
export function toOriginalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: normalized.starts[start] ?? 0, end: normalized.ends[end - 1] ?? 0 };
}
