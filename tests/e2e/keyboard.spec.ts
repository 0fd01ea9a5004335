import type { Locator, Page } from '@playwright/test';
import { lessonWithExercise } from './built-pages.ts';
import { expect, test } from './fixtures.ts';

/**
 * An exercise and the whole quiz done with the keyboard alone: Tab to move, Enter or Space to act,
 * typing to write. No clicks, no programmatic focus.
 */

/** Presses Tab until `target` has focus; wraps round the page if it must. Fails if never reached. */
async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
  const element = target.first();
  for (let presses = 0; presses < limit; presses += 1) {
    if ((await element.count()) > 0 && (await element.evaluate((node) => node === document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)} in ${limit} presses`);
}

/** Whether the focused element shows a focus indicator (an outline or a ring). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused) return false;
    const style = getComputedStyle(focused);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

test('an exercise can be done with the keyboard alone', async ({ page }) => {
  await page.goto(lessonWithExercise());
  const exercise = page.locator('[data-exercise][data-hydrated]').first();
  const note = page.locator('[data-exercise]').first().getByRole('textbox').last();

  await tabTo(page, note);
  await expect(exercise).toBeVisible();
  expect(await focusIsVisible(page), 'focus indicator on the note').toBe(true);
  await page.keyboard.type('Hi Sam, I enjoyed your talk on mentoring at the Leeds meetup. May I follow your posts?');
  // The box starts empty and judges nothing; the verdict appears once there is a note.
  await expect(exercise.locator('[data-verdict]')).toHaveCount(1);

  // Start over, then undo, without leaving the keyboard: focus stays on the button that changed.
  await tabTo(page, exercise.getByRole('button', { name: 'Start over' }));
  await page.keyboard.press('Enter');
  await expect(note).toHaveValue('');
  await expect(exercise.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(note).toHaveValue(/^Hi Sam/);

  const hint = exercise.getByRole('button', { name: /hint/i });
  await tabTo(page, hint);
  await page.keyboard.press('Enter');
  await expect(exercise.getByRole('listitem').first()).toBeVisible();

  await tabTo(page, exercise.getByRole('button', { name: /model answer/i }));
  expect(await focusIsVisible(page), 'focus indicator on the button').toBe(true);
  await page.keyboard.press('Enter');
  // The no-script copy of the model answers hides once the island runs; the one now shown is the island's.
  await expect(page.locator('[data-model-answer]:visible').first()).toBeVisible();
});

test('the checker can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/check/');
  const checker = page.locator('[data-exercise="check"][data-hydrated]');
  await expect(checker).toBeVisible();
  const note = checker.getByRole('textbox', { name: 'Note to check' });
  await tabTo(page, note);
  expect(await focusIsVisible(page), 'focus indicator on the note').toBe(true);
  await page.keyboard.type(
    'Hi Maria, great meeting you at the PyLadies night in Porto. I’d love to keep swapping notes.',
  );
  await tabTo(page, checker.getByRole('textbox', { name: 'Their first name (optional)' }));
  await page.keyboard.type('Sarah');
  await expect(checker.locator('.nc-feedback > *').first()).toContainText('Wrong name');

  const premium = checker.getByRole('radio', { name: 'Premium: 300 characters' });
  await tabTo(page, checker.getByRole('radio', { checked: true }));
  await page.keyboard.press('ArrowDown');
  await expect(premium).toBeChecked();
  await expect(checker.getByText(/ of 300 characters$/)).toBeVisible();

  const details = checker.getByText('Details for each reason');
  await tabTo(page, details);
  expect(await focusIsVisible(page), 'focus indicator on the details').toBe(true);
  await page.keyboard.press('Enter');
  await expect(checker.getByText(/^Gives a reason: /)).toBeVisible();
});

test('the quiz can be taken to its score with the keyboard alone', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/quiz/');
  await tabTo(page, page.getByRole('button', { name: 'Start the quiz', disabled: false }));
  expect(await focusIsVisible(page), 'focus indicator on Start').toBe(true);
  await page.keyboard.press('Enter');

  const score = page.locator('[data-quiz-score]');
  for (let answered = 0; answered < 50 && (await score.count()) === 0; answered += 1) {
    const question = page.locator('[data-question][data-question-type]');
    await expect(question).toBeVisible();
    const type = await question.getAttribute('data-question-type');
    if (type === 'fix-it') {
      await tabTo(page, question.getByRole('textbox'));
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(
        'Hi Sam, your talk on mentoring at the meetup helped me start a scheme at work. Could we connect?',
      );
    } else if (type === 'spot-phrases') {
      await tabTo(page, question.getByRole('button', { pressed: false }));
      await page.keyboard.press('Enter');
    } else {
      await tabTo(page, question.getByRole(type === 'multiple' ? 'checkbox' : 'radio'));
      await page.keyboard.press('Space');
    }
    await tabTo(page, question.getByRole('button', { name: 'Check answer' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: /^(Next question|See your results)$/ }));
    await page.keyboard.press('Enter');
  }
  await expect(score).toBeVisible();
  await expect(score).toHaveAttribute('data-quiz-score', /^\d+\/\d+$/);
});
