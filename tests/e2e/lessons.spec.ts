import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

/** How many lessons the site is built from: one MDX file each. */
const LESSON_COUNT = readdirSync(join(import.meta.dirname, '../../src/content/lessons')).filter((file) =>
  file.endsWith('.mdx'),
).length;

test.describe('course map and lessons', () => {
  test('every lesson on the course map renders with its title', async ({ page }) => {
    await page.goto('/lessons/');
    const links = page.getByRole('list', { name: 'All lessons' }).getByRole('link');
    const lessons = await links.evaluateAll((anchors) =>
      anchors.map((a) => ({ title: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })),
    );
    expect(lessons).toHaveLength(LESSON_COUNT);
    for (const { title, href } of lessons) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(`${title} · Add a Note`);
    }
  });

  test('following “next” from the first lesson reaches the last, in order', async ({ page }) => {
    await page.goto('/lessons/');
    const titles = await page
      .getByRole('list', { name: 'All lessons' })
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((a) => a.textContent?.trim() ?? ''));
    expect(titles).toHaveLength(LESSON_COUNT);
    await page.getByRole('link', { name: titles[0] ?? '', exact: true }).click();
    const visited: string[] = [];
    for (;;) {
      visited.push((await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '');
      const nav = page.getByRole('navigation', { name: 'Lessons' });
      // The lesson links close the page: wait until they are parsed before asking whether "next" exists.
      await expect(nav.getByRole('link').first()).toBeVisible();
      const next = nav.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(visited).toEqual(titles);
  });

  test('a lesson has a table of contents whose links land on its sections', async ({ page }) => {
    await page.goto('/lessons/impersonal/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'What to write instead' }).click();
    await expect(page).toHaveURL(/#what-to-write-instead$/);
    await expect(page.getByRole('heading', { name: 'What to write instead' })).toBeInViewport();
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/lessons/rude/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('unknown pages get the 404 page with a way back', async ({ page, consoleErrors }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
    await expect(page.getByRole('link', { name: 'See all lessons' })).toBeVisible();
    // The browser logs the 404 status itself; that one message is what this test expects.
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('404')]);
  });

  test('the about page credits the essay and promises privacy', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.getByText('Let’s Boycott the Default LinkedIn Connection Request')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Privacy' })).toBeVisible();
  });

  test('pages fit a 320 px wide screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/lessons/', '/lessons/tell-me-why/', '/about/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test('header, content and footer share one column on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  for (const path of ['/', '/quiz/', '/lessons/rude/']) {
    await page.goto(path);
    const lefts = await Promise.all(
      [page.getByRole('banner'), page.getByRole('main'), page.getByRole('contentinfo')].map((landmark) =>
        landmark
          .locator('.wrap')
          .first()
          .evaluate((element) => Math.round(element.getBoundingClientRect().left)),
      ),
    );
    expect(new Set(lefts).size, `${path}: ${lefts.join(', ')}`).toBe(1);
  }
});
