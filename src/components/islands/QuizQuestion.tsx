import { useId, useState } from 'preact/hooks';
import { scoreAnswer, type Answer as QuizAnswer, type Score } from '../../lib/quiz.ts';
import type { BankQuestion, Question } from '../../lib/schemas/question-schema.ts';
import { withBase } from '../../lib/url.ts';
import { QuizBetterOfTwo } from './QuizBetterOfTwo.tsx';
import { QuizChoices } from './QuizChoices.tsx';
import { Answer, QuizFeedback } from './QuizFeedback.tsx';
import type { FixItSupport } from './QuizFixIt.tsx';
import { QuizSpotPhrases } from './QuizSpotPhrases.tsx';

/** What the learner has picked so far, whatever the question type. */
interface Draft {
  options: string[];
  choice?: 'a' | 'b';
  phrases: number[];
  text: string;
}

/** Why a check could not run yet, in words. */
const EMPTY_MESSAGES: Record<Question['type'], string> = {
  single: 'Choose an answer first.',
  multiple: 'Select at least one answer first.',
  'better-of-two': 'Choose Note A or Note B first.',
  'spot-phrases': 'Select at least one phrase first.',
  'fix-it': 'Rewrite the note first: change it in the box above.',
};

/** The draft as an answer to score, or undefined while there is nothing to check. */
function toAnswer(question: Question, draft: Draft): Exclude<QuizAnswer, { type: 'fix-it' }> | undefined {
  switch (question.type) {
    case 'single':
      return draft.options[0] ? { type: 'single', optionId: draft.options[0] } : undefined;
    case 'multiple':
      return draft.options.length > 0 ? { type: 'multiple', optionIds: draft.options } : undefined;
    case 'better-of-two':
      return draft.choice ? { type: 'better-of-two', choice: draft.choice } : undefined;
    case 'spot-phrases':
      return draft.phrases.length > 0 ? { type: 'spot-phrases', selected: draft.phrases } : undefined;
    case 'fix-it':
      return undefined;
  }
}

/**
 * One question: a fieldset with its legend, the controls for its type, a Check button and then the
 * feedback. Without JavaScript it shows the answer in `<details>` (hidden by CSS when scripting is on);
 * the Check button is there from the start, disabled until hydrated, so hydrating moves nothing.
 */
export function QuizQuestion(props: {
  question: BankQuestion;
  hydrated: boolean;
  onChecked: (correct: boolean) => void;
  /** Needed only to ask fix-it questions; lesson self-checks never do, and so never load it. */
  fixIt?: FixItSupport;
}) {
  const { question, hydrated, onChecked, fixIt } = props;
  const name = `q${useId()}`;
  const [draft, setDraft] = useState<Draft>({
    options: [],
    phrases: [],
    text: question.type === 'fix-it' ? question.note : '',
  });
  const [score, setScore] = useState<Score | null>(null);
  const [message, setMessage] = useState('');
  const [grading, setGrading] = useState(false);
  const change = (patch: Partial<Draft>) => {
    setMessage('');
    setDraft({ ...draft, ...patch });
  };

  const finish = (result: Score) => {
    setScore(result);
    onChecked(result.correct);
  };

  const check = async () => {
    if (question.type === 'fix-it') {
      if (!fixIt) return;
      if (draft.text.trim() === question.note.trim() || draft.text.trim() === '') {
        setMessage(EMPTY_MESSAGES['fix-it']);
        return;
      }
      setGrading(true);
      try {
        finish(scoreAnswer(question, await fixIt.grade(question, draft.text)));
      } catch {
        setMessage('The checker could not load. Check your connection and try again; your rewrite is still here.');
      } finally {
        setGrading(false);
      }
      return;
    }
    const answer = toAnswer(question, draft);
    if (!answer) {
      setMessage(EMPTY_MESSAGES[question.type]);
      return;
    }
    finish(scoreAnswer(question, answer));
  };

  return (
    <div class="quiz-question" data-question data-question-type={question.type} data-question-id={question.id}>
      <fieldset disabled={!hydrated || score !== null || grading}>
        <legend>{question.prompt}</legend>
        {(question.type === 'single' || question.type === 'multiple') && (
          <QuizChoices
            question={question}
            name={name}
            selected={draft.options}
            score={score}
            onChange={(options) => change({ options })}
          />
        )}
        {question.type === 'better-of-two' && (
          <QuizBetterOfTwo
            question={question}
            name={name}
            choice={draft.choice}
            score={score}
            onChange={(choice) => change({ choice })}
          />
        )}
        {question.type === 'spot-phrases' && (
          <QuizSpotPhrases
            question={question}
            selected={draft.phrases}
            score={score}
            onChange={(phrases) => change({ phrases })}
          />
        )}
        {question.type === 'fix-it' && fixIt && (
          <fixIt.Editor question={question} name={name} text={draft.text} onChange={(text) => change({ text })} />
        )}
      </fieldset>
      {!hydrated && (
        <details class="quiz-static">
          <summary>Show the answer</summary>
          <Answer question={question} />
          <p>{question.explanation}</p>
          <p>
            <a href={withBase(question.lessonSection)}>Read more in “{question.linkTitle}”</a>
          </p>
        </details>
      )}
      {score === null && (
        <div class="quiz-actions">
          <button type="button" class="button" onClick={() => void check()} disabled={!hydrated || grading}>
            {grading ? 'Checking…' : 'Check answer'}
          </button>
          <p class="quiz-message" role="status">
            {message}
          </p>
        </div>
      )}
      {score && <QuizFeedback question={question} score={score} />}
    </div>
  );
}
