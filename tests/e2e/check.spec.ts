import { siteBase, weighPages } from '../../scripts/page-sizes.ts';
import { distDir } from './built-pages.ts';
import { expect, test } from './fixtures.ts';

const GOOD =
  'Hi Leila, I read your interview about planning rotas for forty part-time staff. I work for a company that makes scheduling software, so I’m keen to learn how bakeries like yours do it.';

test.describe('the note checker', () => {
  test('grades the stock text `default` and says how long it is', async ({ page }) => {
    await page.goto('/check/');
    const island = page.locator('[data-exercise="check"][data-hydrated]');
    await island
      .getByRole('textbox', { name: 'Note to check' })
      .fill("I'd like to add you to my professional network on LinkedIn.");
    // An empty checker is `default` too, so wait for feedback that is about this note.
    await expect(island).toContainText('LinkedIn’s stock note');
    await expect(island.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'default');
    await expect(island.getByText('59 of 200 characters', { exact: true })).toBeVisible();
    await island.getByRole('radio', { name: 'Premium: 300 characters' }).check();
    await expect(island.getByText('59 of 300 characters', { exact: true })).toBeVisible();
  });

  test('a #note= link opens with that note and its recipient graded', async ({ page }) => {
    await page.goto(`/check/#note=${encodeURIComponent(GOOD)}&to=Leila`);
    const island = page.locator('[data-exercise="check"][data-hydrated]');
    await expect(island.getByRole('textbox', { name: 'Note to check' })).toHaveValue(GOOD);
    await expect(island.getByLabel('Their first name (optional)')).toHaveValue('Leila');
    await expect(island.locator('[data-verdict]')).not.toHaveAttribute('data-verdict', 'default');

    await page.evaluate(() => {
      location.hash = `note=${encodeURIComponent("I'd like to connect with you on LinkedIn.")}`;
    });
    await expect(island.getByRole('textbox', { name: 'Note to check' })).toHaveValue(
      "I'd like to connect with you on LinkedIn.",
    );
    await expect(island.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'default');
  });

  test('the grader is fetched at once for a #note= link, and only on first use without one', async ({ page }) => {
    const onDemand = weighPages(distDir(), siteBase()).find((weight) => weight.page === '/check/')?.onDemandScripts;
    expect(onDemand?.length, 'the checker has on-demand JavaScript').toBeGreaterThan(0);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const fetched = () => (onDemand ?? []).filter((file) => requested.some((path) => path.endsWith(`/${file}`)));

    await page.goto('/check/');
    const island = page.locator('[data-exercise="check"][data-hydrated]');
    await expect(island.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'default');
    expect(fetched()).toEqual([]);
    await island.getByRole('textbox', { name: 'Note to check' }).fill(GOOD);
    await expect.poll(fetched).toEqual(onDemand);
    await expect(island.locator('[data-verdict]')).not.toHaveAttribute('data-verdict', 'default');

    requested.length = 0;
    await page.goto('about:blank');
    await page.goto(`/check/#note=${encodeURIComponent(GOOD)}`);
    await expect.poll(fetched).toEqual(onDemand);
    await expect(page.locator('[data-exercise="check"] [data-verdict]')).not.toHaveAttribute('data-verdict', 'default');
  });

  test('a broken link gives a clear message instead of failing', async ({ page }) => {
    await page.goto('/check/#note=100%25%ZZ');
    const island = page.locator('[data-exercise="check"][data-hydrated]');
    await expect(island.getByRole('status')).toContainText('could not be read');
    await expect(island.getByRole('textbox', { name: 'Note to check' })).toHaveValue('');
  });

  test('“copy link” writes a link that reopens the note', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.goto('/check/');
    const island = page.locator('[data-exercise="check"][data-hydrated]');
    await island.getByRole('textbox', { name: 'Note to check' }).fill('Hi Sam, 50% of my week & <b>more</b>');
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
    await page.goto('/check/');
    const island = page.locator('[data-exercise="check"][data-hydrated]');
    const huge = 'I would like to add you to my network. '.repeat(2600);
    await island.getByRole('textbox', { name: 'Note to check' }).fill(huge);
    await expect(island.getByText(/101,400 of 200 characters/)).toBeVisible();
    await expect(island.getByText(/Only the first 5,000 characters are checked/)).toBeVisible();
    const started = Date.now();
    await island.getByRole('textbox', { name: 'Note to check' }).press('End');
    await island.getByRole('textbox', { name: 'Note to check' }).pressSequentially('x');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

test.describe('the checker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says checking needs JavaScript and links to the lessons', async ({ page }) => {
    await page.goto('/check/');
    await expect(page.getByText('Checking a note needs JavaScript', { exact: false })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'read the lessons' }).click();
    await expect(page).toHaveURL(/\/lessons\/$/);
  });
});
