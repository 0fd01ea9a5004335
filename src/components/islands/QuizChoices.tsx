import type { QuestionOf } from '../../lib/schemas/question-schema.ts';
import type { Score } from '../../lib/quiz.ts';

/** Radio buttons (`single`) or checkboxes (`multiple`); native inputs, so arrow keys and space just work. */
export function QuizChoices(props: {
  question: QuestionOf<'single'> | QuestionOf<'multiple'>;
  name: string;
  selected: readonly string[];
  score: Score | null;
  onChange: (selected: string[]) => void;
}) {
  const { question, name, selected, score, onChange } = props;
  const multiple = question.type === 'multiple';
  const keys: readonly string[] = question.type === 'single' ? [question.answer] : question.answers;
  return (
    <ul class="quiz-options">
      {question.options.map((option) => {
        const id = `${name}-${option.id}`;
        const checked = selected.includes(option.id);
        const right = keys.includes(option.id);
        return (
          <li key={option.id}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={id}
              name={name}
              value={option.id}
              checked={checked}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                if (!multiple) onChange([option.id]);
                else onChange(on ? [...selected, option.id] : selected.filter((s) => s !== option.id));
              }}
            />
            <label htmlFor={id}>
              {option.text}
              {score && (right || checked) && <OptionMark right={right} checked={checked} />}
            </label>
          </li>
        );
      })}
    </ul>
  );
}

/** After checking: words and an icon beside an option, never colour alone. */
export function OptionMark({ right, checked }: { right: boolean; checked: boolean }) {
  if (right) {
    return (
      <span class="quiz-mark quiz-mark-good">
        <span aria-hidden="true"> ✓</span> {checked ? 'right answer, you chose it' : 'right answer'}
      </span>
    );
  }
  return (
    <span class="quiz-mark quiz-mark-bad">
      <span aria-hidden="true"> ✗</span> not this one
    </span>
  );
}
