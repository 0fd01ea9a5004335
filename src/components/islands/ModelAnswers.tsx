import { useState } from 'preact/hooks';
import type { HeadingTag } from './heading.ts';

interface Props {
  answers: readonly string[];
  /** The section heading's element. */
  Heading: HeadingTag;
  /** True once the learner has written something of their own. */
  attempted: boolean;
  disabled: boolean;
}

/** Good rewrites, offered once the learner has tried their own. */
export function ModelAnswers({ answers, Heading, attempted, disabled }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div class="nc-panel">
      <Heading class="nc-subhead">Model answer</Heading>
      {open ? (
        answers.map((answer) => (
          <blockquote class="nc-model" data-model-answer>
            {answer}
          </blockquote>
        ))
      ) : (
        <>
          <button
            type="button"
            class="button secondary"
            disabled={disabled || !attempted}
            onClick={() => setOpen(true)}
          >
            Show a model answer
          </button>
          {!attempted && <p class="nc-muted">Write your own first: your own try teaches more than reading ours.</p>}
        </>
      )}
    </div>
  );
}
