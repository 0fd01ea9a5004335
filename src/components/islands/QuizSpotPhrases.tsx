import type { QuestionOf } from '../../lib/schemas/question-schema.ts';
import type { Score } from '../../lib/quiz.ts';

/**
 * The note as toggle buttons (`aria-pressed`): Tab reaches each phrase, Enter or Space marks it.
 * The parent fieldset disables them until hydrated and after checking.
 */
export function QuizSpotPhrases(props: {
  question: QuestionOf<'spot-phrases'>;
  selected: readonly number[];
  score: Score | null;
  onChange: (selected: number[]) => void;
}) {
  const { question, selected, score, onChange } = props;
  return (
    <>
      <p class="quiz-hint">Select each lazy phrase. Select it again to unmark it.</p>
      <p class="quiz-phrases">
        {question.phrases.map((phrase, index) => {
          const pressed = selected.includes(index);
          return (
            <button
              key={index}
              type="button"
              class="quiz-phrase"
              aria-pressed={pressed}
              onClick={() => onChange(pressed ? selected.filter((i) => i !== index) : [...selected, index])}
            >
              <span class="quiz-phrase-text">{phrase.text.trim()}</span>
              {score && (phrase.lazy || pressed) && <PhraseMark lazy={phrase.lazy} pressed={pressed} />}
            </button>
          );
        })}
      </p>
    </>
  );
}

function PhraseMark({ lazy, pressed }: { lazy: boolean; pressed: boolean }) {
  const [icon, words, kind] = lazy
    ? pressed
      ? ['✓', 'lazy, you found it', 'good']
      : ['!', 'lazy, missed', 'bad']
    : ['✗', 'not lazy', 'bad'];
  return (
    <span class={`quiz-mark quiz-mark-${kind}`}>
      <span aria-hidden="true"> {icon}</span> ({words})
    </span>
  );
}
