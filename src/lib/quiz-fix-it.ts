/**
 * Grading for fix-it questions, kept apart from `quiz.ts` so the quiz island can load the grader
 * with a dynamic `import()` only when a learner checks a rewrite.
 */
import { gradeNote } from './grader/index.ts';
import type { Answer } from './quiz.ts';
import type { QuestionOf } from './schemas/question-schema.ts';

/** A rewrite graded by the course's grader, as an answer `scoreAnswer` can score. */
export function gradeFixIt(question: QuestionOf<'fix-it'>, text: string): Extract<Answer, { type: 'fix-it' }> {
  const result = gradeNote(text, question.scenario ? { scenario: question.scenario } : {});
  return { type: 'fix-it', text, verdict: result.verdict };
}
