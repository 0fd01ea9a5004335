import type { Page } from '@playwright/test';
import { siteBase, weighPages } from '../../scripts/page-sizes.ts';
import { distDir } from './built-pages.ts';
import { axeViolations, marksIn, repeatedQuotes, splitsWord } from './coach-helpers.ts';
import { expect, test } from './fixtures.ts';

const GOOD =
  'Hi Leila, I read your interview about planning rotas for forty part-time staff. I work for a company that makes scheduling software, so I’m keen to learn how bakeries like yours do it.';
const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const TO_MARIA =
  'Hi Maria, great meeting you at Tuesday’s PyLadies night in Porto. I’d love to keep swapping notes on testing.';
/** Over the 200 limit, with the limit falling inside “sometime”. */
const LONG =
  'Hi Chris, great filling bags side by side at the beach clean-up last month. I do marketing for a small charity too and would love to swap ideas about volunteer sign-up activities and newsletters sometime soon.';

/** The checker, once interactive, and its parts by role and label. */
async function openChecker(page: Page, url = '/check/') {
  await page.goto(url);
  const island = page.locator('[data-exercise="check"][data-hydrated]');
  await expect(island).toBeVisible();
  return {
    island,
    note: island.getByRole('textbox', { name: 'Note to check' }),
    name: island.getByRole('textbox', { name: 'Their first name (optional)' }),
    feedback: island.locator('.nc-panel'),
    verdict: island.locator('[data-verdict]'),
  };
}

