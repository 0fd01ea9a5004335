import type { Page } from '@playwright/test';
import { sitePages } from './built-pages.ts';
import { expect, test } from './fixtures.ts';

/**
 * One visual system: every button on the site has the same text size and height, the file picker's
 * button matches them, progress bars are drawn by the site rather than the browser, and every
 * control shows the same focus ring.
 */

/** The computed size of every button on the page: `<button>`s by role, and links styled as buttons. */
async function buttonSizes(page: Page): Promise<string[]> {
  const describe = (elements: Element[]) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return `${style.fontSize} / min-height ${style.minHeight}`;
    });
  return [
    ...(await page.getByRole('button').evaluateAll(describe)),
    ...(await page.locator('a.button').evaluateAll(describe)),
  ];
}

test('every button on every page has one text size and one height', async ({ page }) => {
  const pages = sitePages().filter(({ html }) => /<button\b|class="[^"]*\bbutton\b/.test(html));
  test.setTimeout(20_000 + pages.length * 3_000);
  expect(pages.length, 'pages with buttons').toBeGreaterThan(3);
  const sizes = new Map<string, string[]>();
  for (const { url } of pages) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    for (const size of await buttonSizes(page)) sizes.set(size, [...(sizes.get(size) ?? []), url]);
  }
  expect([...sizes.keys()], JSON.stringify(Object.fromEntries(sizes), null, 1)).toEqual(['17px / min-height 44px']);
});

test('the file picker’s button and the progress bar follow the site’s style', async ({ page }) => {
  await page.goto('/lessons/');
  await expect(page.locator('.course-map-island[data-hydrated]')).toBeVisible();
  const picker = page.getByLabel('Import progress from a file');
  const pickerButton = await picker.evaluate((input) => {
    const style = getComputedStyle(input, '::file-selector-button');
    return { fontSize: style.fontSize, minHeight: style.minHeight, borderColor: style.borderTopColor };
  });
  const download = page.getByRole('button', { name: 'Download progress' });
  const buttonStyle = await download.evaluate((button) => {
    const style = getComputedStyle(button);
    return { fontSize: style.fontSize, minHeight: style.minHeight, borderColor: style.borderTopColor };
  });
  expect(pickerButton).toEqual(buttonStyle);

  const bar = page.getByRole('progressbar', { name: /lessons done/ });
  const barStyle = await bar.evaluate((element) => {
    const style = getComputedStyle(element);
    return { appearance: style.appearance, radius: style.borderTopLeftRadius, border: style.borderTopStyle };
  });
  expect(barStyle).toEqual({ appearance: 'none', radius: '999px', border: 'solid' });
});

test('a link, a button and a text field show the same focus ring', async ({ page }) => {
  await page.goto('/reply/');
  const template = page.locator('[data-reply-template]').first();
  await template.scrollIntoViewIfNeeded();
  await expect(template).toHaveAttribute('data-hydrated', '');
  const ring = async () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} offset ${style.outlineOffset}`;
    });
  const rings = new Set<string>();
  for (const control of [
    page.getByRole('link', { name: 'Lessons', exact: true }),
    template.getByRole('button', { name: /^Copy/ }),
    template.getByRole('textbox'),
  ]) {
    await control.focus();
    // Focus from the keyboard, so :focus-visible applies to links and buttons as it would for a learner.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
    rings.add(await ring());
  }
  expect([...rings]).toHaveLength(1);
  expect([...rings][0]).toMatch(/^solid 3px rgb/);
});
