import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  MAX_GRADED_CHARS,
  feedbackSummary,
  gradedPart,
  mentionsName,
  noteLink,
  readNoteFragment,
} from '../../lib/exercise.ts';
import { countCharacters } from '../../lib/grader/length.ts';
import type { NoteLimit } from '../../lib/grader/limits.ts';
import type { Result, Scenario } from '../../lib/grader/result-schema.ts';
import { PROBLEM_MESSAGES, loadProgress, markExerciseDone, updateProgress } from '../../lib/progress.ts';
import { withBase } from '../../lib/url.ts';
import { COPY_BY_HAND, copyText } from './clipboard.ts';
import { Feedback, type HeadingLevel } from './Feedback.tsx';

/** How long typing must pause before the live region speaks, so it never chatters per keystroke. */
const ANNOUNCE_PAUSE_MS = 600;

/** The grader's one function; it arrives on demand, since it is most of the page's JavaScript. */
type GradeNote = (typeof import('../../lib/grader/index.ts'))['gradeNote'];

/** Shown when the grader's file cannot be fetched, e.g. the learner went offline after the page loaded. */
export const GRADER_LOAD_FAILED = 'The checker could not load; your note is safe here — reload to try again.';

/** Serializable props: the exercise island and the checker page use the same component. */
export interface NoteCoachProps {
  /** `exercise` inside a lesson, `check` on the checker page. */
  mode: 'exercise' | 'check';
  /** The exercise id (saved in progress), or `check`. */
  id: string;
  /** The note the textarea starts with: the exercise's lazy note, or empty on the checker. */
  initialNote: string;
  /** Who the note is for, in the textarea's label; the checker asks for it instead. */
  recipientName?: string;
  /** What the grader should look for in this exercise's scenario. */
  scenario?: Scenario;
  /** Progressive hints, revealed one at a time. */
  hints?: string[];
  /** Good rewrites, offered once the learner has tried their own. */
  modelAnswers?: string[];
  /** Level of the island's own headings, one below the heading that holds it. */
  headingLevel?: HeadingLevel;
  /**
   * The page's own `<Feedback>` on `initialNote` at the 200-character limit, rendered on the server
   * as a slot: shown until the grader arrives, and sent once, as HTML, rather than again as props.
   */
  children?: ComponentChildren;
}

function grade(gradeNote: GradeNote, text: string, limit: NoteLimit, scenario: Scenario | undefined): Result {
  return gradeNote(gradedPart(text), scenario ? { limit, scenario } : { limit });
}