test.describe('the note checker', () => {
  test('judges nothing until there is a note: guidance, no verdict', async ({ page }) => {
    const { island, verdict, feedback } = await openChecker(page);
    await expect(feedback).toContainText('Write or paste a note above');
    await expect(verdict).toHaveCount(0);
    await expect(island.getByText('0 of 200 characters', { exact: true })).toBeVisible();
    await expect(island.getByRole('listitem')).toHaveCount(0);
  });

  test('grades the stock text `default` and says how long it is', async ({ page }) => {
    const { island, note, verdict } = await openChecker(page);
    await note.fill(STOCK);
    await expect(verdict).toHaveAttribute('data-verdict', 'default');
    await expect(island.getByText('59 of 200 characters', { exact: true })).toBeVisible();
    await island.getByRole('radio', { name: 'Premium: 300 characters' }).check();
    await expect(island.getByText('59 of 300 characters', { exact: true })).toBeVisible();
  });

  test('reads at a glance: verdict, what would help most, then each reason as an outcome with its status', async ({
    page,
  }) => {
    const { island, note, verdict } = await openChecker(page);
    await note.fill('Hi Sam, I saw your post about onboarding new volunteers.');
    await expect(verdict).toHaveAttribute('data-verdict', /needs-work|lazy/);
    const help = island.getByRole('heading', { name: 'What would help most' });
    await expect(help).toBeVisible();
    const first = island.locator('.nc-changes li').first();
    await expect(first).toContainText('Why:');
    await expect(first).toContainText('Try:');
    const reasons = island.getByRole('list').filter({ hasText: 'Gives a reason' });
    await expect(reasons.getByRole('listitem')).toHaveText([
      /^✓ Passed: Says how you know them$|^◐ Partly: Says how you know them$/,
      /: In your own words$/,
      /: Asks for nothing yet$/,
      /: Written for this one person$/,
      /^(✗ Missing|◐ Partly): Gives a reason$/,
      /: Thanks them or offers something$/,
      /^✓ Passed: Fits in 200 characters$/,
    ]);
    // Nothing reads backwards any more: no “Yes It’s rude”, no “Not yet It’s impersonal”.
    await expect(island).not.toContainText('Yes It’s rude');
    await expect(island).not.toContainText('Not yet');
    // The details are there, folded away.
    const details = island.getByText('Details for each reason');
    await expect(details).toBeVisible();
    await expect(island.getByText(/^Gives a reason: (missing|partly)$/)).toBeHidden();
    await details.click();
    await expect(island.getByText(/^Gives a reason: (missing|partly)$/)).toBeVisible();
  });

  test('quotes each passage once, however often the grader names it', async ({ page }) => {
    const { note, verdict, feedback } = await openChecker(page);
    for (const text of [STOCK, `Dear Sir/Madam, ${STOCK} Please refer me for a job. Thx`, GOOD]) {
      await note.fill(text);
      await expect(verdict).toHaveCount(1);
      await expect.poll(() => repeatedQuotes(feedback), text).toEqual([]);
    }
  });

  test('draws highlights over whole words: no marker splits a word, and strengths are phrases', async ({ page }) => {
    const { island, note, verdict } = await openChecker(page);
    await note.fill(LONG);
    await expect(verdict).toHaveCount(1);
    const { text, marks } = await marksIn(island);
    expect(text).toBe(LONG);
    expect(marks.length).toBeGreaterThan(1);
    for (const mark of marks) {
      const words = text.slice(mark.start, mark.end);
      expect(splitsWord(text, mark.start) || splitsWord(text, mark.end), words).toBe(false);
      if (mark.kind === 'strength') expect(words.split(/\s+/).length > 1 || /^\p{Lu}/u.test(words), words).toBe(true);
    }
    expect(marks.map((m) => text.slice(m.start, m.end))).toContain('sometime soon.');
  });

  test('says “can’t judge” for a note it cannot read, with no score and no colour verdict', async ({ page }) => {
    const { island, note, verdict } = await openChecker(page);
    await note.fill('Hola Marta, me gustaría conectar contigo porque estoy aprendiendo sobre diseño de producto.');
    await expect(verdict).toHaveAttribute('data-verdict', 'unjudged');
    await expect(verdict).toHaveText('Can’t judge');
    await expect(island.locator('.nc-panel')).toContainText('English only');
    await expect(island.locator('.nc-panel')).not.toContainText(/score \d+/);
    const colour = await verdict.evaluate((el) => getComputedStyle(el).color);
    const text = await island.locator('.nc-panel').evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe(text);
  });

  test('with a name given, a note to someone else is told so first', async ({ page }) => {
    const { name, note, verdict, feedback } = await openChecker(page);
    await name.fill('Sarah');
    await note.fill(TO_MARIA);
    await expect(verdict).toHaveAttribute('data-verdict', 'needs-work');
    const said = feedback.locator('.nc-feedback > *').first();
    await expect(said).toContainText('Wrong name');
    await expect(said).toContainText('“Maria”');
    await expect(said).toContainText('“Sarah”');
    await name.fill('Maria');
    await expect(feedback).not.toContainText('Wrong name');
  });

  test('after a pause in typing, says what changed, once, in one polite live region', async ({ page }) => {
    const { island, note, verdict } = await openChecker(page);
    const live = island.locator('[aria-live="polite"]').last();
    await note.pressSequentially('Hi Sam, I saw your talk on rotas at the Leeds meetup.', { delay: 10 });
    await expect(live).toContainText(/score \d+ of 100/);
    await expect(verdict).toHaveCount(1);
    await note.press('End');
    await note.pressSequentially(' I run a bakery and would love to learn how you plan shifts.', { delay: 10 });
    await expect(live).toHaveText(/^Now says why.*: \+\d+, to \d+ of 100\./);
    await expect(island.locator('.nc-feedback').getByText(/Now says why.*: \+\d+/)).toContainText(
      'Since your last pause:',
    );
    // Live regions that speak while typing would chatter: only this one and the status line exist.
    await expect(island.locator('[aria-live], [role="status"], [role="alert"]')).toHaveCount(2);
  });

  test('hedges the limit and where the note goes, rather than stating them as settled', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    const { island, note } = await openChecker(page);
    await expect(
      island.getByText(/200 is widely reported for free accounts, though LinkedIn does not publish it/),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText('widely reported');
    await note.fill(GOOD);
    await island.getByRole('button', { name: 'Copy note' }).click();
    await expect(island.getByRole('status')).toHaveText(/Connect usually offers “Add a note”/);
  });

  test('a #note= link opens with that note and its recipient graded', async ({ page }) => {
    const { note, name, verdict } = await openChecker(page, `/check/#note=${encodeURIComponent(GOOD)}&to=Leila`);
    await expect(note).toHaveValue(GOOD);
    await expect(name).toHaveValue('Leila');
    await expect(verdict).not.toHaveAttribute('data-verdict', 'default');
    await expect(verdict).toHaveCount(1);

    await page.evaluate(() => {
      location.hash = `note=${encodeURIComponent("I'd like to connect with you on LinkedIn.")}`;
    });
    await expect(note).toHaveValue("I'd like to connect with you on LinkedIn.");
    await expect(verdict).toHaveAttribute('data-verdict', 'default');
  });

  test('the grader is fetched at once for a #note= link, and only on first use without one', async ({ page }) => {
    const onDemand = weighPages(distDir(), siteBase()).find((weight) => weight.page === '/check/')?.onDemandScripts;
    expect(onDemand?.length, 'the checker has on-demand JavaScript').toBeGreaterThan(0);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const fetched = () => (onDemand ?? []).filter((file) => requested.some((path) => path.endsWith(`/${file}`)));

    const { note, verdict } = await openChecker(page);
    expect(fetched()).toEqual([]);
    await note.fill(GOOD);
    await expect.poll(fetched).toEqual(onDemand);
    await expect(verdict).not.toHaveAttribute('data-verdict', 'default');

    requested.length = 0;
    await page.goto('about:blank');
    await page.goto(`/check/#note=${encodeURIComponent(GOOD)}`);
    await expect.poll(fetched).toEqual(onDemand);
    await expect(page.locator('[data-exercise="check"] [data-verdict]')).not.toHaveAttribute('data-verdict', 'default');
  });

  test('a broken link gives a clear message instead of failing', async ({ page }) => {
    const { island, note } = await openChecker(page, '/check/#note=100%25%ZZ');
    await expect(island.getByRole('status')).toContainText('could not be read');
    await expect(note).toHaveValue('');
  });

  test('keeps the last note checked in this browser, and starts over on request', async ({ page }) => {
    const { island, note, name } = await openChecker(page);
    await name.fill('Sam');
    await note.fill(GOOD);
    await expect(island.locator('[data-verdict]')).toHaveCount(1);
    await page.reload();
    const again = await openChecker(page, '/check/');
    await expect(again.note).toHaveValue(GOOD);
    await expect(again.name).toHaveValue('Sam');
    await expect(again.island).toHaveAttribute('data-draft', 'restored');
    await expect(again.verdict).toHaveCount(1);
    await again.island.getByRole('button', { name: 'Start over' }).click();
    await expect(again.note).toHaveValue('');
    await expect(again.verdict).toHaveCount(0);
    await page.reload();
    await expect((await openChecker(page)).note).toHaveValue('');
  });

  test('“copy link” writes a link that reopens the note', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    const { island, note } = await openChecker(page);
    await note.fill('Hi Sam, 50% of my week & <b>more</b>');
    await island.getByRole('button', { name: 'Copy link to this note with feedback' }).click();
    await expect(island.getByRole('status')).toContainText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('/check/#note=');
    await page.goto('about:blank');
    await page.goto(link);
    await expect(
      page.locator('[data-exercise="check"][data-hydrated]').getByRole('textbox', { name: 'Note to check' }),
    ).toHaveValue('Hi Sam, 50% of my week & <b>more</b>');
  });

  test('a very long paste keeps the page responsive', async ({ page }) => {
    const { island, note } = await openChecker(page);
    const huge = 'I would like to add you to my network. '.repeat(2600);
    await note.fill(huge);
    await expect(island.getByText(/101,400 of 200 characters/)).toBeVisible();
    await expect(island.getByText(/Only the first 5,000 characters are checked and saved/)).toBeVisible();
    const started = Date.now();
    await note.press('End');
    await note.pressSequentially('x');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('has no axe violations with feedback showing, in light and dark', async ({ page }) => {
    const { name, note, verdict } = await openChecker(page);
    await name.fill('Sarah');
    await note.fill(TO_MARIA);
    await expect(verdict).toHaveCount(1);
    await page.getByText('What the marks mean').click();
    await page.getByText('Details for each reason').click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});

test.describe('the checker on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('shows the whole note box in the first screen', async ({ page }) => {
    const { note } = await openChecker(page);
    const box = await note.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(667);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});

test.describe('the checker on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows the whole note box in the first screen', async ({ page }) => {
    const { note } = await openChecker(page);
    const box = await note.boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
  });
});

test.describe('the checker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says first that checking needs JavaScript, shows no control that cannot work, and links to the lessons', async ({
    page,
  }) => {
    await page.goto('/check/');
    const main = page.getByRole('main');
    const line = main.getByText('Checking a note needs JavaScript', { exact: false });
    await expect(line).toBeVisible();
    // First: right under the page's heading, before anything else in the page.
    const next = await main.getByRole('heading', { level: 1 }).evaluate((h1) => h1.nextElementSibling?.textContent);
    expect(next).toContain('Checking a note needs JavaScript');
    for (const role of ['textbox', 'radio', 'button'] as const) await expect(main.getByRole(role)).toHaveCount(0);
    await expect(main.locator('[data-verdict]')).toHaveCount(0);
    await expect(main.getByRole('listitem').filter({ hasText: 'Does it say why you want to connect?' })).toBeVisible();
    await main.getByRole('link', { name: 'read the lessons' }).click();
    await expect(page).toHaveURL(/\/lessons\/$/);
  });
});
