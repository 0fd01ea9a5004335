import type { ComponentChildren } from 'preact';
import type { Scenario } from '../../lib/grader/result-schema.ts';
import { CoachHints } from './CoachHints.tsx';
import type { HeadingLevel, HeadingTag } from './heading.ts';
import { ModelAnswers } from './ModelAnswers.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import { GRADER_LOAD_FAILED } from './use-coach-engine.ts';
import { useNoteCoach, type NoteCoachState } from './use-note-coach.ts';

export { GRADER_LOAD_FAILED };

/** Serializable props: the exercise island and the checker page use the same component. */
export interface NoteCoachProps {
  /** `exercise` inside a lesson, `check` on the checker page. */
  mode: 'exercise' | 'check';
  /** The exercise id (its draft and completion are saved under it), or `check`. */
  id: string;
  /** Who the note is for, in the note box's label; the checker asks for it instead. */
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
   * What the feedback area says while the box is empty: guidance, never a verdict. Given by the page
   * as a slot, so its words arrive once, as HTML, rather than again in the script.
   */
  children?: ComponentChildren;
}

/** The rewrite exercise and the note checker: the note box, live feedback, hints, and the saved draft. */
export default function NoteCoach(props: NoteCoachProps) {
  const { mode, id, recipientName, scenario, hints = [], modelAnswers = [], headingLevel = 3, children } = props;
  const coach = useNoteCoach(mode, id, scenario);
  const Heading: HeadingTag = `h${headingLevel}`;
  const label = mode === 'check' ? 'Note to check' : recipientName ? `Your note to ${recipientName}` : 'Your note';
  return (
    <div
      class={`nc nc-${mode}`}
      data-exercise={id}
      {...(coach.hydrated ? { 'data-hydrated': '' } : {})}
      {...(coach.restored ? { 'data-draft': 'restored' } : {})}
    >
      <NoteEditor coach={coach} mode={mode} base={`nc-${id}`} label={label} />
      <p class="nc-status" role="status">
        {coach.status}
      </p>
      {coach.problem && (
        <p class="nc-problem" role="alert">
          {coach.problem}
        </p>
      )}
      {mode === 'exercise' && (
        <p class={coach.standing.done ? 'nc-done' : 'nc-todo'}>
          {coach.standing.done && <span aria-hidden="true">✓ </span>}
          <strong>{coach.standing.done ? 'Done.' : 'Not done yet.'}</strong> {coach.standing.text}
        </p>
      )}
      <div class="nc-panel" aria-busy={coach.engine === 'loading' && coach.draft.trim() !== ''}>
        <Heading class="nc-subhead">Feedback</Heading>
        {coach.draft.trim() === '' ? children : <FeedbackArea coach={coach} level={headingLevel} />}
      </div>
      {mode === 'exercise' && hints.length > 0 && (
        <CoachHints hints={hints} Heading={Heading} disabled={!coach.hydrated} />
      )}
      {mode === 'exercise' && modelAnswers.length > 0 && (
        <ModelAnswers
          answers={modelAnswers}
          Heading={Heading}
          attempted={coach.draft.trim() !== ''}
          disabled={!coach.hydrated}
        />
      )}
      <div class="nc-vh" aria-live="polite">
        {coach.spoken}
      </div>
    </div>
  );
}

/** The feedback once the grader has read the note; meanwhile, that it is reading, or why it cannot. */
function FeedbackArea({ coach, level }: { coach: NoteCoachState; level: HeadingLevel }) {
  const { engine, model } = coach;
  if (engine === 'failed') {
    return (
      <p class="nc-problem" role="alert">
        {GRADER_LOAD_FAILED}
      </p>
    );
  }
  if (typeof engine !== 'object' || !model) return <p class="nc-muted">Reading your note…</p>;
  const subLevel = Math.min(level + 1, 6) as HeadingLevel;
  return <engine.Feedback model={model} text={coach.graded} change={coach.change} level={subLevel} />;
}
