/** Turns the phrase lists of lexicon.ts into regular expressions and finds their matches. */

/** At most this many matches are kept per kind, so a pasted essay costs no more than it must. */
export const MAX_MATCHES = 25;

/** A range of the normalised text. */
export interface Span {
  /** Start offset in the normalised text. */
  readonly start: number;
  /** End offset (exclusive) in the normalised text. */
  readonly end: number;
}

/** Replaces spaces outside character classes with "one space or line break". */
function spacesMatchLineBreaks(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char === ' ' && !inClass ? '[ \\n]' : char;
  }
  return out;
}

/**
 * Compiles phrase entries into one global regular expression that matches whole words only.
 * Longer entries are tried first so that the longest phrase at a position wins. `after` is appended
 * to every entry (a lookahead, say).
 */
export function compilePhrases(entries: readonly string[], after = ''): RegExp {
  const body = [...entries]
    .sort((a, b) => b.length - a.length)
    .map(spacesMatchLineBreaks)
    .join('|');
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])${after}`, 'g');
}

/** At most `cap` non-empty matches of `pattern` in `text`, in order. */
export function findAll(pattern: RegExp, text: string, cap: number): Span[] {
  // The compiled patterns are shared; `exec` avoids the copy `matchAll` makes of each one, and
  // lastIndex is put back to 0 so that no later call can tell the pattern was used.
  if (!pattern.global) return findAll(new RegExp(pattern.source, `${pattern.flags}g`), text, cap);
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null && spans.length < cap; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    else spans.push({ start: match.index, end: match.index + match[0].length });
  }
  pattern.lastIndex = 0;
  return spans;
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Marks `spans` in a mask over the normalised text. */
export function markSpans(mask: Uint8Array, spans: readonly Span[]): void {
  for (const span of spans) mask.fill(1, span.start, span.end);
}
