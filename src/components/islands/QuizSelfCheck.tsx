import { useRef, useState } from 'preact/hooks';
import { recordSelfCheck, updateProgress, type ProgressProblem } from '../../lib/progress.ts';
import type { BankQuestion } from '../../lib/schemas/question-schema.ts';
import { QuizQuestion } from './QuizQuestion.tsx';
import { QuizShell, scoreText, useHydrated } from './QuizShell.tsx';

/** Serializable props for a lesson's self-check. */
export interface QuizSelfCheckProps {
  /** The lesson's slug, under which the best self-check is saved. */
  lessonId: string;
  /** The questions to ask, all shown at once; never fix-it, so this island carries no grader code. */
  questions: BankQuestion[];
}

/** A lesson's self-check: a few questions with feedback straight away, a score and a retry. */
export default function QuizSelfCheck({ lessonId, questions }: QuizSelfCheckProps) {
  const hydrated = useHydrated();
  const [problem, setProblem] = useState<ProgressProblem | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [outcomes, setOutcomes] = useState<Record<string, boolean>>({});
  const first = useRef<HTMLParagraphElement>(null);
  const total = questions.length;
  const done = Object.keys(outcomes).length === total;
  const correct = Object.values(outcomes).filter(Boolean).length;

  const checked = (id: string, ok: boolean) => {
    const next = { ...outcomes, [id]: ok };
    setOutcomes(next);
    if (Object.keys(next).length === total) {
      const saved = updateProgress((p) =>
        recordSelfCheck(p, lessonId, { correct: Object.values(next).filter(Boolean).length, total }),
      );
      setProblem(saved.problem);
    }
  };
  const retry = () => {
    setOutcomes({});
    setAttempt(attempt + 1);
    first.current?.focus();
  };

  return (
    <QuizShell mode="self-check" hydrated={hydrated} problem={problem}>
      <p class="quiz-intro" ref={first} tabIndex={-1}>
        {total} quick questions on this lesson. Each one tells you straight away whether you got it, and why.
      </p>
      {questions.map((question) => (
        <QuizQuestion
          key={`${attempt}-${question.id}`}
          question={question}
          hydrated={hydrated}
          onChecked={(ok) => checked(question.id, ok)}
        />
      ))}
      <div role="status" aria-live="polite">
        {done && (
          <div class="quiz-summary">
            <p data-quiz-score={`${correct}/${total}`}>
              You got {scoreText({ correct, total })} right.{' '}
              {correct === total ? 'Well done!' : 'Read the feedback above, then try again.'}
            </p>
          </div>
        )}
      </div>
      {done && (
        <button type="button" class="button secondary" onClick={retry}>
          Try again
        </button>
      )}
    </QuizShell>
  );
}
