import type { Locator, Page } from '@playwright/test';
import { siteBase, weighPages } from '../../scripts/page-sizes.ts';
import { distDir } from './built-pages.ts';
import { expect, test } from './fixtures.ts';

/** The built files a page fetches only on demand (the grader), as the size report counts them. */
function onDemandFiles(page: string): string[] {
  return weighPages(distDir(), siteBase()).find((weight) => weight.page === page)?.onDemandScripts ?? [];
}

/** Every lesson with rewrite exercises, and the ids it shows. */
const LESSONS: Record<string, string[]> = {
  impersonal: ['impersonal-beach-clean-up'],
  'looks-lazy': ['looks-lazy-former-colleague'],
  rude: ['rude-mentor-podcast'],
  'quantity-over-quality': ['quantity-webinar-question', 'quantity-honest-sales'],
  'tell-me-why': ['tell-me-why-post'],
  'doing-you-a-favour': ['favour-student-alum'],
  'machine-written-notes': ['machine-written-ai-draft'],
  situations: ['situations-mutual-contact'],
  'situations-cold': ['situations-career-changer'],
  'second-language': ['second-language-formal-note'],
  'wrap-up': ['wrap-up-first-aid-course', 'wrap-up-recruiter'],
};

/** The exercise card (a labelled region) holding the island with this id, hydrated. */
async function openExercise(page: Page, id: string): Promise<{ card: Locator; island: Locator }> {
  const island = page.locator(`[data-exercise="${id}"]`);
  const card = page.getByRole('region').filter({ has: island });
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-hydrated', '');
  return { card, island };
}

test.describe('rewrite exercises', () => {
  test('each lesson shows its exercises, starting from a stock note graded `default`', async ({ page }) => {
    await page.goto('/lessons/impersonal/');
    const { island } = await openExercise(page, 'impersonal-beach-clean-up');
    await expect(island.getByLabel('Your note to Chris')).toHaveValue("I'd like to connect with you on LinkedIn.");
    await expect(island.locator('[data-verdict]')).toHaveCount(1);
    await expect(island.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'default');
    await expect(island.getByText('41 of 200 characters', { exact: true })).toBeVisible();
  });

  test('the grader is fetched only when the learner starts on the note; the page’s verdict shows meanwhile', async ({
    page,
  }) => {
    const onDemand = onDemandFiles('/lessons/impersonal/');
    expect(onDemand.length, 'the lesson has on-demand JavaScript').toBeGreaterThan(0);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const fetched = () => onDemand.filter((file) => requested.some((path) => path.endsWith(`/${file}`)));
    await page.goto('/lessons/impersonal/');
    const { island } = await openExercise(page, 'impersonal-beach-clean-up');
    await expect(island.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'default');
    expect(fetched()).toEqual([]);
    await island.getByLabel('Your note to Chris').focus();
    await expect.poll(fetched).toEqual(onDemand);
  });

  for (const [lesson, ids] of Object.entries(LESSONS)) {
    test(`every model answer in ${lesson} is rated thoughtful`, async ({ page }) => {
      await page.goto(`/lessons/${lesson}/`);
      for (const id of ids) {
        const { card, island } = await openExercise(page, id);
        const answers = [...new Set(await card.locator('[data-model-answer]').allTextContents())];
        expect(answers.length, `${id} has model answers`).toBeGreaterThan(0);
        for (const answer of answers) {
          await island.getByRole('textbox', { name: /Your note to/ }).fill(answer.trim());
          await expect(island.locator('[data-verdict]'), `${id}: ${answer}`).toHaveAttribute(
            'data-verdict',
            'thoughtful',
          );
        }
      }
    });
  }

  test('an exercise can be completed with the keyboard alone, and stays done after a reload', async ({ page }) => {
    await page.goto('/lessons/rude/');
    const { card, island } = await openExercise(page, 'rude-mentor-podcast');
    const answer = (await card.locator('[data-model-answer]').first().textContent())?.trim() ?? '';
    const note = island.getByRole('textbox', { name: 'Your note to Owen' });
    await expect(island.getByText(/Not done yet/)).toBeVisible();

    // Tab from the top of the page until the note has focus, as a keyboard user would.
    await page.locator('body').focus();
    for (let i = 0; i < 80 && !(await note.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(note).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type(answer);
    await expect(island.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'thoughtful');
    await expect(island.getByText('Done.')).toBeVisible();

    // The hints open one at a time from the keyboard too.
    const hint = island.getByRole('button', { name: 'Show hint 1 of 3' });
    await hint.focus();
    await page.keyboard.press('Enter');
    await expect(island.getByRole('button', { name: 'Show hint 2 of 3' })).toBeVisible();
    await page.keyboard.press('Tab');

    await page.reload();
    const reloaded = await openExercise(page, 'rude-mentor-podcast');
    await expect(reloaded.island.getByText('Done.')).toBeVisible();
  });

  test('feedback is announced politely once typing pauses, and a model answer waits for a first try', async ({
    page,
  }) => {
    await page.goto('/lessons/tell-me-why/');
    const { island } = await openExercise(page, 'tell-me-why-post');
    const show = island.getByRole('button', { name: 'Show a model answer' });
    await expect(show).toBeDisabled();
    await island.getByLabel('Your note to Kofi').pressSequentially(' I read your post.', { delay: 20 });
    const live = island.locator('[aria-live="polite"]').last();
    await expect(live).toContainText(/Verdict: .+ Score \d+ of 100/);
    await expect(show).toBeEnabled();
    await show.click();
    await expect(island.locator('blockquote').first()).toContainText('Kofi');
  });

  test('a corrupt progress store is reported and the draft is kept', async ({ page }) => {
    await page.goto('/lessons/impersonal/');
    await page.evaluate(() => localStorage.setItem('add-a-note:progress', '{not json'));
    await page.reload();
    const { card, island } = await openExercise(page, 'impersonal-beach-clean-up');
    await expect(island.getByRole('alert')).toContainText('could not be read');
    const answer = (await card.locator('[data-model-answer]').first().textContent())?.trim() ?? '';
    await island.getByLabel('Your note to Chris').fill(answer);
    await expect(island.getByText('Done.')).toBeVisible();
    await expect(island.getByLabel('Your note to Chris')).toHaveValue(answer);
  });

  test('HTML and script typed into a note are shown as text, never run', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto('/lessons/looks-lazy/');
    const { island } = await openExercise(page, 'looks-lazy-former-colleague');
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>Hi</b>';
    await island.getByLabel('Your note to Nadia').fill(payload);
    await expect(island.getByText(payload, { exact: false }).first()).toBeVisible();
    await expect(island.locator('img, script, b')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the scenario, the lazy note, hints and model answers are readable', async ({ page }) => {
    await page.goto('/lessons/impersonal/');
    const card = page.getByRole('region', { name: /Rewrite exercise/ });
    await expect(card.getByText('Live checking of your rewrite needs JavaScript')).toBeVisible();
    await expect(card.getByText('beach clean-up last month', { exact: false }).first()).toBeVisible();
    await card.getByText('Model answers', { exact: true }).click();
    await expect(card.locator('[data-model-answer]').first()).toBeVisible();
    await card.getByText('Hints', { exact: true }).click();
    await expect(card.getByText('Start with his name')).toBeVisible();
  });
});
