import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FORMULA, ONE_MINUTE_CHECK } from '../../../src/lib/checklist.ts';
import { REASON_IDS } from '../../../src/lib/reasons.ts';
import { ExerciseSchema } from '../../../src/lib/schemas/exercise-schema.ts';
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

describe('what the lessons teach in one place', () => {
  const wrapUp = lessons.find((l) => l.file === 'wrap-up.mdx')!;
  const exercisesDir = resolve(import.meta.dirname, '../../../src/content/exercises');
  const hints = readdirSync(exercisesDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => ExerciseSchema.parse(parse(readFileSync(join(exercisesDir, file), 'utf8'))).hints);

  it('the wrap-up teaches the formula the checklist prints', () => {
    const parts = [...wrapUp.body.matchAll(/^\d\. \*\*(.+?)\.\*\*/gm)].map((m) => m[1]);
    expect(parts).toEqual(FORMULA.map((part) => part.lead));
  });

  it('every hint that names the formula names its parts as taught', () => {
    const formulaHints = hints.filter((hint) => /formula/i.test(hint));
    expect(formulaHints.length).toBeGreaterThan(0);
    for (const hint of formulaHints)
      for (const part of FORMULA) expect(hint.toLowerCase(), hint).toContain(part.lead.toLowerCase());
  });

  it('the one-minute check is written out in one lesson only, and the others link to it', () => {
    const withCheck = lessons.filter((l) => l.body.includes('items={ONE_MINUTE_CHECK}')).map((l) => l.file);
    expect(withCheck).toEqual(['looks-lazy.mdx']);
    for (const lesson of lessons.filter((l) => l.file !== 'looks-lazy.mdx')) {
      for (const [section = ''] of lesson.body.matchAll(/^#+ .*one-minute check.*\n[\s\S]*?(?=^#|$(?![\s\S]))/gim))
        expect(section, `${lesson.file} lists its own check`).not.toMatch(/^(?:[-*]|\d+\.) /m);
      for (const item of ONE_MINUTE_CHECK) expect(lesson.body, lesson.file).not.toContain(item.lead);
    }
  });

  it('the rapport tips are listed in one lesson only', () => {
    const tip = /^- .*comment on their posts/im;
    expect(lessons.filter((l) => tip.test(l.body)).map((l) => l.file)).toEqual(['doing-you-a-favour.mdx']);
  });

  it.each(lessons.map((l) => [l.file, l] as const))(
    '%s states the right length for each note it counts',
    (_file, lesson) => {
      for (const [, note = '', stated] of lesson.body.matchAll(/^> (.+)\n\nThat is (\d+) characters/gm))
        expect([...note].length, note).toBe(Number(stated));
    },
  );
});
