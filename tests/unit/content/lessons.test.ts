import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REASON_IDS } from '../../../src/lib/reasons.ts';
import { LessonSchema } from '../../../src/lib/schemas/lesson-schema.ts';

const dir = resolve(import.meta.dirname, '../../../src/content/lessons');
const lessons = readdirSync(dir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    return { file, data: LessonSchema.parse(parse(frontMatter)), body };
  });

/** Words a reader reads: the body without imports, comments and component markup. */
function wordCount(body: string): number {
  const prose = body
    .replace(/^import .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<\w+[\s\S]*?\/>/g, (component) => [...component.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(' '));
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const REASON_SECTIONS = [
  'From the receiver’s side',
  'Before and after',
  'What to write instead',
  'Your turn',
  'Takeaway',
];

describe('the nine lessons', () => {
  it('are numbered 0 to 8 without gaps', () => {
    expect(lessons.map((l) => l.data.order).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('teach each reason exactly once, in the essay’s order', () => {
    const taught = lessons
      .filter((l) => l.data.reason)
      .sort((a, b) => a.data.order - b.data.order)
      .map((l) => l.data.reason);
    expect(taught).toEqual([...REASON_IDS]);
  });

  it.each(lessons.map((l) => [l.file, l] as const))('%s takes 3 to 6 minutes and says so', (_file, lesson) => {
    const minutes = wordCount(lesson.body) / 200;
    expect(lesson.data.minutes).toBeGreaterThanOrEqual(3);
    expect(lesson.data.minutes).toBeLessThanOrEqual(6);
    expect(Math.abs(minutes - lesson.data.minutes)).toBeLessThanOrEqual(1);
  });

  it.each(lessons.filter((l) => l.data.reason).map((l) => [l.file, l] as const))(
    '%s has the sections other pages link to',
    (_file, lesson) => {
      const headings = [...lesson.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings).toEqual(REASON_SECTIONS);
    },
  );
});
