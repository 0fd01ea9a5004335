import { useRef, useState } from 'preact/hooks';
import { MAX_GRADED_CHARS } from '../../lib/exercise.ts';
import { countCharacters } from '../../lib/grader/length.ts';
import { COPY_BY_HAND, copyText } from './clipboard.ts';
import { GRADER_LOAD_FAILED } from './use-coach-engine.ts';
import type { NoteCoachState } from './use-note-coach.ts';

interface Props {
  coach: NoteCoachState;
  mode: 'exercise' | 'check';
  /** Prefix for the ids of the fields. */
  base: string;
  /** The note box's label. */
  label: string;
}

const number = (n: number) => n.toLocaleString('en-GB');

/** The checker's name field, the note box and its count, the limit and the actions. */
export function NoteEditor({ coach, mode, base, label }: Props) {
  const { hydrated, draft, limit } = coach;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [linkFallback, setLinkFallback] = useState('');
  const characters = countCharacters(draft);
  const empty = draft.trim() === '';

  const copyNote = async () => {
    if (await copyText(draft)) {
      coach.setStatus('Note copied. On LinkedIn, Connect usually offers “Add a note”: paste it there.');
      return;
    }
    textarea.current?.select();
    coach.setStatus(COPY_BY_HAND);
  };

  const copyLink = async () => {
    const engine = await coach.whenReady().catch(() => undefined);
    if (!engine) {
      coach.setStatus(GRADER_LOAD_FAILED);
      return;
    }
    const link = engine.noteLink(location.href, draft, coach.name);
    if (await copyText(link)) {
      setLinkFallback('');
      coach.setStatus(
        'Link copied. Whoever opens it sees this note with its feedback; the note stays in the link, never on a server.',
      );
      return;
    }
    setLinkFallback(link);
    coach.setStatus('Your browser did not let the site copy. The link is in the box below: select it and copy it.');
  };

  return (
    <>
      {mode === 'check' && (
        <p class="nc-field nc-name">
          <label htmlFor={`${base}-name`}>Their first name (optional)</label>
          <input
            id={`${base}-name`}
            type="text"
            autoComplete="off"
            maxLength={80}
            value={coach.name}
            disabled={!hydrated}
            aria-describedby={`${base}-name-help`}
            onInput={(event) => coach.onName(event.currentTarget.value)}
          />
          <span id={`${base}-name-help`} class="nc-muted">
            The checker tells you if the note greets someone else.
          </span>
        </p>
      )}
      <p class="nc-field nc-note">
        <label htmlFor={`${base}-note`}>{label}</label>
        <textarea
          ref={textarea}
          id={`${base}-note`}
          rows={5}
          value={draft}
          disabled={!hydrated}
          aria-describedby={`${base}-count`}
          onFocus={coach.wake}
          onInput={(event) => coach.onInput(event.currentTarget.value)}
          onBlur={coach.settleNow}
        />
        <span id={`${base}-count`} class={characters > limit ? 'nc-count nc-over' : 'nc-count'}>
          {number(characters)} of {limit} characters
          {characters > limit && <strong> · {number(characters - limit)} over the limit you chose</strong>}
        </span>
        {draft.length > MAX_GRADED_CHARS && (
          <span class="nc-muted"> Only the first {number(MAX_GRADED_CHARS)} characters are checked and saved.</span>
        )}
      </p>
      <fieldset class="nc-limit" disabled={!hydrated} aria-describedby={`${base}-limit-help`}>
        <legend>Note limit for the sender’s account</legend>
        {([200, 300] as const).map((value) => (
          <label>
            <input
              type="radio"
              name={`${base}-limit`}
              value={value}
              checked={limit === value}
              onChange={() => coach.onLimit(value)}
            />{' '}
            {value === 200 ? 'Free: 200 characters' : 'Premium: 300 characters'}
          </label>
        ))}
        <span id={`${base}-limit-help`} class="nc-muted">
          200 is widely reported for free accounts, though LinkedIn does not publish it; Premium gets 300.
        </span>
      </fieldset>
      <p class="nc-actions">
        <button type="button" class="button" disabled={!hydrated || empty} onClick={() => void copyNote()}>
          Copy note
        </button>
        {mode === 'check' && (
          <button type="button" class="button secondary" disabled={!hydrated || empty} onClick={() => void copyLink()}>
            Copy link to this note with feedback
          </button>
        )}
        {coach.undo === undefined ? (
          <button type="button" class="button secondary" disabled={!hydrated || empty} onClick={coach.startOver}>
            Start over
          </button>
        ) : (
          <button type="button" class="button secondary" onClick={coach.undoStartOver}>
            Undo
          </button>
        )}
      </p>
      {linkFallback && (
        <p class="nc-field">
          <label htmlFor={`${base}-link`}>Link to this note with feedback</label>
          <input
            id={`${base}-link`}
            type="text"
            readOnly
            value={linkFallback}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
    </>
  );
}
