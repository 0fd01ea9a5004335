import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { lessonWithExercise, sitePages } from './built-pages.ts';
import { ALL_BUT_READING, READING_ONLY, seedProgress, storedProgress } from './course-content.ts';
import { expect, test } from './fixtures.ts';

/**
 * axe-core on every built page, in the light and the dark colour scheme, and on an exercise and the
 * quiz part-way through, when the islands have drawn their feedback. Every rule axe runs by default
 * counts (WCAG 2.x A and AA and its best practices): the bar is zero violations.
 */

const SCHEMES = ['light', 'dark'] as const;

/** One line per violation: rule, impact, help and the first few offending elements. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => {
    const targets = v.nodes.slice(0, 4).map((node) => node.target.join(' '));
    return `${v.id} (${v.impact ?? 'unknown'}): ${v.help} at ${targets.join(', ')}`;
  });
}

for (const colorScheme of SCHEMES) {
  test(`every built page has no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
    const pages = sitePages();
    test.setTimeout(20_000 + pages.length * 5_000);
    expect(pages.length, 'pages found in the build').toBeGreaterThan(0);
    await page.emulateMedia({ colorScheme });
    const found: Record<string, string[]> = {};
    for (const { url } of pages) {
      await page.goto(url);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[url] = violations;
    }
    expect(found).toEqual({});
  });
}

test('an exercise with a note typed in and its feedback showing has no axe violations', async ({ page }) => {
  await page.goto(lessonWithExercise());
  const exercise = page.locator('[data-exercise]').first();
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise).toHaveAttribute('data-hydrated');
  await exercise
    .getByRole('textbox')
    .last()
    .fill(
      'Hi Sam, I enjoyed your talk on mentoring at the Leeds meetup. I run a scheme at work; may I follow your posts?',
    );
  // The exercise starts from a stock note; wait until the feedback is about the typed one.
  await expect(exercise.locator('[data-verdict]')).not.toHaveAttribute('data-verdict', 'default');
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
});

test('the quiz with one question answered and checked has no axe violations', async ({ page }) => {
  await page.goto('/quiz/');
  const start = page.getByRole('button', { name: 'Start the quiz' });
  await start.scrollIntoViewIfNeeded();
  await expect(start).toBeEnabled();
  await start.click();
  const question = page.locator('[data-question][data-question-type]');
  await expect(question).toBeVisible();
  await answerWithMouse(question);
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('button', { name: /Next question|See your results/ })).toBeVisible();
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
});

test('the course map part-way and the certificate page, earned and not, have no axe violations', async ({ page }) => {
  const partWay = storedProgress({ ...ALL_BUT_READING, quiz: [6, 12] });
  const earned = storedProgress({ ...ALL_BUT_READING, read: READING_ONLY.map((plan) => plan.id), name: 'Ada' });
  const found: Record<string, string[]> = {};
  for (const [state, stored, path] of [
    ['part-way', partWay, '/lessons/'],
    ['part-way', partWay, '/complete/'],
    ['earned', earned, '/complete/'],
  ] as const) {
    await seedProgress(page, stored);
    await page.goto(path);
    await expect(page.locator('[data-hydrated]').first()).toBeVisible();
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      const violations = await axeViolations(page);
      if (violations.length > 0) found[`${path} ${state} ${colorScheme}`] = violations;
    }
  }
  expect(found).toEqual({});
});

/** Gives some answer to a quiz question of any type: right or wrong does not matter here. */
async function answerWithMouse(question: ReturnType<Page['locator']>): Promise<void> {
  const type = await question.getAttribute('data-question-type');
  if (type === 'fix-it') {
    await question.getByRole('textbox').fill('Hi Sam, I loved your talk on mentoring at the meetup. Could we connect?');
  } else if (type === 'spot-phrases') {
    await question.getByRole('button', { pressed: false }).first().click();
  } else if (type === 'multiple') {
    await question.getByRole('checkbox').first().check();
  } else {
    await question.getByRole('radio').first().check();
  }
}
