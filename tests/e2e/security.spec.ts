import type { Locator, Page } from '@playwright/test';
import { lessonWithExercise, sitePages } from './built-pages.ts';
import { expect, test } from './fixtures.ts';

/**
 * The Content-Security-Policy is on every page, strict enough to stop injected script, and loose
 * enough for the islands to work; and whatever a learner types (or a link carries) is only ever
 * shown as text, never parsed as HTML.
 */

/** Markup that would run script or add elements if it were ever parsed; `data-xss` marks what it would add. */
const PAYLOAD =
  'Hi Sam <img src=x onerror=alert(1) data-xss> loved your talk <script data-xss>alert(1)</script> <b data-xss>bold</b>';

/** The policy's directives, name to sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** Why a policy is not strict enough, or nothing. */
function policyProblems(policy: string): string[] {
  const problems: string[] = [];
  const parsed = directives(policy);
  if (parsed.get('default-src')?.join(' ') !== "'self'") problems.push(`default-src is not 'self'`);
  for (const [name, sources] of parsed) {
    for (const source of sources) {
      const allowed = ["'self'", "'none'", 'data:'].includes(source) || /^'sha(256|384|512)-[\w+/=]+'$/.test(source);
      const inlineStyle = source === "'unsafe-inline'" && name.startsWith('style-src');
      if (!allowed && !inlineStyle) problems.push(`${name} allows ${source}`);
    }
  }
  const scripts = parsed.get('script-src') ?? [];
  if (!scripts.includes("'self'")) problems.push('script-src is missing');
  if (parsed.has('script-src-elem') || parsed.has('script-src-attr')) problems.push('script-src is overridden');
  return problems;
}

/** Listens for dialogs (alert and friends) for the rest of the test. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** The text a reader sees in `root`: form fields and decorative (aria-hidden) parts left out. */
async function readableText(root: Locator): Promise<string> {
  return root.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('textarea, input, [aria-hidden="true"]').forEach((node) => node.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });
}

/** Asserts the payload stayed text: no dialog, no element it would have made, shown literally. */
async function expectShownAsText(page: Page, root: Locator, dialogs: string[]): Promise<void> {
  await expect(root.locator('[data-verdict]')).toBeVisible();
  // The grader loads on first use, so wait for the feedback on this note before reading it.
  await expect.poll(() => readableText(root)).toContain('<script data-xss>alert(1)</script>');
  expect(await readableText(root)).toContain('<img src=x onerror=alert(1) data-xss>');
  await expect(page.locator('[data-xss]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
}

test('every built page carries a strict Content-Security-Policy', async ({ page }) => {
  const pages = sitePages();
  expect(pages.length).toBeGreaterThan(0);
  const problems: Record<string, string[]> = {};
  for (const { url } of pages) {
    await page.goto(url);
    const meta = page.locator('meta[http-equiv="content-security-policy"]');
    await expect(meta, url).toHaveCount(1);
    const found = policyProblems((await meta.getAttribute('content')) ?? '');
    if (found.length > 0) problems[url] = found;
  }
  expect(problems).toEqual({});
});

test('the policy itself would catch a loose setting', () => {
  expect(policyProblems("default-src 'self'; script-src 'self' 'sha256-abc='")).toEqual([]);
  expect(policyProblems("default-src 'self'; script-src 'self' 'unsafe-inline'")).toEqual([
    "script-src allows 'unsafe-inline'",
  ]);
  expect(policyProblems("default-src 'self'; script-src 'self'; img-src https://cdn.example")).toEqual([
    'img-src allows https://cdn.example',
  ]);
});

test('an inline script injected into a page is blocked by the policy', async ({ page, consoleErrors }) => {
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((done) => {
      document.addEventListener('securitypolicyviolation', (event) => done(event.effectiveDirective), { once: true });
    });
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.body.append(script);
    const directive = await violation;
    return { directive, ran: 'injectedScriptRan' in window };
  });
  expect(outcome).toEqual({ directive: expect.stringMatching(/^script-src/), ran: false });
  // The browser reports the blocked script as a console error; that one is the point of the test.
  expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('Content Security Policy')]);
});

test('every island on every page hydrates under the policy', async ({ page }) => {
  const pages = sitePages().filter(({ html }) => html.includes('<astro-island'));
  test.skip(pages.length === 0, 'no page has an island yet');
  for (const { url } of pages) {
    await page.goto(url);
    const islands = page.locator('astro-island');
    for (let i = 0; i < (await islands.count()); i += 1) await islands.nth(i).scrollIntoViewIfNeeded();
    // Astro removes `ssr` from an island once its component has rendered in the browser.
    await expect(page.locator('astro-island[ssr]'), url).toHaveCount(0);
  }
});

test('markup typed into an exercise is shown as text, never run', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto(lessonWithExercise());
  const exercise = page.locator('[data-exercise]').first();
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise).toHaveAttribute('data-hydrated');
  await exercise.getByRole('textbox').last().fill(PAYLOAD);
  await expectShownAsText(page, exercise, dialogs);
});

test('markup typed into the checker is shown as text, never run', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/check/');
  const checker = page.locator('[data-exercise]').first();
  await expect(checker).toHaveAttribute('data-hydrated');
  await checker.getByRole('textbox').last().fill(PAYLOAD);
  await expectShownAsText(page, checker, dialogs);
});

test('markup in a /check/#note= link is shown as text, never run', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const name = '<img src=x onerror=alert(2) data-xss>';
  await page.goto(`/check/#note=${encodeURIComponent(PAYLOAD)}&to=${encodeURIComponent(name)}`);
  const checker = page.locator('[data-exercise]').first();
  await expect(checker).toHaveAttribute('data-hydrated');
  await expect(checker.getByRole('textbox').last()).toHaveValue(PAYLOAD);
  await expectShownAsText(page, checker, dialogs);
});
