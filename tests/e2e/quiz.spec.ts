import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { certificateRule, courseCounts } from '../../src/lib/course-progress.ts';
import { PLANS, READING_ONLY, storedProgress } from './course-content.ts';
import { expect, test } from './fixtures.ts';

/** The bank as written, read straight from the YAML so the test uses the content's own answer keys. */
interface RawQuestion {
  id: string;
  selfCheck?: boolean;
  prompt: string;
  type: 'single' | 'multiple' | 'better-of-two' | 'spot-phrases' | 'fix-it';
  options?: { id: string; text: string }[];
  answer?: string;
  answers?: string[];
  better?: 'a' | 'b';
  phrases?: { text: string; lazy?: boolean }[];
  modelAnswer?: string;
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const dir = resolve(import.meta.dirname, '../../src/content/questions');
const bank = new Map<string, RawQuestion>(
  readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => (parse(readFileSync(join(dir, file), 'utf8')) as { questions: RawQuestion[] }).questions)
    .map((question) => [question.id, question]),
);

/** Every exercise id, so a test can store a learner who has done them all. */
const exercisesDir = resolve(import.meta.dirname, '../../src/content/exercises');
const EXERCISE_IDS = readdirSync(exercisesDir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => (parse(readFileSync(join(exercisesDir, file), 'utf8')) as { id: string }).id);

/** Stores progress with every lesson on the course map done, before the first page of the test loads. */
async function storeAllLessonsDone(page: Page): Promise<void> {
  const progress = storedProgress({
    exercises: EXERCISE_IDS,
    selfChecks: PLANS.filter((plan) => plan.selfCheck).map((plan) => plan.id),
    read: READING_ONLY.map((plan) => plan.id),
  });
  await page.goto('/about/');
  await page.evaluate((value) => localStorage.setItem('add-a-note:progress', value), progress);
}

/** Answers the question shown in `root`, rightly or wrongly, using the bank's keys, and checks it. */
async function answer(root: Locator, right: boolean): Promise<void> {
  const id = await root.getAttribute('data-question-id');
  const question = bank.get(id ?? '');
  if (!question) throw new Error(`question ${id} is not in the bank`);
  switch (question.type) {
    case 'single': {
      const pick = question.options!.find((o) => (o.id === question.answer) === right)!;
      await root.getByRole('radio', { name: pick.text, exact: true }).check();
      break;
    }
    case 'multiple': {
      const keys = question.answers!;
      const picks = right
        ? question.options!.filter((o) => keys.includes(o.id))
        : [question.options!.find((o) => !keys.includes(o.id))!];
      for (const pick of picks) await root.getByRole('checkbox', { name: pick.text, exact: true }).check();
      break;
    }
    case 'better-of-two': {
      const pick = right ? question.better : question.better === 'a' ? 'b' : 'a';
      await root.getByRole('radio', { name: new RegExp(`^Note ${pick!.toUpperCase()}`) }).check();
      break;
    }
    case 'spot-phrases': {
      const picks = question.phrases!.filter((p) => Boolean(p.lazy) === right);
      for (const pick of picks) await root.getByRole('button', { name: pick.text.trim(), exact: true }).click();
      break;
    }
    case 'fix-it':
      await root.getByRole('textbox', { name: 'Your rewrite' }).fill(right ? question.modelAnswer! : 'Hi.');
      break;
  }
  await root.getByRole('button', { name: 'Check answer' }).click();
  const feedback = root.locator('[data-feedback]');
  await expect(feedback).toContainText(right ? 'Correct.' : 'Not quite.');
  await expect(feedback).toBeFocused();
}

/** Opens the final quiz and starts it once the island is live and the bank has loaded. */
async function startQuiz(page: Page): Promise<void> {
  await page.goto('/quiz/');
  await expect(page.locator('[data-quiz="final"][data-hydrated]')).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
}

/** Plays all twelve questions; `right(index)` says which to answer correctly. */
async function playQuiz(page: Page, right: (index: number) => boolean): Promise<string[]> {
  const seen: string[] = [];
  for (let index = 0; index < 12; index += 1) {
    await expect(page.getByText(`Question ${index + 1} of 12`)).toBeVisible();
    const question = page.locator('[data-question]');
    await expect(question).toHaveCount(1);
    seen.push((await question.getAttribute('data-question-id')) ?? '');
    await answer(question, right(index));
    await page.getByRole('button', { name: index < 11 ? 'Next question' : 'See your results' }).click();
  }
  return seen;
}

