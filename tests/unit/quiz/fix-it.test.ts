import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../src/lib/quiz.ts';
import { gradeFixIt } from '../../../src/lib/quiz-fix-it.ts';
import type { QuestionOf } from '../../../src/lib/schemas/question-schema.ts';
import { bank } from './real-bank.ts';

const fixIts = bank.filter((q): q is (typeof bank)[number] & QuestionOf<'fix-it'> => q.type === 'fix-it');

describe('fix-it questions graded by the real grader', () => {
  it.each(fixIts.map((q) => [q.id, q] as const))(
    '%s: the model answer is rated thoughtful, and so counts as right',
    (_id, question) => {
      const answer = gradeFixIt(question, question.modelAnswer);
      expect(answer.verdict).toBe('thoughtful');
      expect(scoreAnswer(question, answer)).toMatchObject({ correct: true });
    },
  );

  it.each(fixIts.map((q) => [q.id, q] as const))(
    '%s: the lazy note itself, or a bare hello, is wrong',
    (_id, question) => {
      expect(gradeFixIt(question, question.note).verdict).not.toBe('thoughtful');
      expect(scoreAnswer(question, gradeFixIt(question, 'Hi.')).correct).toBe(false);
    },
  );
});
