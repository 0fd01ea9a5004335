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

const inOrder = [...lessons].sort((a, b) => a.data.order - b.data.order);
const slugOf = (lesson: (typeof lessons)[number]) => lesson.file.replace(/\.mdx$/, '');

describe('the lessons', () => {
  it('are numbered from 0 without gaps', () => {
    expect(inOrder.map((l) => l.data.order)).toEqual(lessons.map((_, i) => i));
  });

  it('open with the overview and close with the wrap-up', () => {
    expect(slugOf(inOrder[0]!)).toBe('why-the-default-fails');
    expect(slugOf(inOrder[inOrder.length - 1]!)).toBe('wrap-up');
  });

  it.each(inOrder.slice(0, -1).map((l, i) => [l.file, l, inOrder[i + 1]!] as const))(
    '%s ends by pointing to the lesson that follows it',
    (_file, lesson, next) => {
      const last = lesson.body.trim().split('\n').pop() ?? '';
      expect(last).toMatch(/^[^[]+: \[/);
      expect(last.endsWith(`[${next.data.title}](/lessons/${slugOf(next)}/)`), last).toBe(true);
    },
  );

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

  it.each(
    lessons.filter((l) => !l.data.reason && slugOf(l) !== 'why-the-default-fails').map((l) => [l.file, l] as const),
  )('%s ends with its takeaway, after “Your turn” when it has exercises', (_file, lesson) => {
    const headings = [...lesson.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.at(-1)).toBe('Takeaway');
    if (lesson.body.includes('<Exercise ')) expect(headings.at(-2)).toBe('Your turn');
  });
});
