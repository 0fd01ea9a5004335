/**
 * The course as the site is built from it, read from `src/content/`, so browser tests derive their
 * expectations (lesson counts, what is left, the rules in words) instead of retyping them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { lessonPath, sortLessons } from '../../src/lib/course.ts';
import { isReadingOnly, lessonPlans, type LessonPlan } from '../../src/lib/course-progress.ts';

const content = join(import.meta.dirname, '../../src/content');

/** Every exercise: its id, title and lesson. */
export const EXERCISES = readdirSync(join(content, 'exercises'))
  .filter((file) => file.endsWith('.yaml'))
  .map(
    (file) =>
      parse(readFileSync(join(content, 'exercises', file), 'utf8')) as { id: string; title: string; lesson: string },
  );

const lessons = readdirSync(join(content, 'lessons'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(content, 'lessons', file), 'utf8'))?.[1] ?? '';
    return {
      id: file.replace(/\.mdx$/, ''),
      body: readFileSync(join(content, 'lessons', file), 'utf8'),
      data: parse(frontMatter) as { order: number; title: string; reason?: string },
    };
  });

/** Every lesson's plan, in course order, as the pages build them. */
export const PLANS: LessonPlan[] = lessonPlans(sortLessons(lessons), EXERCISES, lessonPath);

/** The lessons that teach one of the six reasons, in course order. */
export const REASON_PLANS = PLANS.filter((plan) => lessons.find((lesson) => lesson.id === plan.id)?.data.reason);

/** The lessons with nothing to do but read. */
export const READING_ONLY = PLANS.filter(isReadingOnly);

const KEY = 'add-a-note:progress';
/** When stored progress says its tasks were done. */
export const AT = '2026-11-26T10:00:00.000Z';

/** Stored progress, as the progress module writes it. */
export function storedProgress(parts: {
  exercises?: string[];
  selfChecks?: string[];
  read?: string[];
  quiz?: [number, number];
  name?: string;
}): string {
  const attempt = (correct: number, total: number) => ({ correct, total, at: AT });
  return JSON.stringify({
    version: 2,
    exercises: Object.fromEntries((parts.exercises ?? []).map((id) => [id, { completedAt: AT, score: 90 }])),
    selfChecks: Object.fromEntries((parts.selfChecks ?? []).map((id) => [id, attempt(3, 3)])),
    quiz: parts.quiz ? { best: attempt(...parts.quiz), last: attempt(...parts.quiz) } : {},
    ...(parts.read ? { lessonsRead: Object.fromEntries(parts.read.map((id) => [id, AT])) } : {}),
    ...(parts.name ? { learnerName: parts.name } : {}),
    updatedAt: AT,
  });
}

/** Everything but reading: every exercise and self-check done, and the final quiz passed at 11 of 12. */
export const ALL_BUT_READING = {
  exercises: EXERCISES.map((exercise) => exercise.id),
  selfChecks: PLANS.filter((plan) => plan.selfCheck).map((plan) => plan.id),
  quiz: [11, 12] as [number, number],
};

/** Puts progress in storage before the test's first real page loads (once, so reloads keep changes). */
export async function seedProgress(page: Page, value: string): Promise<void> {
  await page.goto('/about/');
  await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [KEY, value]);
}

/** The stored progress, parsed. */
export async function readProgress(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as Record<string, unknown>;
}
