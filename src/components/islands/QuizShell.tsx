import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PROBLEM_MESSAGES, type ProgressProblem } from '../../lib/progress.ts';
import { percent } from '../../lib/quiz.ts';

/** The attempt as words, e.g. "10 of 12 (83%)". */
export function scoreText(attempt: { correct: number; total: number }): string {
  return `${attempt.correct} of ${attempt.total} (${percent(attempt.correct, attempt.total)}%)`;
}

/** False while server-rendered, true once the island runs: controls stay disabled until then. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** The root both quiz islands share: the stable hooks, and a message when progress cannot be saved. */
export function QuizShell(props: {
  mode: 'self-check' | 'final';
  hydrated: boolean;
  problem: ProgressProblem | undefined;
  children: ComponentChildren;
}) {
  const { mode, hydrated, problem, children } = props;
  return (
    <div class="quiz" data-quiz={mode} data-hydrated={hydrated ? '' : undefined}>
      {children}
      {problem && (
        <p class="quiz-problem" role="alert">
          {PROBLEM_MESSAGES[problem]}
        </p>
      )}
    </div>
  );
}
