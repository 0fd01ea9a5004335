import type { QuestionOf } from '../../lib/schemas/question-schema.ts';
import type { Score } from '../../lib/quiz.ts';
import { OptionMark } from './QuizChoices.tsx';

/** Two notes to the same person as a native radio group: which one would they accept? */
export function QuizBetterOfTwo(props: {
  question: QuestionOf<'better-of-two'>;
  name: string;
  choice: 'a' | 'b' | undefined;
  score: Score | null;
  onChange: (choice: 'a' | 'b') => void;
}) {
  const { question, name, choice, score, onChange } = props;
  const notes = [
    { key: 'a', label: 'Note A', text: question.noteA },
    { key: 'b', label: 'Note B', text: question.noteB },
  ] as const;
  return (
    <>
      <p class="quiz-context">{question.context}</p>
      <ul class="quiz-options quiz-notes">
        {notes.map((note) => (
          <li key={note.key}>
            <input
              type="radio"
              id={`${name}-${note.key}`}
              name={name}
              value={note.key}
              checked={choice === note.key}
              onChange={() => onChange(note.key)}
            />
            <label htmlFor={`${name}-${note.key}`}>
              <strong>{note.label}</strong>
              {score && (choice === note.key || question.better === note.key) && (
                <OptionMark right={question.better === note.key} checked={choice === note.key} />
              )}
              <span class="quiz-note">{note.text}</span>
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
