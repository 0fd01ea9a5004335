/**
 * Highlights as a reader should see them: whole words and phrases, never part of a word, each
 * passage marked once. The grader reports offsets into the note; these helpers make the view
 * correct whatever the grader sends, so a marker is never drawn inside a word ("acti✓vities").
 * Pure: no DOM.
 */
import { gradedPart } from './exercise.ts';
import { countCharacters } from './grader/length.ts';

/** Longest stretch of the learner's text drawn with highlights; the rest is summarised in words. */
export const MAX_HIGHLIGHTED_CHARS = 2000;

/** Most highlights drawn at once; a pathological note cannot flood the page with marks. */
export const MAX_HIGHLIGHTS = 200;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
/** Characters that join two parts of one word: sign-up, don’t, e-mail. */
const JOINERS = new Set(['-', '\u2010', '\u2011', "'", '\u2019']);
/** Characters that end a clause: where a phrase around a single word stops. */
const CLAUSE_END = /[.!?;:,()[\]{}"“”\n\r\u2014\u2013]/u;

/** The code point that ends just before `index`, or '' at the start. */
function before(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

/** The code point that starts at `index`, or '' at the end. */
function after(text: string, index: number): string {
  if (index >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

const isLetter = (ch: string) => ch !== '' && LETTER_OR_DIGIT.test(ch);

/** Whether the boundary at `index` falls inside a word (or inside a surrogate pair). */
export function insideWord(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const high = text.charCodeAt(index - 1);
  if (high >= 0xd800 && high <= 0xdbff) return true;
  const a = before(text, index);
  const b = after(text, index);
  if (isLetter(a) && isLetter(b)) return true;
  if (JOINERS.has(a) && isLetter(b)) return isLetter(before(text, index - a.length));
  if (isLetter(a) && JOINERS.has(b)) return isLetter(after(text, index + b.length));
  return false;
}

/** `start` and `end` widened to whole words, then trimmed of surrounding white space. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(text.length, Math.trunc(start)));
  let e = Math.max(s, Math.min(text.length, Math.trunc(end)));
  while (insideWord(text, s)) s -= 1;
  while (insideWord(text, e)) e += 1;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}

/** The clause around `start..end`: out to the nearest clause punctuation or line break, trimmed. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && !CLAUSE_END.test(text[s - 1] ?? '')) s -= 1;
  while (e < text.length && !CLAUSE_END.test(text[e] ?? '')) e += 1;
  return snapToWords(text, s, e);
}

const words = (passage: string) => passage.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** Whether the word at `start` begins a sentence (nothing but punctuation or space before it since the last stop). */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i -= 1) {
    const ch = text[i] ?? '';
    if (/[.!?\n]/u.test(ch)) return true;
    if (/[\p{L}\p{N}]/u.test(ch)) return false;
  }
  return true;
}

/**
 * Whether a one-word strength can stand as a phrase: a name (a capitalised word inside a
 * sentence, such as "Hi Ana") or a clause of its own ("Thanks!"). Anything else is a common word
 * that says nothing on its own ("show", "staff").
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (/^\p{Lu}/u.test(word) && !startsSentence(text, start)) return true;
  const clause = clauseAround(text, start, end);
  return clause.start === start && clause.end === end;
}

/** A one-word stretch that cannot stand as a phrase. */
function lonely(text: string, range: { start: number; end: number }): boolean {
  return words(text.slice(range.start, range.end)).length <= 1 && !standsAlone(text, range.start, range.end);
}

/** Puts the passage a message quotes right when the highlight around it grew: “show” → “loved the show”. */
function requote(message: string, from: string, to: string): string {
  return from === to ? message : message.split(`“${from}”`).join(`“${to}”`);
}

/**
 * The highlights to draw: snapped to whole words; a strength that is one common word widened to
 * its clause (or dropped when that is still one word); overlaps resolved so a problem is never
 * hidden by a strength; the same stretch marked once. Sorted by start, never overlapping.
 */
export function tidyHighlights<T extends HighlightLike>(text: string, highlights: readonly T[]): T[] {
  const snapped: T[] = [];
  for (const h of highlights) {
    if (!Number.isFinite(h.start) || !Number.isFinite(h.end)) continue;
    let range = snapToWords(text, h.start, h.end);
    if (range.end <= range.start) continue;
    let message = h.message;
    const passage = text.slice(range.start, range.end);
    if (h.kind === 'strength' && lonely(text, range)) {
      const clause = clauseAround(text, range.start, range.end);
      if (words(text.slice(clause.start, clause.end)).length <= 1) continue;
      message = requote(message, passage, text.slice(clause.start, clause.end));
      range = clause;
    }
    snapped.push({ ...h, ...range, message });
  }
  // Problems first, so a strength gives way wherever the two meet; then by position.
  snapped.sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind === 'problem' ? -1 : 1));
  const kept: T[] = [];
  for (const h of snapped) {
    const piece = clearOf(text, h, kept);
    // A strength cut back to one common word by its neighbours says nothing the neighbour does not.
    if (piece && !(piece.kind === 'strength' && lonely(text, piece))) kept.push(piece);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** `h` cut back so it overlaps none of `kept`, keeping its longer side; undefined when nothing is left. */
function clearOf<T extends HighlightLike>(text: string, h: T, kept: readonly T[]): T | undefined {
  let { start, end } = h;
  for (const other of kept) {
    if (other.end <= start || other.start >= end) continue;
    const left = other.start - start;
    const right = end - other.end;
    if (left <= 0 && right <= 0) return undefined;
    if (left >= right) end = other.start;
    else start = other.end;
    ({ start, end } = snapInside(text, start, end));
    if (end <= start) return undefined;
  }
  return start === h.start && end === h.end ? h : { ...h, start, end };
}

/** Like `snapToWords`, but narrowing: a cut that lands inside a word moves out of that word. */
function snapInside(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && insideWord(text, s)) s += 1;
  while (e > s && insideWord(text, e)) e -= 1;
  while (s < e && /[\s\p{P}]/u.test(text[s] ?? '')) s += 1;
  while (e > s && /[\s\p{P}]/u.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}

/** A highlight as the grader reports it (UTF-16 offsets into the graded text). */
export interface HighlightLike {
  start: number;
  end: number;
  kind: 'problem' | 'strength';
  reason: string;
  message: string;
}

/** One run of text with the highlights (by index into the given list) that cover it. */
export interface Segment {
  /** The text of this run, exactly as typed. */
  text: string;
  /** UTF-16 offset where the run starts. */
  start: number;
  /** Indexes of the highlights covering this run, in the order given. */
  marks: number[];
  /** `problem` wins over `strength` when both cover the run, so a warning is never hidden. */
  kind?: 'problem' | 'strength';
}

/**
 * Splits `text` into runs at every highlight edge. Overlapping highlights share a run; offsets out
 * of range, reversed or not numbers are clamped or dropped; only the first `maxChars` are split.
 */
export function segmentText(
  text: string,
  highlights: readonly Pick<HighlightLike, 'start' | 'end' | 'kind'>[],
  maxChars: number = MAX_HIGHLIGHTED_CHARS,
): { segments: Segment[]; hiddenChars: number } {
  const shown = gradedPart(text, maxChars);
  const limit = shown.length;
  const clamp = (n: number) => Math.min(limit, Math.max(0, Math.trunc(n)));
  const valid = highlights
    .slice(0, MAX_HIGHLIGHTS)
    .map((h, index) => ({ index, kind: h.kind, start: clamp(h.start), end: clamp(h.end) }))
    .filter((h) => Number.isFinite(h.start) && Number.isFinite(h.end) && h.end > h.start);
  const edges = new Set<number>([0, limit]);
  for (const h of valid) edges.add(h.start).add(h.end);
  const points = [...edges].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid.filter((h) => h.start <= start && h.end >= end);
    const marks = covering.map((h) => h.index);
    const kind = covering.some((h) => h.kind === 'problem') ? 'problem' : covering.length ? 'strength' : undefined;
    segments.push({ text: shown.slice(start, end), start, marks, ...(kind ? { kind } : {}) });
  }
  return { segments, hiddenChars: countCharacters(text.slice(limit)) };
}
