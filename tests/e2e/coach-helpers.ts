import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/**
 * Helpers for the browser tests of the note coach (the exercises and the checker): reading what
 * its feedback says and where its marks fall, as a reader would see them.
 */

/** Every passage the feedback quotes in curly quotes, folded to lower case, in order (folded details included). */
export async function quotesIn(feedback: Locator): Promise<string[]> {
  const text = (await feedback.textContent()) ?? '';
  return [...text.matchAll(/“([^”]+)”/gu)].map((match) => (match[1] ?? '').toLowerCase());
}

/** The passages quoted more than once in the feedback. */
export async function repeatedQuotes(feedback: Locator): Promise<string[]> {
  const all = await quotesIn(feedback);
  return [...new Set(all.filter((quote, i) => all.indexOf(quote) !== i))];
}

/** The marked note as shown: its text (markers left out) and each mark's place and kind in it. */
export async function marksIn(
  island: Locator,
): Promise<{ text: string; marks: { start: number; end: number; kind: string }[] }> {
  return island.locator('.nc-marked-text').evaluate((box) => {
    let text = '';
    const marks: { start: number; end: number; kind: string }[] = [];
    for (const node of Array.from(box.childNodes)) {
      if (node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true') continue;
      const content = node.textContent ?? '';
      if (node instanceof HTMLElement && node.dataset['highlight']) {
        marks.push({ start: text.length, end: text.length + content.length, kind: node.dataset['highlight'] });
      }
      text += content;
    }
    return { text, marks };
  });
}

/** Whether the boundary at `index` of `text` falls between two letters of one word (or inside sign-up, don’t). */
export function splitsWord(text: string, index: number): boolean {
  const letter = /[\p{L}\p{N}]/u;
  const before = text[index - 1] ?? '';
  const after = text[index] ?? '';
  if (letter.test(before) && letter.test(after)) return true;
  if (/[-’']/u.test(before) && letter.test(after) && letter.test(text[index - 2] ?? '')) return true;
  return letter.test(before) && /[-’']/u.test(after) && letter.test(text[index + 1] ?? '');
}

/** One line per axe violation on the page: rule, impact and the first offending elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} at ${v.nodes
        .slice(0, 4)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
  const element = target.first();
  for (let presses = 0; presses < limit; presses += 1) {
    if ((await element.count()) > 0 && (await element.evaluate((node) => node === document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)} in ${limit} presses`);
}
