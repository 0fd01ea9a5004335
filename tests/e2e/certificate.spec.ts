import { certificateRule, certificateWork, courseCounts } from '../../src/lib/course-progress.ts';
import {
  ALL_BUT_READING,
  EXERCISES,
  PLANS,
  READING_ONLY,
  readProgress,
  seedProgress,
  storedProgress,
} from './course-content.ts';
import { expect, test } from './fixtures.ts';

/**
 * The certificate closes the loop: it is earned on the rule the course map shows, both pages name
 * that rule in the same words, and the certificate says what was done.
 */

const counts = courseCounts(PLANS);
const RULE = certificateRule(counts);

test('the course map and the certificate page name the same rule, counted from the course', async ({ page }) => {
  expect(RULE).toContain(`all ${PLANS.length} lessons`);
  const shown: string[] = [];
  for (const path of ['/lessons/', '/complete/']) {
    await page.goto(path);
    const rule = page.getByText(RULE);
    await expect(rule, path).toBeVisible();
    shown.push((await rule.textContent()) ?? '');
  }
  expect(shown[0]).toContain(RULE);
  expect(shown[1]).toContain(RULE);
});

test('every exercise and the quiz but unread lessons: no certificate, and the page says what is missing', async ({
  page,
}) => {
  // The case that used to get a certificate at 7 of 9 lessons.
  await seedProgress(page, storedProgress(ALL_BUT_READING));
  const done = `${PLANS.length - READING_ONLY.length} of ${PLANS.length} lessons done`;

  await page.goto('/lessons/');
  await expect(page.getByRole('progressbar', { name: done })).toBeVisible();

  await page.goto('/complete/');
  await expect(page.getByRole('heading', { name: 'Not quite there yet' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: done })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toHaveCount(0);
  const left = page.getByRole('main').getByRole('listitem');
  await expect(left).toHaveCount(READING_ONLY.length);
  for (const lesson of READING_ONLY) {
    const item = left.filter({ has: page.getByRole('link', { name: lesson.title, exact: true }) });
    await expect(item).toContainText('press “Mark as read” at its end');
    await expect(item.getByRole('link')).toHaveAttribute('href', lesson.path);
  }
  await expect(page.getByRole('link', { name: 'The final quiz' })).toHaveCount(0);
});

test('names the exercises, self-checks and quiz still to do, with links', async ({ page }) => {
  const [first, ...rest] = EXERCISES;
  await seedProgress(page, storedProgress({ exercises: rest.map((exercise) => exercise.id), quiz: [6, 12] }));
  await page.goto('/complete/');
  const lesson = PLANS.find((plan) => plan.id === first!.lesson)!;
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: lesson.title, exact: true }) });
  await expect(item).toContainText(`finish the rewrite exercise “${first!.title}”`);
  if (lesson.selfCheck) await expect(item).toContainText('pass its self-check');
  await expect(item.getByRole('link')).toHaveAttribute('href', lesson.path);
  const quiz = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'The final quiz' }) });
  await expect(quiz).toContainText('pass it with 80% or more (your best so far is 50%)');
  await expect(quiz.getByRole('link')).toHaveAttribute('href', '/quiz/');
});

test('once the rule is met, the certificate says what was done, with the date and score', async ({ page }) => {
  await seedProgress(page, storedProgress({ ...ALL_BUT_READING, read: READING_ONLY.map((plan) => plan.id) }));
  await page.goto('/lessons/');
  await expect(page.getByRole('link', { name: 'All done: see your certificate' })).toHaveAttribute(
    'href',
    '/complete/',
  );
  await page.goto('/complete/');
  const certificate = page.getByRole('region', { name: 'Certificate of completion' });
  await expect(certificate).toContainText(`${certificateWork(counts)}.`);
  await expect(certificate).toContainText(`all ${PLANS.length} lessons, ${EXERCISES.length} rewrite exercises`);
  await expect(certificate).toContainText('26 November 2026');
  await expect(certificate).toContainText('92%');
});

test('the name on the certificate follows each keystroke and is kept in the progress store', async ({ page }) => {
  await seedProgress(page, storedProgress({ ...ALL_BUT_READING, read: READING_ONLY.map((plan) => plan.id) }));
  await page.goto('/complete/');
  const certificate = page.getByRole('region', { name: 'Certificate of completion' });
  const name = page.getByLabel('Your name');
  await expect(certificate).toContainText('Your name here');
  await name.pressSequentially('Ada');
  // No blur, no Enter: the certificate already shows what has been typed, and so does storage.
  await expect(name).toBeFocused();
  await expect(certificate).toContainText('Ada');
  expect(await readProgress(page)).toMatchObject({ learnerName: 'Ada' });
  await name.pressSequentially(' Lovelace');
  await expect(certificate).toContainText('Ada Lovelace');
  await name.press('End');
  await name.press('Backspace');
  await expect(certificate).toContainText('Ada Lovelac');
  await expect(certificate).not.toContainText('Ada Lovelace');
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Ada Lovelac');
});

test('all lessons done but the quiz not passed: the course map sends the learner to the quiz', async ({ page }) => {
  await seedProgress(
    page,
    storedProgress({ ...ALL_BUT_READING, quiz: [6, 12], read: READING_ONLY.map((plan) => plan.id) }),
  );
  await page.goto('/lessons/');
  await expect(page.getByRole('link', { name: 'All lessons done: take the final quiz' })).toHaveAttribute(
    'href',
    '/quiz/',
  );
  await page.goto('/complete/');
  await expect(page.getByRole('heading', { name: 'Not quite there yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'The final quiz' })).toBeVisible();
});
