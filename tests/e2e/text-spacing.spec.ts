import { sitePages } from './built-pages.ts';
import { expect, test } from './fixtures.ts';

/**
 * Astro 7 compresses HTML with JSX whitespace rules: a line break between a word and an inline
 * element is dropped, so "the\n<a>reply kit</a>" renders as "thereply kit". Sources must write
 * `{' '}` or keep such text on one line; this check finds any word glued to a link or emphasis.
 */
const INLINE = '(?:a|strong|em|b|i|code|cite|abbr|kbd|time)';
const GLUED_BEFORE = new RegExp(`[\\p{L}\\p{N}.,;:!?)](<${INLINE}\\b[^>]*>)`, 'gu');
const GLUED_AFTER = new RegExp(`(</${INLINE}>)[\\p{L}\\p{N}(]`, 'gu');

test('no word is glued to a link or emphasis by whitespace compression', () => {
  const glued: string[] = [];
  for (const { url, html } of sitePages()) {
    const body = html.replace(/<head>[\s\S]*?<\/head>/, '');
    for (const re of [GLUED_BEFORE, GLUED_AFTER]) {
      for (const match of body.matchAll(re)) {
        const at = match.index ?? 0;
        glued.push(`${url}: …${body.slice(Math.max(0, at - 30), at + 40).replace(/\s+/g, ' ')}…`);
      }
    }
  }
  expect(glued).toEqual([]);
});