/** The rewrite exercise and the note checker: a draft, live feedback, hints and saved completion. */
export default function NoteCoach(props: NoteCoachProps) {
  const {
    mode,
    id,
    initialNote,
    recipientName,
    scenario,
    hints = [],
    modelAnswers = [],
    headingLevel = 3,
    children,
  } = props;
  const Heading = `h${headingLevel}` as const;
  const [hydrated, setHydrated] = useState(false);
  const [draft, setDraft] = useState(initialNote);
  const [graded, setGraded] = useState(initialNote);
  const [limit, setLimit] = useState<NoteLimit>(200);
  const [name, setName] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [hintsShown, setHintsShown] = useState(0);
  const [showModel, setShowModel] = useState(false);
  const [status, setStatus] = useState('');
  const [linkFallback, setLinkFallback] = useState('');
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState('');
  const [grader, setGrader] = useState<{ gradeNote: GradeNote } | 'loading' | 'failed' | undefined>(undefined);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const frame = useRef(0);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const bestSaved = useRef(-1);
  const loadStarted = useRef(false);
  const announceOnLoad = useRef(false);

  const gradeNote = typeof grader === 'object' ? grader.gradeNote : undefined;
  // Until the grader arrives there is no result here: the server's feedback (children) stands in.
  const result = useMemo(
    () => (gradeNote ? grade(gradeNote, graded, limit, scenario) : undefined),
    [gradeNote, graded, limit],
  );
  // The pause timer fires after later renders; it must read the limit and grader of the latest one.
  const latest = useRef({ limit, gradeNote });
  latest.current = { limit, gradeNote };
  const checkName = name.trim();
  const characters = countCharacters(draft);
  const attempted = draft !== initialNote;
  const base = `nc-${id}`;

  // Fetches the grader once, on the learner's first move; a failed fetch may be retried by the next one.
  const loadGrader = () => {
    if (loadStarted.current) return;
    loadStarted.current = true;
    // After a failure the message stays up while the next try runs.
    setGrader((now) => (now === 'failed' ? now : 'loading'));
    import('../../lib/grader/index.ts').then(
      (module) => {
        latest.current.gradeNote = module.gradeNote;
        setGrader({ gradeNote: module.gradeNote });
        if (announceOnLoad.current) announceNow();
      },
      () => {
        loadStarted.current = false;
        setGrader('failed');
      },
    );
  };

  useEffect(() => {
    setHydrated(true);
    if (mode === 'exercise') {
      const loaded = loadProgress();
      if (loaded.progress.exercises[id]) setDone(true);
      if (loaded.problem) setProblem(PROBLEM_MESSAGES[loaded.problem]);
      return undefined;
    }
    const openFromHash = () => {
      const found = readNoteFragment(location.hash);
      if (found.kind === 'error') setStatus(found.message);
      if (found.kind !== 'note') return;
      loadGrader();
      setDraft(found.note);
      setGraded(found.note);
      setName(found.name ?? '');
      setStatus('Showing the note from the link you opened.');
      announceSoon();
    };
    openFromHash();
    addEventListener('hashchange', openFromHash);
    return () => removeEventListener('hashchange', openFromHash);
  }, []);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(pause.current);
    },
    [],
  );

  // Completion is saved once per better score, and a storage failure never touches the draft.
  useEffect(() => {
    if (
      !hydrated ||
      !result ||
      mode !== 'exercise' ||
      result.verdict !== 'thoughtful' ||
      result.score <= bestSaved.current
    )
      return;
    bestSaved.current = result.score;
    setDone(true);
    const saved = updateProgress((progress) => markExerciseDone(progress, id, result.score));
    setProblem(saved.problem ? PROBLEM_MESSAGES[saved.problem] : '');
  }, [hydrated, result]);

  const announceSoon = () => {
    clearTimeout(pause.current);
    pause.current = setTimeout(announceNow, ANNOUNCE_PAUSE_MS);
  };
  const announceNow = () => {
    clearTimeout(pause.current);
    const { limit: current, gradeNote: grader } = latest.current;
    // Nothing true to say yet: the grader speaks as soon as it arrives.
    announceOnLoad.current = !grader;
    if (!grader) return;
    const text = textarea.current?.value ?? '';
    setAnnouncement(feedbackSummary(grade(grader, text, current, scenario)));
  };

  const onInput = (value: string) => {
    loadGrader();
    setDraft(value);
    // Grade at most once a frame: a long paste or fast typing never queues up work.
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setGraded(value));
    announceSoon();
  };

  const changeLimit = (next: NoteLimit) => {
    loadGrader();
    setLimit(next);
    announceSoon();
  };

  const copyNote = async () => {
    if (await copyText(draft)) {
      setStatus('Note copied. Paste it into LinkedIn’s “Add a note” box.');
      return;
    }
    textarea.current?.select();
    setStatus(COPY_BY_HAND);
  };

  const copyLink = async () => {
    const link = noteLink(location.href, draft, name);
    if (await copyText(link)) {
      setLinkFallback('');
      setStatus(
        'Link copied. Whoever opens it sees this note with its feedback; the note stays in the link, never on a server.',
      );
      return;
    }
    setLinkFallback(link);
    setStatus('Your browser did not let the site copy. The link is in the box below: select it and copy it.');
  };

  const noteLabel = mode === 'check' ? 'Note to check' : recipientName ? `Your note to ${recipientName}` : 'Your note';

  return (
    <div class={`nc nc-${mode}`} data-exercise={id} {...(hydrated ? { 'data-hydrated': '' } : {})}>
      {mode === 'check' && !hydrated && (
        <p class="nc-problem">
          Checking a note needs JavaScript, which is off or still loading. Meanwhile,{' '}
          <a href={withBase('/lessons/')}>read the lessons</a> to learn what a good note does.
        </p>
      )}
      {mode === 'check' && (
        <p class="nc-field">
          <label htmlFor={`${base}-name`}>Their first name (optional)</label>
          <input
            id={`${base}-name`}
            type="text"
            autoComplete="off"
            maxLength={80}
            value={name}
            disabled={!hydrated}
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <span class="nc-muted">Lets the checker see whether the note greets them by name.</span>
        </p>
      )}
      <fieldset class="nc-limit" disabled={!hydrated}>
        <legend>Note limit for the sender’s account</legend>
        <label>
          <input
            type="radio"
            name={`${base}-limit`}
            value="200"
            checked={limit === 200}
            onChange={() => changeLimit(200)}
          />{' '}
          Free: 200 characters
        </label>
        <label>
          <input
            type="radio"
            name={`${base}-limit`}
            value="300"
            checked={limit === 300}
            onChange={() => changeLimit(300)}
          />{' '}
          Premium: 300 characters
        </label>
      </fieldset>
      <p class="nc-field">
        <label htmlFor={`${base}-note`}>{noteLabel}</label>
        <textarea
          ref={textarea}
          id={`${base}-note`}
          rows={5}
          value={draft}
          disabled={!hydrated}
          aria-describedby={`${base}-count`}
          onFocus={loadGrader}
          onInput={(event) => onInput(event.currentTarget.value)}
          onBlur={announceNow}
        />
        <span id={`${base}-count`} class={characters > limit ? 'nc-count nc-over' : 'nc-count'}>
          {characters.toLocaleString('en-GB')} of {limit} characters
          {characters > limit && (
            <strong> · {(characters - limit).toLocaleString('en-GB')} over the limit: LinkedIn will not take it</strong>
          )}
        </span>
        {draft.length > MAX_GRADED_CHARS && (
          <span class="nc-muted">
            {' '}
            Only the first {MAX_GRADED_CHARS.toLocaleString('en-GB')} characters are checked.
          </span>
        )}
      </p>
      <p class="nc-actions">
        <button type="button" disabled={!hydrated} onClick={() => void copyNote()}>
          Copy note
        </button>
        {mode === 'check' && (
          <button type="button" disabled={!hydrated} onClick={() => void copyLink()}>
            Copy link to this note with feedback
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
      <p class="nc-status" role="status">
        {status}
      </p>
      {mode === 'exercise' && (
        <p class={done ? 'nc-done' : 'nc-todo'}>
          {done ? (
            <>
              <span aria-hidden="true">✓ </span>
              <strong>Done.</strong> You wrote a thoughtful note for this situation.
            </>
          ) : (
            'Not done yet: reach “Thoughtful” to complete this exercise.'
          )}
        </p>
      )}
      {problem && (
        <p class="nc-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="nc-panel" aria-busy={grader === 'loading' && graded !== initialNote}>
        <Heading class="nc-subhead">Feedback</Heading>
        {grader === 'failed' && (
          <p class="nc-problem" role="alert">
            {GRADER_LOAD_FAILED}
          </p>
        )}
        {checkName && (
          <p class={mentionsName(graded, checkName) ? 'nc-pass' : 'nc-fail'}>
            {mentionsName(graded, checkName) ? (
              <>
                <span class="nc-state">
                  <span aria-hidden="true">✓ </span>Yes
                </span>{' '}
                The note uses the name “{checkName}”.
              </>
            ) : (
              <>
                <span class="nc-state">
                  <span aria-hidden="true">✗ </span>Not yet
                </span>{' '}
                The name “{checkName}” is not in the note. Greet them by name, spelt as on their profile.
              </>
            )}
          </p>
        )}
        {result ? (
          <Feedback result={result} text={gradedPart(graded)} level={headingLevel} />
        ) : (
          // With no grader, the server's feedback only stands while it is about the note in the box.
          (grader !== 'failed' || draft === initialNote) && children
        )}
      </div>
      {mode === 'exercise' && hydrated && hints.length > 0 && (
        <div class="nc-panel">
          <Heading class="nc-subhead">Hints</Heading>
          <ol class="nc-hints" aria-live="polite">
            {hints.slice(0, hintsShown).map((hint) => (
              <li>{hint}</li>
            ))}
          </ol>
          {hintsShown < hints.length ? (
            <button type="button" onClick={() => setHintsShown(hintsShown + 1)}>
              Show hint {hintsShown + 1} of {hints.length}
            </button>
          ) : (
            <p class="nc-muted">That’s every hint.</p>
          )}
        </div>
      )}
      {mode === 'exercise' && hydrated && modelAnswers.length > 0 && (
        <div class="nc-panel">
          <Heading class="nc-subhead">Model answer</Heading>
          {showModel ? (
            modelAnswers.map((answer) => (
              <blockquote class="nc-model" data-model-answer>
                {answer}
              </blockquote>
            ))
          ) : (
            <>
              <button type="button" disabled={!attempted} onClick={() => setShowModel(true)}>
                Show a model answer
              </button>
              {!attempted && (
                <p class="nc-muted">Change the note first: your own try teaches more than reading ours.</p>
              )}
            </>
          )}
        </div>
      )}
      <div class="nc-vh" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
