import { useEffect, useRef, useState } from 'preact/hooks';
import {
  loadProgress,
  recordQuizResult,
  updateProgress,
  type Attempt,
  type Progress,
  type ProgressProblem,
} from '../../lib/progress.ts';
import { certificateRule, certificateStatus, courseCounts, type LessonPlan } from '../../lib/course-progress.ts';
import {
  breakdown,
  drawQuiz,
  hasPassed,
  newSeed,
  PASS_MARK,
  QUIZ_SIZE,
  rememberQuizQuestions,
  type Outcome,
  type ResultRow,
} from '../../lib/quiz.ts';
import type { BankQuestion, LessonTitle } from '../../lib/schemas/question-schema.ts';
import { withBase } from '../../lib/url.ts';
import { FIX_IT } from './QuizFixIt.tsx';
import { QuizQuestion } from './QuizQuestion.tsx';
import { QuizShell, scoreText, useHydrated } from './QuizShell.tsx';

/** Serializable props for the final quiz (lesson self-checks are the QuizSelfCheck island). */
export interface QuizProps {
  /** Root-relative URL of the questions it may draw, as JSON (a build-time endpoint), so the page's HTML stays small. */
  bankPath: string;
  /** Every lesson in course order, to title the results for questions on no reason. */
  lessons: LessonTitle[];
  /** The course map's lessons (paths with the base), so a passing result can say what is left before the certificate. */
  plans: LessonPlan[];
}

type Phase = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'results' };

/**
 * The final quiz: twelve questions drawn from the bank (never a self-check's), one at a time, then
 * the results. "Try again" draws questions the last attempt did not ask, while the bank has enough.
 */
