/**
 * How long a note is, counted the way the grader assumes LinkedIn counts it.
 *
 * LinkedIn does not publish its method. We count Unicode code points: every letter, space and line
 * break is one character, an emoji such as 👍 is one (not the two UTF-16 units JavaScript's
 * `length` gives), and a CRLF pair is one line break, as a browser's text box reports it. Emoji built
 * from several code points (flags, skin tones, families) count as several, which errs on the side of
 * warning too early rather than letting a note through that LinkedIn would cut.
 */

/** The number of characters in `text`: code points, with a CRLF pair counted once. */
export function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    } else if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      i++;
    }
    count++;
  }
  return count;
}

/** The UTF-16 offset just after the first `count` characters of `text`, or `text.length`. */
export function offsetAfterCharacters(text: string, count: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < count) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      i += next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    } else if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      i += 2;
    } else {
      i += 1;
    }
    seen++;
  }
  return i;
}
