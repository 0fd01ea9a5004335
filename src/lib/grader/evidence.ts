/** Quotes pieces of the note back to the writer. */
import type { Analysis } from './analyze.ts';
import { toOriginalRange } from './normalize.ts';
import type { Span } from './phrases.ts';

/** Quotes longer than this many characters are cut with an ellipsis. */
const MAX_QUOTE = 80;

/** The original text behind a normalised span, trimmed and cut to a readable length. */
export function excerpt(analysis: Analysis, span: Span): string {
  const range = toOriginalRange(analysis.normalized, span.start, span.end);
  const words = flatten(analysis.original.slice(range.start, Math.min(range.end, range.start + MAX_QUOTE * 4)));
  return clip(words);
}

/** Text on one line: runs of spaces and line breaks become one space. */
function flatten(text: string): string {
  return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Cuts `words` to MAX_QUOTE characters, at a word boundary where there is one, with an ellipsis. */
function clip(words: string): string {
  if (words.length <= MAX_QUOTE) return words;
  const chars = Array.from(words);
  if (chars.length <= MAX_QUOTE) return words;
  const cut = chars.slice(0, MAX_QUOTE - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_QUOTE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The excerpts of several spans, without repeats. */
export function excerpts(analysis: Analysis, spans: readonly Span[], max = 5): string[] {
  return [...new Set(spans.map((span) => excerpt(analysis, span)))].slice(0, max);
}

/** Wraps words in curly quotes for a message. */
export function quote(words: string): string {
  return `“${words}”`;
}

/** The text past the limit, quoted for evidence, or nothing when the note fits. */
export function overflowExcerpt(analysis: Analysis): string[] {
  if (analysis.overflowStart === null) return [];
  const words = flatten(analysis.original.slice(analysis.overflowStart, analysis.overflowStart + MAX_QUOTE * 4));
  return words.length === 0 ? [] : [clip(words)];
}
