/** Small matching helpers the grader's stages share: spans, phrase patterns and masks. */

/** A range `[start, end)` of the folded text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** At most this many matches are kept per pattern, so a pasted essay costs no more than it must. */
export const MAX_MATCHES = 25;

/**
 * One global regular expression for phrase entries, matching whole words only; longer entries are
 * tried first. Patterns run on the folded text with line breaks turned into spaces (same offsets),
 * so a space in an entry matches either.
 */
export function phrases(entries: readonly string[], after = ''): RegExp {
  const body = [...entries].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])${after}`, 'g');
}

/** At most `MAX_MATCHES` non-empty matches of `pattern` (global) in `text`, in order. */
export function findAll(pattern: RegExp, text: string): Span[] {
  // `exec` on the shared pattern, not `matchAll`, which copies the pattern on every call.
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match && spans.length < MAX_MATCHES; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    else spans.push({ start: match.index, end: pattern.lastIndex });
  }
  pattern.lastIndex = 0;
  return spans;
}

/** A mask over `length` characters with every span of `lists` marked. */
export function mask(length: number, ...lists: (readonly Span[])[]): Uint8Array {
  const marks = new Uint8Array(length);
  for (const spans of lists) for (const span of spans) marks.fill(1, span.start, span.end);
  return marks;
}

/** True when the two spans share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when any character of `span` is marked in `marks`. */
export function touches(marks: Uint8Array, span: Span): boolean {
  return marks.subarray(span.start, span.end).includes(1);
}
