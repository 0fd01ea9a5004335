import { useEffect, useRef } from 'preact/hooks';
import { describeAnswer, VERDICT_LABELS, type Score } from '../../lib/quiz.ts';
import type { BankQuestion, Question } from '../../lib/schemas/question-schema.ts';
import { withBase } from '../../lib/url.ts';

/** What the learner sees after checking: right or not (in words and an icon), the answer, why, and where to read more. */
export function QuizFeedback({ question, score }: { question: BankQuestion; score: Score }) {
  const box = useRef<HTMLDivElement>(null);
  // Checking disables the controls, so focus would fall to the page; the feedback is the next thing to read.
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} class={`quiz-feedback ${score.correct ? 'is-good' : 'is-bad'}`} tabIndex={-1} data-feedback>
      <p class="quiz-verdict">
        <span aria-hidden="true">{score.correct ? '✓ ' : '✗ '}</span>
        {score.correct ? 'Correct.' : 'Not quite.'}
      </p>
      {score.verdict && question.type === 'fix-it' && (
        <p>
          The checker rated your rewrite “{VERDICT_LABELS[score.verdict]}”; this question needs at least “
          {VERDICT_LABELS[question.required]}”.
        </p>
      )}
      {!score.correct && <Answer question={question} />}
      <p>{question.explanation}</p>
      <p>
        <a href={withBase(question.lessonSection)}>Read more in “{question.linkTitle}”</a>
      </p>
    </div>
  );
}

/** The right answer in words; also the content of the no-JavaScript `<details>`. */
export function Answer({ question }: { question: Question }) {
  const lines = describeAnswer(question);
  const heading =
    question.type === 'spot-phrases'
      ? 'The lazy phrases:'
      : question.type === 'fix-it'
        ? 'One rewrite that works:'
        : 'The answer:';
  return (
    <div class="quiz-answer">
      <p>{heading}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
