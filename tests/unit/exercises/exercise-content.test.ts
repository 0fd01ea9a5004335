import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioFor } from '../../../src/lib/exercise.ts';
import { gradeNote } from '../../../src/lib/grader/index.ts';
import { EXERCISE_LESSONS, ExerciseSchema } from '../../../src/lib/schemas/exercise-schema.ts';

const root = resolve(import.meta.dirname, '../../..');
const dir = join(root, 'src/content/exercises');
const exercises = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ file, data: ExerciseSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))) }));

const modelAnswers = exercises.flatMap(({ data }) =>
  data.modelAnswers.map((answer, i) => [`${data.id} #${i + 1}`, data, answer] as const),
);

describe('the exercises in src/content/exercises', () => {
  it('are named after their ids', () => {
    for (const { file, data } of exercises) expect(file).toBe(`${data.id}.yaml`);
  });

  it('cover every reason lesson at least once and the wrap-up twice', () => {
    const count = (lesson: string) => exercises.filter(({ data }) => data.lesson === lesson).length;
    for (const lesson of EXERCISE_LESSONS)
      expect(count(lesson), lesson).toBeGreaterThanOrEqual(lesson === 'wrap-up' ? 2 : 1);
  });

  it('each appear in their own lesson, and lessons use no unknown exercise', () => {
    const used = new Map<string, string>();
    for (const lesson of EXERCISE_LESSONS) {
      const source = readFileSync(join(root, 'src/content/lessons', `${lesson}.mdx`), 'utf8');
      for (const match of source.matchAll(/<Exercise id="([^"]+)"/g)) used.set(match[1] ?? '', lesson);
    }
    expect(Object.fromEntries(used)).toEqual(Object.fromEntries(exercises.map(({ data }) => [data.id, data.lesson])));
  });

  it.each(modelAnswers)('model answer %s is rated thoughtful', (name, data, answer) => {
    const result = gradeNote(answer, { limit: 200, scenario: scenarioFor(data) });
    const failing = result.criteria.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.message}`);
    expect(result.verdict, `${name}: "${answer}" scored ${result.score}; ${failing.join(' | ')}`).toBe('thoughtful');
  });

  it.each(exercises.map(({ data }) => [data.id, data] as const))(
    'the lazy note of %s is not thoughtful',
    (_id, data) => {
      expect(gradeNote(data.lazyNote, { limit: 200, scenario: scenarioFor(data) }).verdict).not.toBe('thoughtful');
    },
  );
});
