import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { AT, PLANS, READING_ONLY, REASON_PLANS, storedProgress } from './course-content.ts';
import { expect, test } from './fixtures.ts';

/** Every exercise id, read from the content the site is built from. */
const exercisesDir = join(import.meta.dirname, '../../src/content/exercises');
const EXERCISES = readdirSync(exercisesDir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parse(readFileSync(join(exercisesDir, file), 'utf8')) as { id: string; lesson: string });
const KEY = 'add-a-note:progress';
/** Stored progress, as the progress module writes it: one helper for every browser test. */
const progress = storedProgress;

/** Puts progress in storage before the first page of the test loads (only once, so reloads keep changes). */
async function seed(page: Page, value: string) {
  await page.goto('/about/');
  await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [KEY, value]);
}

const lessonItem = (page: Page, title: string) =>
  page
    .getByRole('list', { name: 'All lessons' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });

test.describe('home page', () => {
  for (const [width, height] of [
    [1280, 800],
    [375, 667],
  ] as const) {
    test(`the first screen at ${width}×${height} says what this is, offers a note check and the way into the lessons`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Say why you want to connect.' })).toBeInViewport({
        ratio: 1,
      });
      await expect(page.getByText(/^A free, short course on adding a real note/)).toBeInViewport({ ratio: 1 });
      const course = page.getByRole('region', { name: 'Take the course' });
      await expect(course).toBeInViewport({ ratio: 1 });
      await expect(course).toContainText(`${PLANS.length} short lessons`);
      await expect(course.getByRole('link', { name: 'Start the course' })).toHaveAttribute('href', '/lessons/');
      const tryNote = page.getByRole('region', { name: 'Try your note' });
      await expect(tryNote).toBeInViewport({ ratio: 1 });
      await expect(tryNote.getByRole('link', { name: 'Check your note' })).toHaveAttribute('href', '/check/');
      // No half-empty screen: the page's content reaches past the first screen before the footer starts.
      const footerTop = await page.getByRole('contentinfo').evaluate((footer) => footer.getBoundingClientRect().top);
      expect(footerTop).toBeGreaterThanOrEqual(height);
    });
  }

  test('links to every reason’s lesson and to the rest of the site', async ({ page }) => {
    await page.goto('/');
    const reasons = page.getByRole('region', { name: /one lesson per reason/ }).getByRole('link');
    await expect(reasons).toHaveText(REASON_PLANS.map((plan) => plan.title));
    const more = page.getByRole('region', { name: 'More on this site' });
    await expect(more.getByRole('link', { name: 'Got a default request?' })).toHaveAttribute('href', '/reply/');
    await expect(more.getByRole('link', { name: 'Take the final quiz' })).toHaveAttribute('href', '/quiz/');
  });

  test('the default note on the home page opens in the checker, graded', async ({ page }) => {
    await page.goto('/');
    const defaultNote = (await page.getByRole('figure', { name: 'The default' }).locator('blockquote').textContent())!;
    await page.getByRole('link', { name: 'See the checker read the default' }).click();
    await expect(page).toHaveURL(`/check/#note=${encodeURIComponent(defaultNote)}`);
    await expect(page.locator('[data-exercise="check"][data-hydrated] [data-verdict]')).toHaveAttribute(
      'data-verdict',
      'default',
    );
  });

  test('the header links to every part of the site and fits 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Lessons', 'Check a note', 'Reply kit', 'Quiz', 'About']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    for (const path of ['/', '/reply/', '/lessons/', '/complete/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('ships no JavaScript', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
  });
});

