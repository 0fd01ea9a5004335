/**
 * The real question bank and lessons, read from `src/content/` the way the build reads them, for the
 * quiz tests: every file validated (a failure names the file and the field), each question with its
 * lesson and link title.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { sortLessons } from '../../../src/lib/course.ts';
import { LessonSchema } from '../../../src/lib/schemas/lesson-schema.ts';
import {
  bankFromFiles,
  QuestionFileSchema,
  type BankFile,
  type BankQuestion,
  type LessonTitle,
} from '../../../src/lib/schemas/question-schema.ts';

/** The repository's root folder. */
export const root = resolve(import.meta.dirname, '../../..');
const questionDir = join(root, 'src/content/questions');
const lessonDir = join(root, 'src/content/lessons');

/** One lesson as its MDX file has it. */
export interface LessonFile extends LessonTitle {
  /** The MDX after the front matter. */
  body: string;
  /** The anchors of its headings, as Astro's Markdown slugger makes them. */
  anchors: Set<string>;
}

/** Every lesson, in course order. */
export const lessonFiles: LessonFile[] = sortLessons(
  readdirSync(lessonDir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(join(lessonDir, file), 'utf8');
      const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
      const data = LessonSchema.parse(parse(frontMatter));
      const slugger = new GithubSlugger();
      const anchors = new Set([...body.matchAll(/^#{2,6} (.+)$/gm)].map((match) => slugger.slug(match[1] ?? '')));
      return { id: file.replace(/\.mdx$/, ''), title: data.title, body, anchors, data };
    }),
);

/** Every file of the bank, validated. */
export const bankFiles: BankFile[] = readdirSync(questionDir)
  .filter((file) => file.endsWith('.yaml'))
  .sort()
  .map((name) => {
    const file = `src/content/questions/${name}`;
    const result = QuestionFileSchema.safeParse(parse(readFileSync(join(questionDir, name), 'utf8')));
    if (!result.success) {
      throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return { file, lesson: name.replace(/\.yaml$/, ''), questions: result.data.questions };
  });

/** The whole bank, as the site builds it. */
export const bank: BankQuestion[] = bankFromFiles(bankFiles, lessonFiles);
