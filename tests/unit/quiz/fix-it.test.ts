import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scoreAnswer } from '../../../src/lib/quiz.ts';
import { gradeFixIt } from '../../../src/lib/quiz-fix-it.ts';
import { QuestionFileSchema, type QuestionOf } from '../../../src/lib/schemas/question-schema.ts';

const dir = resolve(import.meta.dirname, '../../../src/content/questions');
const fixIts = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => QuestionFileSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))).questions)
  .filter((q): q is QuestionOf<'fix-it'> => q.type === 'fix-it');

describe('fix-it questions graded by the real grader', () => {
  it.each(fixIts.map((q) => [q.id, q] as const))('%s: the model answer counts as right', (_id, question) => {
    const answer = gradeFixIt(question, question.modelAnswer);
    expect(scoreAnswer(question, answer), `verdict ${answer.verdict}`).toMatchObject({ correct: true });
  });

  it.each(fixIts.map((q) => [q.id, q] as const))(
    '%s: the lazy note itself, or a bare hello, is wrong',
    (_id, question) => {
      expect(gradeFixIt(question, question.note).verdict).not.toBe('thoughtful');
      expect(scoreAnswer(question, gradeFixIt(question, 'Hi.')).correct).toBe(false);
    },
  );
});