test.describe('reply kit', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('offers at least five kind replies, each editable and copyable with the course link', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/reply/');
    const templates = page.locator('[data-reply-template]');
    expect(await templates.count()).toBeGreaterThanOrEqual(5);

    const recruiter = page.locator('[data-reply-template="recruiter"]');
    await recruiter.scrollIntoViewIfNeeded();
    await expect(recruiter).toHaveAttribute('data-hydrated', '');
    const text = recruiter.getByRole('textbox', { name: 'Your reply to a recruiter' });
    await text.fill('Hi Jo, thanks for getting in touch. What is the role?');
    await recruiter.getByRole('checkbox', { name: 'Add the link to this course' }).check();
    await expect(text).toHaveValue(
      /What is the role\?\n\nIf it helps, here’s a short free guide to adding a note: http/,
    );
    await recruiter.getByRole('button', { name: 'Copy the reply to a recruiter' }).click();
    await expect(recruiter.getByRole('status')).toHaveText('Copied. Paste it into your message on LinkedIn.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await text.inputValue());
    expect(copied).toMatch(/^Hi Jo, thanks for getting in touch\./);
    expect(copied).toMatch(/https?:\/\/[^ ]+\/$/);

    await recruiter.getByRole('checkbox', { name: 'Add the link to this course' }).uncheck();
    await expect(text).toHaveValue('Hi Jo, thanks for getting in touch. What is the role?');
    expect(baseURL).toBeTruthy();
  });

  test('copies the one-line profile note', async ({ page }) => {
    await page.goto('/reply/');
    const note = page.locator('[data-profile-note]');
    await note.scrollIntoViewIfNeeded();
    await expect(note).toHaveAttribute('data-hydrated', '');
    await note.getByRole('button', { name: 'Copy the profile note' }).click();
    await expect(note.getByRole('status')).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Inviting me to connect\? A line on how we know each other or why you’re writing helps me say yes\. More: http.+\/$/,
    );
  });

  test('falls back to the older copy command when the Clipboard API refuses', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
          readText: () => Promise.resolve(''),
        },
      });
      // Record what the fallback copies; execCommand itself cannot be read back in a test.
      const original = document.execCommand.bind(document);
      (window as unknown as { copied: string[] }).copied = [];
      document.execCommand = (command: string, ...rest: unknown[]) => {
        if (command === 'copy')
          (window as unknown as { copied: string[] }).copied.push(
            String(window.getSelection()?.toString() || (document.activeElement as HTMLTextAreaElement | null)?.value),
          );
        return original(command, ...(rest as []));
      };
    });
    await page.goto('/reply/');
    const stranger = page.locator('[data-reply-template="stranger"]');
    await stranger.scrollIntoViewIfNeeded();
    await expect(stranger).toHaveAttribute('data-hydrated', '');
    await stranger.getByRole('button', { name: /^Copy/ }).click();
    await expect(stranger.getByRole('status')).toHaveText(/Copied|press Ctrl\+C/);
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toEqual([await stranger.getByRole('textbox').inputValue()]);
  });

  test('without JavaScript the replies are still there to read and select', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/reply/');
    const student = page.locator('[data-reply-template="student"]');
    await expect(student.getByRole('textbox')).toHaveValue(/happy to help students/);
    await expect(student.getByRole('button', { name: /^Copy/ })).toBeDisabled();
    await expect(student.getByText('You can still select the text and copy it.')).toBeVisible();
    await context.close();
  });
});

