import type { Locator, Page } from '@playwright/test';
import { siteBase, weighPages } from '../../scripts/page-sizes.ts';
import { distDir } from './built-pages.ts';
import { axeViolations, marksIn, repeatedQuotes, splitsWord } from './coach-helpers.ts';
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

const CONTEXT = 'Hi Chris, great filling bags side by side at the beach clean-up last month.';
const WHY = ' I do marketing for a small charity too and would love to swap ideas.';

/** The exercise card (a labelled region) holding the island with this id, hydrated. */
async function openExercise(page: Page, id: string): Promise<{ card: Locator; island: Locator }> {
  const island = page.locator(`[data-exercise="${id}"]`);
  const card = page.getByRole('region').filter({ has: island });
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-hydrated', '');
  return { card, island };
}

/** The beach clean-up exercise, its note box and its live verdict. */
async function openBeach(page: Page) {
  await page.goto('/lessons/impersonal/');
  const { card, island } = await openExercise(page, 'impersonal-beach-clean-up');
  return { card, island, note: island.getByLabel('Your note to Chris'), verdict: island.locator('[data-verdict]') };
}

test.describe('rewrite exercises', () => {
  test('start with an empty box and guidance, judging nothing until the learner types', async ({ page }) => {
    const { island, note, verdict } = await openBeach(page);
    await expect(note).toHaveValue('');
    await expect(verdict).toHaveCount(0);
    await expect(island.getByText(/Write your note to Chris above/)).toBeVisible();
    await expect(island.getByText('0 of 200 characters', { exact: true })).toBeVisible();
    await expect(island.getByText(/^Not done yet\./)).toBeVisible();
    await note.fill("I'd like to connect with you on LinkedIn.");
    await expect(verdict).toHaveAttribute('data-verdict', 'default');
    await expect(verdict).toHaveCount(1);
    await expect(island.getByText('41 of 200 characters', { exact: true })).toBeVisible();
  });

  test('the grader is fetched only when the learner starts on the note', async ({ page }) => {
    const onDemand = onDemandFiles('/lessons/impersonal/');
    expect(onDemand.length, 'the lesson has on-demand JavaScript').toBeGreaterThan(0);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const fetched = () => onDemand.filter((file) => requested.some((path) => path.endsWith(`/${file}`)));
    const { note, verdict } = await openBeach(page);
    expect(fetched()).toEqual([]);
    await expect(verdict).toHaveCount(0);
    await note.focus();
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

  test('a note to the wrong person says so before anything else', async ({ page }) => {
    const { island, note, verdict } = await openBeach(page);
    await note.fill(`${CONTEXT.replace('Chris', 'Maria')}${WHY}`);
    await expect(verdict).toHaveAttribute('data-verdict', 'needs-work');
    const first = island.locator('.nc-feedback > *').first();
    await expect(first).toContainText('Wrong name');
    await expect(first).toContainText('“Maria”');
    await expect(island.locator('[aria-live="polite"]').last()).toHaveText(/^Check the name first: you greet “Maria”/);
  });

  test('quotes each passage once and marks whole words', async ({ page }) => {
    const { island, note, verdict } = await openBeach(page);
    await note.fill(`${CONTEXT} I loved the sign-up activities. Thx, please refer me for a job.`);
    await expect(verdict).toHaveCount(1);
    await expect.poll(() => repeatedQuotes(island.locator('.nc-panel').first())).toEqual([]);
    const { text, marks } = await marksIn(island);
    for (const mark of marks) {
      expect(splitsWord(text, mark.start) || splitsWord(text, mark.end), text.slice(mark.start, mark.end)).toBe(false);
    }
  });

  test('after a pause, says what changed since the last verdict', async ({ page }) => {
    const { island, note } = await openBeach(page);
    const live = island.locator('[aria-live="polite"]').last();
    await note.pressSequentially(CONTEXT, { delay: 5 });
    await expect(live).toContainText(/score \d+ of 100/);
    await note.press('End');
    await note.pressSequentially(WHY, { delay: 5 });
    await expect(live).toHaveText(/^Now says why.*: \+\d+, to \d+ of 100\./);
    await expect(island.locator('.nc-feedback').getByText(/Now says why.*: \+\d+/)).toContainText(
      'Since your last pause:',
    );
  });

  test('the draft is saved as it is typed, comes back after a reload, and can be started over or undone', async ({
    page,
  }) => {
    const { note, verdict } = await openBeach(page);
    await note.fill(CONTEXT);
    await expect(verdict).toHaveCount(1);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('add-a-note:progress') ?? ''))
      .toContain('great filling bags');
    await page.reload();
    const again = await openBeach(page);
    await expect(again.island).toHaveAttribute('data-draft', 'restored');
    await expect(again.note).toHaveValue(CONTEXT);
    await expect(again.verdict).toHaveCount(1);
    await expect(again.island.getByRole('status')).toContainText('Your note from last time is back');

    await again.island.getByRole('button', { name: 'Start over' }).click();
    await expect(again.note).toHaveValue('');
    await expect(again.verdict).toHaveCount(0);
    await expect(again.island).not.toHaveAttribute('data-draft');
    const undo = again.island.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await undo.click();
    await expect(again.note).toHaveValue(CONTEXT);

    await again.island.getByRole('button', { name: 'Start over' }).click();
    await page.reload();
    const cleared = await openBeach(page);
    await expect(cleared.note).toHaveValue('');
    await expect(cleared.island).not.toHaveAttribute('data-draft');
  });

  test('“Done” follows the saved note: the best verdict, and the current one when it is lower', async ({ page }) => {
    const { card, island, note, verdict } = await openBeach(page);
    await note.fill(CONTEXT);
    await expect(verdict).toHaveAttribute('data-verdict', /needs-work|lazy/);
    await expect(island.getByText(/^Not done yet\. Your best so far/)).toBeVisible();
    const answer = (await card.locator('[data-model-answer]').first().textContent())?.trim() ?? '';
    await note.fill(answer);
    await expect(verdict).toHaveAttribute('data-verdict', 'thoughtful');
    await expect(island.getByText('Done.')).toBeVisible();
    await note.fill('Hi Chris.');
    await expect(verdict).not.toHaveAttribute('data-verdict', 'thoughtful');
    await expect(
      island.getByText(/Your best was thoughtful; this version (needs work|looks lazy|is the default text)\./),
    ).toBeVisible();
    await page.reload();
    const again = await openBeach(page);
    await expect(again.note).toHaveValue('Hi Chris.');
    await expect(again.island.getByText('Done.')).toBeVisible();
    await expect(again.island.getByText(/Your best was thoughtful; this version/)).toBeVisible();
  });

  test('an exercise can be completed with the keyboard alone, and stays done after a reload', async ({ page }) => {
    await page.goto('/lessons/rude/');
    const { card, island } = await openExercise(page, 'rude-mentor-podcast');
    const answer = (await card.locator('[data-model-answer]').first().textContent())?.trim() ?? '';
    const note = island.getByRole('textbox', { name: 'Your note to Owen' });
    await expect(island.getByText(/^Not done yet/)).toBeVisible();

    // Tab from the top of the page until the note has focus, as a keyboard user would.
    await page.locator('body').focus();
    for (let i = 0; i < 80 && !(await note.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(note).toBeFocused();
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

  test('a model answer waits for a first try', async ({ page }) => {
    await page.goto('/lessons/tell-me-why/');
    const { island } = await openExercise(page, 'tell-me-why-post');
    const show = island.getByRole('button', { name: 'Show a model answer' });
    await expect(show).toBeDisabled();
    await island.getByLabel('Your note to Kofi').pressSequentially('Hi Kofi, I read your post.', { delay: 20 });
    await expect(show).toBeEnabled();
    await show.click();
    await expect(island.locator('blockquote').first()).toContainText('Kofi');
  });

  test('a corrupt progress store is reported, the damaged copy kept and the draft saved', async ({ page }) => {
    await page.goto('/lessons/impersonal/');
    await page.evaluate(() => localStorage.setItem('add-a-note:progress', '{not json'));
    await page.reload();
    const { card, island } = await openExercise(page, 'impersonal-beach-clean-up');
    await expect(island.getByRole('alert')).toContainText('could not be read');
    await expect(island.getByRole('alert')).toContainText('damaged copy is kept');
    const answer = (await card.locator('[data-model-answer]').first().textContent())?.trim() ?? '';
    await island.getByLabel('Your note to Chris').fill(answer);
    await expect(island.getByText('Done.')).toBeVisible();
    await expect(island.getByLabel('Your note to Chris')).toHaveValue(answer);
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('add-a-note:progress'))) ?? '{}') as {
      unreadable?: { text: string };
    };
    expect(stored.unreadable?.text).toBe('{not json');
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

  test('has no axe violations with feedback and details showing, in light and dark', async ({ page }) => {
    const { island, note, verdict } = await openBeach(page);
    await note.fill(`${CONTEXT.replace('Chris', 'Maria')} Please refer me for a job.`);
    await expect(verdict).toHaveCount(1);
    await island.getByText('What the marks mean').click();
    await island.getByText('Details for each reason').click();
    await island.getByRole('button', { name: 'Show hint 1 of 3' }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says first that live checking needs JavaScript, then shows the scenario, hints and model answers, and no dead controls', async ({
    page,
  }) => {
    await page.goto('/lessons/impersonal/');
    const card = page.getByRole('region', { name: /Rewrite exercise/ });
    const line = card.getByText('Live checking of your rewrite needs JavaScript');
    await expect(line).toBeVisible();
    const title = await card
      .getByRole('heading')
      .first()
      .evaluate((h) => h.nextElementSibling?.textContent ?? '');
    expect(title).toContain('Live checking of your rewrite needs JavaScript');
    await expect(card.getByText('beach clean-up last month', { exact: false }).first()).toBeVisible();
    for (const role of ['textbox', 'radio'] as const) await expect(card.getByRole(role)).toHaveCount(0);
    await expect(card.getByRole('button', { name: /hint|model answer|copy|start over/i })).toHaveCount(0);
    await expect(card.locator('[data-verdict]')).toHaveCount(0);
    // The island's own copies are hidden without JavaScript; only the static ones can be seen.
    await card.getByText('Model answers', { exact: true }).filter({ visible: true }).click();
    await expect(card.locator('[data-model-answer]').first()).toBeVisible();
    await card.getByText('Hints', { exact: true }).filter({ visible: true }).click();
    await expect(card.getByText('Start with his name').filter({ visible: true })).toBeVisible();
  });
});