test.describe('final quiz', () => {
  test('a perfect run passes, asks no self-check question, breaks the score down and is remembered', async ({
    page,
  }) => {
    await startQuiz(page);
    // The sample listing with its answers is for pages without JavaScript; the live quiz never shows it.
    await expect(page.getByRole('heading', { name: 'A sample quiz, with answers' })).toBeHidden();
    const ids = await playQuiz(page, () => true);
    expect(new Set(ids).size).toBe(12);
    expect(new Set(ids.map((id) => bank.get(id)?.type)).size).toBe(5);
    expect(ids.filter((id) => bank.get(id)?.selfCheck)).toEqual([]);
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
    await expect(page.locator('[data-quiz-score="12/12"]')).toContainText('You passed');
    await expect(page.getByRole('status').filter({ hasText: 'Quiz finished' })).toContainText('12 of 12');

    // Every question is counted once: in the row of its reason, or of its lesson when it has no reason.
    const cells = page.getByRole('table').getByRole('cell');
    const counted = (await cells.allTextContents()).map((text) => Number(/of (\d+)/.exec(text)?.[1] ?? 0));
    expect(counted.reduce((sum, n) => sum + n, 0)).toBe(12);
    await expect(page.getByRole('table', { name: 'Your score by reason' }).getByRole('row').first()).toBeVisible();

    // No lesson is done yet, so the pass counts towards the certificate, names its rule and what is left.
    await expect(page.getByRole('link', { name: 'your certificate' })).toHaveAttribute('href', '/complete/');
    await expect(page.getByText(certificateRule(courseCounts(PLANS)))).toBeVisible();
    await expect(page.getByText(`Still to do: ${PLANS.length} lessons`)).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.help}`),
        `axe on the results, ${colorScheme}`,
      ).toEqual([]);
    }

    await page.reload();
    await expect(page.locator('[data-quiz="final"][data-hydrated]')).toBeVisible();
    await expect(page.getByText('Your best score so far: 12 of 12 (100%).')).toBeVisible();
  });

  test('a pass with every lesson done links to the certificate', async ({ page }) => {
    await storeAllLessonsDone(page);
    await startQuiz(page);
    await playQuiz(page, (index) => index >= 2);
    await expect(page.locator('[data-quiz-score="10/12"]')).toContainText('You passed');
    await expect(page.getByText('That completes the course.')).toBeVisible();
    await page.getByRole('link', { name: 'Get your certificate' }).click();
    await expect(page).toHaveURL(/\/complete\/$/);
  });

  test('a failing run shows the pass mark and the lessons to revisit; a retry asks other questions', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await startQuiz(page);
    const first = await playQuiz(page, (index) => index >= 4);
    await expect(page.locator('[data-quiz-score="8/12"]')).toContainText('The pass mark is 80%');
    await expect(page.getByRole('link', { name: 'your certificate' })).toHaveCount(0);
    const revisit = page.getByText('Lessons to revisit:');
    await expect(revisit.getByRole('link').first()).toHaveAttribute('href', /^\/lessons\/[a-z-]+\/$/);

    await page.getByRole('button', { name: 'Try again with new questions' }).click();
    await expect(page.getByText('Question 1 of 12')).toBeFocused();
    const retry = await playQuiz(page, () => true);
    expect(retry.filter((id) => first.includes(id))).toEqual([]);
    await expect(page.locator('[data-quiz-score="12/12"]')).toBeVisible();
    await expect(page.getByText('Your best score: 12 of 12 (100%).')).toBeVisible();

    // After a reload the last attempt is remembered, so the next quiz avoids it too.
    await page.reload();
    await expect(page.locator('[data-quiz="final"][data-hydrated]')).toBeVisible();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const third = await playQuiz(page, () => true);
    expect(third.filter((id) => retry.includes(id))).toEqual([]);
  });

  test('without JavaScript a sample quiz of twelve is listed with its answers', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/quiz/');
    await expect(page.getByText(`draws 12 fresh questions from a bank of ${bank.size} each time`)).toBeVisible();
    const sample = page.getByRole('region', { name: 'A sample quiz, with answers' });
    const text = squash((await sample.textContent()) ?? '');
    const listed = [...bank.values()].filter((q) => text.includes(squash(q.prompt)));
    expect(listed, 'bank questions listed').toHaveLength(12);
    expect(new Set(listed.map((q) => q.type)).size, 'every type in the sample').toBe(5);
    await expect(sample.locator('details')).toHaveCount(12);
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeDisabled();
    await page.getByText('Answer', { exact: true }).first().click();
    await expect(page.locator('details[open]')).toHaveCount(1);
    await context.close();
  });
});

test.describe('lesson self-check', () => {
  test('without JavaScript shows its questions with the answers in details', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/lessons/tell-me-why/');
    const check = page.getByRole('region', { name: 'Check yourself' });
    await expect(check.locator('details')).toHaveCount(3);
    await expect(check.locator('fieldset:disabled')).toHaveCount(3);
    await check.getByText('Show the answer').first().click();
    await expect(check.getByText('The answer:').first()).toBeVisible();
    await expect(check.getByText('The answer:').nth(1)).toBeHidden();
    await context.close();
  });

  test('gives feedback with the explanation and a link, then a retry', async ({ page }) => {
    await page.goto('/lessons/rude/');
    const check = page.getByRole('region', { name: 'Check yourself' });
    await check.scrollIntoViewIfNeeded();
    await expect(check.locator('[data-quiz][data-hydrated]')).toBeVisible();
    const questions = check.locator('[data-question]');
    await expect(questions).toHaveCount(3);

    await answer(questions.nth(0), false);
    await expect(questions.nth(0).getByRole('link', { name: /Read more/ })).toHaveAttribute(
      'href',
      /^\/lessons\/rude\/#/,
    );
    await answer(questions.nth(1), true);
    await answer(questions.nth(2), true);
    await expect(check.locator('[data-quiz-score="2/3"]')).toContainText('You got 2 of 3');

    await check.getByRole('button', { name: 'Try again' }).click();
    await expect(check.getByRole('button', { name: 'Check answer' })).toHaveCount(3);
    for (let i = 0; i < 3; i += 1) await answer(questions.nth(i), true);
    await expect(check.locator('[data-quiz-score="3/3"]')).toContainText('Well done');
  });

  test('works with the keyboard alone: arrow keys in a radio group, space on phrases', async ({ page }) => {
    await page.goto('/lessons/looks-lazy/');
    const check = page.getByRole('region', { name: 'Check yourself' });
    await check.scrollIntoViewIfNeeded();
    await expect(check.locator('[data-quiz][data-hydrated]')).toBeVisible();

    const radioQuestion = check.locator('[data-question-type="single"]').first();
    const single = bank.get((await radioQuestion.getAttribute('data-question-id')) ?? '')!;
    const target = single.options!.findIndex((o) => o.id === single.answer);
    const radios = radioQuestion.getByRole('radio');
    await radios.first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < target; i += 1) await page.keyboard.press('ArrowDown');
    await expect(radios.nth(target)).toBeChecked();
    await expect(radios.nth(target)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(radioQuestion.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(radioQuestion.locator('[data-feedback]')).toBeFocused();
    await expect(radioQuestion.locator('[data-feedback]')).toContainText('Correct.');

    const spotQuestion = check.locator('[data-question-type="spot-phrases"]').first();
    const spot = bank.get((await spotQuestion.getAttribute('data-question-id')) ?? '')!;
    const phrases = spotQuestion
      .getByRole('button', { pressed: false })
      .or(spotQuestion.getByRole('button', { pressed: true }));
    await phrases.first().focus();
    for (const phrase of spot.phrases!) {
      if (phrase.lazy) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    await expect(spotQuestion.getByRole('button', { pressed: true })).toHaveCount(
      spot.phrases!.filter((p) => p.lazy).length,
    );
    await expect(spotQuestion.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(spotQuestion.locator('[data-feedback]')).toContainText('Correct.');
  });
});
