import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sitePages } from './built-pages.ts';
import { expect, test } from './fixtures.ts';

/**
 * With JavaScript off, every page is complete: the course must work as plain HTML, and islands only
 * add to it. The exercise and quiz content is read from the content files, so the test checks what
 * the learner should see, not what the markup happens to contain.
 */
test.use({ javaScriptEnabled: false });

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** An exercise's content file, by id (its file name). */
function exerciseContent(id: string): { texts: string[]; hints: string[]; modelAnswers: string[] } {
  const data = parse(readFileSync(join('src/content/exercises', `${id}.yaml`), 'utf8')) as {
    recipient: { name: string };
    howYouKnowThem: { text: string };
    whatYouWant: { text: string };
    hints: string[];
    modelAnswers: string[];
  };
  return {
    texts: [data.recipient.name, data.howYouKnowThem.text, data.whatYouWant.text].map(squash),
    hints: data.hints.map(squash),
    modelAnswers: data.modelAnswers.map(squash),
  };
}

/** Every quiz question's prompt, from the question bank's content files. */
function quizPrompts(): string[] {
  const folder = 'src/content/questions';
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap(
      (file) => (parse(readFileSync(join(folder, file), 'utf8')) as { questions: { prompt: string }[] }).questions,
    )
    .map((question) => squash(question.prompt));
}

test('every built page shows a main heading and real text without JavaScript', async ({ page }) => {
  const pages = sitePages();
  expect(pages.length, 'pages found in the build').toBeGreaterThan(0);
  const thin: string[] = [];
  for (const { url } of pages) {
    await page.goto(url);
    const main = page.getByRole('main');
    await expect(main, url).toHaveCount(1);
    await expect(main.getByRole('heading', { level: 1 }), url).toHaveCount(1);
    const words = squash((await main.textContent()) ?? '').split(' ').length;
    if (words < 12) thin.push(`${url}: ${words} words`);
  }
  expect(thin, 'pages with almost no text').toEqual([]);
});

test('lesson exercises show their scenario, hints and model answers without JavaScript', async ({ page }) => {
  const lessons = sitePages().filter(({ url, html }) => url.startsWith('/lessons/') && html.includes('data-exercise='));
  expect(lessons.length, 'built lessons with an exercise ([data-exercise])').toBeGreaterThan(0);
  for (const { url, html } of lessons) {
    await page.goto(url);
    const text = squash((await page.getByRole('main').textContent()) ?? '');
    const ids = [...html.matchAll(/\sdata-exercise="([^"]+)"/g)].map((match) => match[1] ?? '');
    for (const id of ids) {
      const { texts, hints, modelAnswers } = exerciseContent(id);
      for (const expected of [...texts, ...hints]) expect(text, `${url} (${id})`).toContain(expected);
      const shown = page.locator(`[data-model-answer]`);
      const answers = (await shown.allTextContents()).map(squash);
      for (const answer of modelAnswers) expect(answers, `${url} (${id}) model answers`).toContain(answer);
    }
    // The model answers sit in a closed <details>, which opens without script.
    const firstAnswer = page.locator('details', { has: page.locator('[data-model-answer]') }).first();
    await firstAnswer.locator('summary').click();
    await expect(firstAnswer.locator('[data-model-answer]').first(), url).toBeVisible();
  }
});

test('exercises and the checker say first that they need JavaScript, and show no control that cannot work', async ({
  page,
}) => {
  const pages = sitePages().filter(({ html }) => html.includes('data-exercise='));
  expect(pages.map(({ url }) => url)).toContain('/check/');
  for (const { url } of pages) {
    await page.goto(url);
    const exercises = page.getByRole('region', { name: /^Rewrite exercise/ });
    const parts = url === '/check/' ? [page.getByRole('main')] : await exercises.all();
    expect(parts.length, url).toBeGreaterThan(0);
    for (const part of parts) {
      const first = part.locator('.nc-nojs');
      await expect(first, url).toBeVisible();
      await expect(first, url).toContainText('needs JavaScript');
      // First: the line comes straight after the heading that opens the exercise or the page.
      const heading = part.getByRole('heading', url === '/check/' ? { level: 1 } : {}).first();
      expect(await heading.evaluate((h) => h.nextElementSibling?.classList.contains('nc-nojs')), url).toBe(true);
      for (const role of ['textbox', 'radio', 'checkbox'] as const)
        await expect(part.getByRole(role), url).toHaveCount(0);
      await expect(part.getByRole('button', { name: /note|hint|model answer|start over|undo/i }), url).toHaveCount(0);
      await expect(part.locator('[data-verdict]'), url).toHaveCount(0);
    }
  }
});

test('the quiz lists a sample quiz with each answer in a details element without JavaScript', async ({ page }) => {
  const prompts = quizPrompts();
  expect(prompts.length, 'questions in src/content/questions').toBeGreaterThan(0);
  await page.goto('/quiz/');
  const main = page.getByRole('main');
  const text = squash((await main.textContent()) ?? '');
  // The whole bank would overflow the page's first round trip, so one full quiz of 12 is listed.
  expect(text).toContain(`from a bank of ${prompts.length} each time`);
  const listed = prompts.filter((prompt) => text.includes(prompt));
  expect(listed).toHaveLength(12);
  const answers = main.locator('details:has(> summary)');
  expect(await answers.count()).toBeGreaterThanOrEqual(listed.length);
  await answers.first().locator('summary').click();
  await expect(answers.first()).toHaveJSProperty('open', true);
  expect(squash((await answers.first().textContent()) ?? '').length).toBeGreaterThan(
    squash((await answers.first().locator('summary').textContent()) ?? '').length,
  );
});