test.describe('sharing', () => {
  test('without the Web Share API, the share button copies the page’s link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto('/reply/');
    const share = page.getByRole('region', { name: 'Share this page' });
    await share.scrollIntoViewIfNeeded();
    await expect(share).toHaveAttribute('data-hydrated', '');
    await share.getByRole('button', { name: 'Share' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied. Paste it anywhere you like.');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test('uses the Web Share API where there is one', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      (window as unknown as { shared: unknown[] }).shared = shared;
      Object.defineProperty(Navigator.prototype, 'share', {
        value: (data: unknown) => (shared.push(data), Promise.resolve()),
        configurable: true,
      });
    });
    await page.goto('/lessons/rude/');
    const share = page.getByRole('region', { name: 'Share this page' });
    await share.scrollIntoViewIfNeeded();
    await expect(share).toHaveAttribute('data-hydrated', '');
    await share.getByRole('button', { name: 'Share' }).click();
    await expect(share.getByRole('status')).toHaveText('Thanks for sharing.');
    const shared = await page.evaluate(
      () => (window as unknown as { shared: { title: string; url: string }[] }).shared,
    );
    expect(shared).toEqual([
      expect.objectContaining({ title: 'It’s rude · Add a Note', url: expect.stringMatching(/\/lessons\/rude\/$/) }),
    ]);
  });

  test('every page in the sitemap has share tags and its own 1200×630 PNG preview', async ({ page, request }) => {
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    expect(paths).toEqual(expect.arrayContaining(['/', '/lessons/', '/reply/', '/complete/', '/lessons/rude/']));
    const images = new Set<string>();
    for (const path of [...paths, '/404/']) {
      await page.goto(path);
      const content = (selector: string) => page.locator(selector).getAttribute('content');
      expect(await content('meta[name="description"]'), path).toBeTruthy();
      expect(await content('meta[property="og:title"]'), path).toBe(await page.title());
      expect(await content('meta[name="twitter:card"]'), path).toBe('summary_large_image');
      const image = (await content('meta[property="og:image"]')) ?? '';
      expect(image, path).toMatch(/^https?:\/\/.+\/og\/.+\.png$/);
      const response = await request.get(new URL(image).pathname);
      expect(response.status(), image).toBe(200);
      const bytes = await response.body();
      expect(bytes.subarray(1, 4).toString('latin1'), image).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], image).toEqual([1200, 630]);
      images.add(image);
    }
    expect(images.size).toBe(paths.length + 1);
  });

  test('the manifest, icons and robots.txt are served', async ({ request }) => {
    const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { icons: { src: string }[] };
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
    expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  });
});

