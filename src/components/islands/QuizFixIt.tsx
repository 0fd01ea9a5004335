import type { QuestionOf } from '../../lib/schemas/question-schema.ts';
import { VERDICT_LABELS, type Answer } from '../../lib/quiz.ts';

/** A labelled textarea for rewriting the question's note; the grader rates it when the learner checks. */
export function QuizFixIt(props: {
  question: QuestionOf<'fix-it'>;
  name: string;
  text: string;
  onChange: (text: string) => void;
}) {
  const { question, name, text, onChange } = props;
  return (
    <>
      <p class="quiz-context">
        The note: <q class="quiz-note">{question.note}</q>
      </p>
      <p class="quiz-hint">
        To count as right, the checker must rate your rewrite at least “{VERDICT_LABELS[question.required]}”.
      </p>
      <label class="quiz-label" htmlFor={`${name}-text`}>
        Your rewrite
      </label>
      <textarea
        id={`${name}-text`}
        class="quiz-textarea"
        rows={4}
        value={text}
        aria-describedby={`${name}-count`}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <p class="quiz-count" id={`${name}-count`}>
        {[...text].length} characters
      </p>
    </>
  );
}

/**
 * What a question needs to ask a fix-it question: the editor, and grading that loads the grader
 * only when a rewrite is checked. Only the final quiz passes it in, so lesson self-checks never
 * carry this code, the grader's chunk or Vite's preload helper.
 */
export interface FixItSupport {
  /** The rewrite box. */
  Editor: typeof QuizFixIt;
  /** Grades a rewrite; rejects when the grader cannot load. */
  grade: (question: QuestionOf<'fix-it'>, text: string) => Promise<Extract<Answer, { type: 'fix-it' }>>;
}

/** Fix-it support for the final quiz. */
export const FIX_IT: FixItSupport = {
  Editor: QuizFixIt,
  grade: async (question, text) => (await import('../../lib/quiz-fix-it.ts')).gradeFixIt(question, text),
};