export default function Quiz({ bankPath, lessons, plans }: QuizProps) {
  const hydrated = useHydrated();
  const [problem, setProblem] = useState<ProgressProblem | undefined>();
  const [bank, setBank] = useState<BankQuestion[] | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [best, setBest] = useState<Attempt | undefined>();
  const [lastIds, setLastIds] = useState<readonly string[]>([]);
  const [saved, setSaved] = useState<Progress | undefined>();
  const [draw, setDraw] = useState<{ seed: number; questions: BankQuestion[] }>({ seed: 0, questions: [] });
  const [phase, setPhase] = useState<Phase>({ kind: 'intro' });
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const progressLine = useRef<HTMLParagraphElement>(null);
  const resultsTitle = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const loaded = loadProgress();
    setBest(loaded.progress.quiz.best);
    setLastIds(loaded.progress.quiz.lastQuestionIds ?? []);
    if (loaded.problem && loaded.problem !== 'unavailable') setProblem(loaded.problem);
    fetch(withBase(bankPath))
      .then((response) =>
        response.ok ? (response.json() as Promise<BankQuestion[]>) : Promise.reject(new Error(String(response.status))),
      )
      .then(setBank, () => setLoadError(true));
  }, []);

  // Each new step (a question or the results) takes focus, so keyboard and screen reader users follow along.
  useEffect(() => {
    if (phase.kind === 'question') progressLine.current?.focus();
    if (phase.kind === 'results') resultsTitle.current?.focus();
  }, [phase]);

  const start = () => {
    if (!bank) return;
    const seed = newSeed();
    setDraw({ seed, questions: drawQuiz(bank, seed, { avoid: lastIds }) });
    setOutcomes([]);
    setAnnouncement('');
    setPhase({ kind: 'question', index: 0 });
  };

  const total = draw.questions.length;
  const correct = outcomes.filter((o) => o.correct).length;

  const next = () => {
    if (phase.kind !== 'question') return;
    if (phase.index + 1 < total) {
      setPhase({ kind: 'question', index: phase.index + 1 });
      return;
    }
    const ids = draw.questions.map((question) => question.id);
    const result = updateProgress((p) => rememberQuizQuestions(recordQuizResult(p, { correct, total }), ids));
    setProblem(result.problem);
    setBest(result.progress.quiz.best);
    setLastIds(ids);
    setSaved(result.progress);
    setAnnouncement(
      `Quiz finished. You scored ${scoreText({ correct, total })}. ${hasPassed(correct, total) ? 'You passed.' : 'Not a pass yet.'}`,
    );
    setPhase({ kind: 'results' });
  };

  return (
    <QuizShell mode="final" hydrated={hydrated} problem={problem}>
      {phase.kind === 'question'
        ? renderQuestion(phase.index)
        : phase.kind === 'results'
          ? renderResults()
          : renderIntro()}
      <Announcer text={announcement} />
    </QuizShell>
  );

  function renderQuestion(index: number) {
    const question = draw.questions[index];
    const answered = outcomes.length > index;
    return (
      <>
        <p class="quiz-progress" ref={progressLine} tabIndex={-1}>
          Question {index + 1} of {total}
          <progress max={total} value={index + 1} aria-hidden="true" />
        </p>
        {question && (
          <QuizQuestion
            key={`${draw.seed}-${index}`}
            question={question}
            hydrated={hydrated}
            onChecked={(ok) =>
              setOutcomes([...outcomes, { reason: question.reason, lesson: question.lesson, correct: ok }])
            }
            fixIt={FIX_IT}
          />
        )}
        {answered && (
          <button type="button" class="button" onClick={next}>
            {index + 1 < total ? 'Next question' : 'See your results'}
          </button>
        )}
      </>
    );
  }

  function renderResults() {
    const passed = hasPassed(correct, total);
    const rows = breakdown(outcomes, lessons);
    const revisit = [...rows.reasons, ...rows.others].filter((row) => row.correct < row.total);
    return (
      <>
        <h2 class="quiz-results-title" ref={resultsTitle} tabIndex={-1}>
          Your results
        </h2>
        <p class={`quiz-score ${passed ? 'is-good' : 'is-bad'}`} data-quiz-score={`${correct}/${total}`}>
          <span aria-hidden="true">{passed ? '✓ ' : '✗ '}</span>
          You scored {scoreText({ correct, total })}.{' '}
          {passed
            ? 'You passed. You can tell a note that works from one that only looks friendly.'
            : `The pass mark is ${Math.round(PASS_MARK * 100)}%. Not a pass yet, but the lessons below will get you there.`}
        </p>
        {passed && saved && renderCertificate(saved)}
        <ResultTable caption="Your score by reason" heading="Reason" rows={rows.reasons} />
        <ResultTable caption="Your score on other topics" heading="Lesson" rows={rows.others} />
        {revisit.length > 0 && (
          <p>
            Lessons to revisit:{' '}
            {revisit.map((row, i) => (
              <span key={row.key}>
                {i > 0 && ', '}
                <a href={withBase(row.href)}>{row.label}</a>
              </span>
            ))}
            .
          </p>
        )}
        {best && <p class="quiz-best">Your best score: {scoreText(best)}.</p>}
        <button type="button" class="button" onClick={start}>
          Try again with new questions
        </button>
      </>
    );
  }

  /** After a pass: the certificate, or what is left before it, by the course's rule for completion. */
  function renderCertificate(progress: Progress) {
    const state = certificateStatus(plans, progress);
    const rule = certificateRule(courseCounts(plans));
    if (state.earned) {
      return (
        <p class="quiz-certificate">
          That completes the course. <a href={withBase('/complete/')}>Get your certificate</a>. {rule}
        </p>
      );
    }
    const left = state.lessonsLeft;
    return (
      <div class="quiz-certificate">
        <p>
          Your pass counts towards <a href={withBase('/complete/')}>your certificate</a>. {rule} Still to do:{' '}
          {left.length === 1 ? 'one lesson' : `${left.length} lessons`}:
        </p>
        <ul>
          {left.map(({ plan }) => (
            <li key={plan.id}>
              <a href={plan.path}>{plan.title}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  function renderIntro() {
    return (
      <>
        <p>
          {QUIZ_SIZE} questions from across the course, none of them from the lessons’ self-checks. You see after each
          one whether you got it right, and why. The pass mark is {Math.round(PASS_MARK * 100)}%.
        </p>
        {loadError && (
          <p class="quiz-problem" role="alert">
            The questions could not be loaded. Check your connection and reload the page.
          </p>
        )}
        <button type="button" class="button" onClick={start} disabled={!hydrated || !bank}>
          Start the quiz
        </button>
        {/* Under the button: it is known only once hydrated, and here it pushes nothing the learner is reading. */}
        {best && <p class="quiz-best">Your best score so far: {scoreText(best)}.</p>}
      </>
    );
  }
}

/** One table of results, or nothing when no question of its kind was asked. */
function ResultTable({ caption, heading, rows }: { caption: string; heading: string; rows: ResultRow[] }) {
  if (rows.length === 0) return null;
  return (
    <table class="quiz-breakdown">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Right</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <a href={withBase(row.href)}>{row.label}</a>
            </th>
            <td>
              {row.correct} of {row.total}
              {row.correct < row.total && ' (worth a revisit)'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A polite live region that stays in the page, so what lands in it is read out. */
function Announcer({ text }: { text: string }) {
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  );
}