test.describe('course map', () => {
  test('shows each lesson as done or not from saved progress, across a reload', async ({ page }) => {
    const impersonal = EXERCISES.filter((exercise) => exercise.lesson === 'impersonal').map((exercise) => exercise.id);
    await seed(page, progress({ read: ['why-the-default-fails'], exercises: impersonal, selfChecks: ['impersonal'] }));
    await page.goto('/lessons/');
    await expect(page.locator('.course-map-island[data-hydrated]')).toBeVisible();
    await expect(lessonItem(page, 'Why the default request fails')).toHaveAttribute('data-progress', 'done');
    await expect(lessonItem(page, 'It’s impersonal')).toHaveAttribute('data-progress', 'done');
    await expect(lessonItem(page, 'It looks lazy')).toHaveAttribute('data-progress', 'todo');
    await expect(page.locator('[data-progress="done"]')).toHaveCount(2);
    await expect(page.getByRole('progressbar', { name: `2 of ${PLANS.length} lessons done` })).toHaveAttribute(
      'value',
      '2',
    );
    const next = page.getByRole('link', { name: 'Continue where you left off: It looks lazy' });
    await expect(next).toHaveAttribute('href', '/lessons/looks-lazy/');
    await page.reload();
    await expect(lessonItem(page, 'It’s impersonal')).toHaveAttribute('data-progress', 'done');
    await expect(page.locator('[data-progress="done"]')).toHaveCount(2);
  });

  test('renders every lesson as not done before the browser reads progress', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/lessons/');
    await expect(page.locator('[data-progress="todo"]')).toHaveCount(PLANS.length);
    await expect(page.getByText('When is a lesson done?')).toBeVisible();
    await context.close();
  });

  test('a reading-only lesson is marked read on its page and counts on the map', async ({ page }) => {
    await page.goto('/lessons/no-note-left/');
    const read = page.getByRole('region', { name: 'Finished reading?' });
    await read.scrollIntoViewIfNeeded();
    await expect(read).toHaveAttribute('data-hydrated', '');
    await read.getByRole('button', { name: 'Mark as read' }).click();
    await expect(read.getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'true');
    await expect(read.getByRole('status')).toHaveText(/Marked as read/);
    await page.goto('/lessons/');
    await expect(lessonItem(page, 'No note left?')).toHaveAttribute('data-progress', 'done');
    await page.goto('/lessons/no-note-left/');
    const again = page.getByRole('region', { name: 'Finished reading?' });
    await again.scrollIntoViewIfNeeded();
    await expect(again).toHaveAttribute('data-hydrated', '');
    await expect(again.getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('lessons with an exercise have no “mark as read” button', async ({ page }) => {
    await page.goto('/lessons/rude/');
    await expect(page.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  });

  test('exports, resets with confirmation and imports progress again', async ({ page }) => {
    await seed(page, progress({ read: ['why-the-default-fails', 'no-note-left'] }));
    await page.goto('/lessons/');
    await expect(page.locator('[data-progress="done"]')).toHaveCount(2);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download progress' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^add-a-note-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = await file.path();
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ version: 2, lessonsRead: { 'no-note-left': AT } });

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    const confirm = page.getByRole('group', { name: /Delete all your saved progress/ });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Nothing was deleted.')).toBeVisible();
    await expect(page.locator('[data-progress="done"]')).toHaveCount(2);

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
    await expect(page.getByText('Your progress was reset.')).toBeVisible();
    await expect(page.locator('[data-progress="done"]')).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

    await page.getByLabel('Import progress from a file').setInputFiles(saved);
    await expect(page.getByText(/Progress imported from/)).toBeVisible();
    await expect(page.locator('[data-progress="done"]')).toHaveCount(2);
    await page.reload();
    await expect(page.locator('.course-map-island[data-hydrated]')).toBeVisible();
    await expect(page.locator('[data-progress="done"]')).toHaveCount(2);
  });

  test('a wrong file is refused with a clear message and nothing is lost', async ({ page }) => {
    await seed(page, progress({ read: ['why-the-default-fails'] }));
    await page.goto('/lessons/');
    await expect(page.locator('[data-progress="done"]')).toHaveCount(1);
    await page.getByLabel('Import progress from a file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    });
    await expect(page.getByRole('status').filter({ hasText: 'not a progress file' })).toContainText(
      'Your progress is unchanged.',
    );
    await expect(page.locator('[data-progress="done"]')).toHaveCount(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('why-the-default-fails');
  });
});

test.describe('completion', () => {
  test('before completion it lists what is left, with links', async ({ page }) => {
    const [first, ...rest] = EXERCISES;
    await seed(page, progress({ exercises: rest.map((exercise) => exercise.id), quiz: [6, 12] }));
    await page.goto('/complete/');
    await expect(page.getByRole('heading', { name: 'Not quite there yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'The final quiz' })).toHaveAttribute('href', '/quiz/');
    await expect(page.getByText('your best so far is 50%')).toBeVisible();
    const exerciseLeft = page.getByRole('listitem').filter({ hasText: 'finish the rewrite exercise' });
    await expect(exerciseLeft).toHaveCount(1);
    await expect(exerciseLeft.getByRole('link')).toHaveAttribute('href', `/lessons/${first!.lesson}/`);
    await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toHaveCount(0);
  });

  test('once every lesson is done and the quiz passed it gives a certificate with the name, date and score', async ({
    page,
  }) => {
    await seed(
      page,
      progress({
        exercises: EXERCISES.map((exercise) => exercise.id),
        selfChecks: PLANS.filter((plan) => plan.selfCheck).map((plan) => plan.id),
        read: READING_ONLY.map((plan) => plan.id),
        quiz: [11, 12],
      }),
    );
    await page.goto('/complete/');
    const certificate = page.getByRole('region', { name: 'Certificate of completion' });
    await expect(certificate).toContainText('26 November 2026');
    await expect(certificate).toContainText('92%');
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await expect(certificate).toContainText('Ada Lovelace');
    await page.reload();
    await expect(page.getByLabel('Your name')).toHaveValue('Ada Lovelace');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByLabel('Your name')).toBeHidden();
    await expect(certificate).toBeVisible();
  });
});
