import { useState } from 'preact/hooks';
import type { HeadingTag } from './heading.ts';

interface Props {
  hints: readonly string[];
  /** The section heading's element. */
  Heading: HeadingTag;
  disabled: boolean;
}

/** Hints revealed one at a time, each announced as it appears. */
export function CoachHints({ hints, Heading, disabled }: Props) {
  const [shown, setShown] = useState(0);
  return (
    <div class="nc-panel">
      <Heading class="nc-subhead">Hints</Heading>
      <ol class="nc-hints" aria-live="polite">
        {hints.slice(0, shown).map((hint) => (
          <li>{hint}</li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" class="button secondary" disabled={disabled} onClick={() => setShown(shown + 1)}>
          Show hint {shown + 1} of {hints.length}
        </button>
      ) : (
        <p class="nc-muted">That’s every hint.</p>
      )}
    </div>
  );
}
