import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REASON_IDS } from '../../../src/lib/reasons.ts';
import {
  bankProblems,
  MIN_QUESTIONS_PER_REASON,
  QUESTION_TYPES,
  QuestionFileSchema,
  type BankFile,
} from '../../../src/lib/schemas/question-schema.ts';

const root = resolve(import.meta.dirname, '../../..');
const dir = join(root, 'src/content/questions');
const files = readdirSync(dir).filter((file) => file.endsWith('.yaml'));

/** Every file of the real bank, validated; a failure names the file and the field. */
const bank: BankFile[] = files.map((name) => {
  const file = `src/content/questions/${name}`;
  const result = QuestionFileSchema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return { file, questions: result.data.questions };
});
const questions = bank.flatMap((file) => file.questions);

/** The heading anchors of a lesson, as Astro's Markdown slugger makes them. */
function anchorsOf(slug: string): Set<string> {
  const source = readFileSync(join(root, 'src/content/lessons', `${slug}.mdx`), 'utf8');
  const slugger = new GithubSlugger();
  return new Set([...source.matchAll(/^#{2,6} (.+)$/gm)].map((match) => slugger.slug(match[1] ?? '')));
}

describe('the question bank', () => {
  it('passes the bank rules', () => {
    expect(bankProblems(bank)).toEqual([]);
  });

  it('holds at least 40 questions, at least five per reason', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    for (const reason of REASON_IDS) {
      expect(questions.filter((q) => q.reason === reason).length, reason).toBeGreaterThanOrEqual(
        MIN_QUESTIONS_PER_REASON,
      );
    }
  });

  it('uses every type at least four times', () => {
    for (const type of QUESTION_TYPES) {
      expect(questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(4);
    }
  });

  it('links every explanation to a section that exists in its lesson', () => {
    for (const question of questions) {
      const [, slug = '', anchor] = /^\/lessons\/([^/]+)\/(?:#(.+))?$/.exec(question.lessonSection) ?? [];
      if (anchor) expect(anchorsOf(slug), `${question.id}: lessonSection`).toContain(anchor);
    }
  });

  it('keeps every note within the free account’s 200 characters', () => {
    for (const question of questions) {
      const notes =
        question.type === 'better-of-two'
          ? [question.noteA, question.noteB]
          : question.type === 'spot-phrases'
            ? [question.note]
            : question.type === 'fix-it'
              ? [question.note, question.modelAnswer]
              : [];
      for (const note of notes) expect([...note].length, question.id).toBeLessThanOrEqual(200);
    }
  });
});
