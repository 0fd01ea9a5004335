// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import NoteCoach from '../../../src/components/islands/NoteCoach.tsx';
import { scenarioFor } from '../../../src/lib/exercise.ts';
import { PROBLEM_MESSAGES, PROGRESS_KEY, loadProgress } from '../../../src/lib/progress.ts';
import { ExerciseSchema } from '../../../src/lib/schemas/exercise-schema.ts';

const exercise = ExerciseSchema.parse(
  parse(
    readFileSync(resolve(import.meta.dirname, '../../../src/content/exercises/impersonal-beach-clean-up.yaml'), 'utf8'),
  ),
);
const answer = exercise.modelAnswers[0] ?? '';
/** Long enough for a pause in typing to have passed, with room for the grader's first import. */
const SETTLED = { timeout: 4000 };

function renderExercise() {
  const view = render(
    <NoteCoach
      mode="exercise"
      id={exercise.id}
      recipientName={exercise.recipient.name}
      scenario={scenarioFor(exercise)}
      hints={exercise.hints}
      modelAnswers={exercise.modelAnswers}
    >
      <p>Write your note to Chris above.</p>
    </NoteCoach>,
  );
  const root = view.container.querySelector(`[data-exercise="${exercise.id}"]`);
  const note = screen.getByLabelText<HTMLTextAreaElement>('Your note to Chris');
  const verdict = () => root?.querySelector('[data-verdict]')?.getAttribute('data-verdict');
  return { root, note, verdict };
}

const saved = () => loadProgress().progress;

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('NoteCoach in an exercise', () => {
  it('starts empty, with guidance and no verdict, and is not done', async () => {
    const { root, note, verdict } = renderExercise();
    await waitFor(() => expect(root?.hasAttribute('data-hydrated')).toBe(true));
    expect(note.value).toBe('');
    expect(note.disabled).toBe(false);
    expect(verdict()).toBeUndefined();
    expect(screen.getByText('Write your note to Chris above.')).toBeTruthy();
    expect(screen.getByText(/Not done yet/)).toBeTruthy();
    expect(root?.hasAttribute('data-draft')).toBe(false);
  });

  it('saves the draft as it settles, and completion once it is thoughtful, through the one key', async () => {
    const { note, verdict } = renderExercise();
    await waitFor(() => expect(note.disabled).toBe(false));
    fireEvent.input(note, { target: { value: answer } });
    await waitFor(() => expect(verdict()).toBe('thoughtful'));
    await waitFor(() => expect(screen.getByText('Done.')).toBeTruthy(), SETTLED);
    expect(Object.keys(localStorage)).toEqual([PROGRESS_KEY]);
    expect(saved().drafts?.[exercise.id]?.text).toBe(answer);
    expect(saved().exercises[exercise.id]?.score).toBeGreaterThan(0);
    expect(saved().bests?.[exercise.id]?.verdict).toBe('thoughtful');
  });

  it('brings the draft back on return, marked restored, and graded', async () => {
    const first = renderExercise();
    await waitFor(() => expect(first.note.disabled).toBe(false));
    fireEvent.input(first.note, { target: { value: 'Hi Chris, we met at the beach clean-up last month.' } });
    await waitFor(() => expect(saved().drafts?.[exercise.id]).toBeDefined(), SETTLED);
    cleanup();
    const again = renderExercise();
    await waitFor(() => expect(again.note.value).toBe('Hi Chris, we met at the beach clean-up last month.'));
    expect(again.root?.getAttribute('data-draft')).toBe('restored');
    await waitFor(() => expect(again.verdict()).toBeDefined());
    expect(screen.getByRole('status').textContent).toContain('from last time');
  });

  it('starts over, saving the empty box, and can undo that', async () => {
    const { root, note } = renderExercise();
    await waitFor(() => expect(note.disabled).toBe(false));
    fireEvent.input(note, { target: { value: 'Hi Chris, first try.' } });
    await waitFor(() => expect(saved().drafts?.[exercise.id]).toBeDefined(), SETTLED);
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(note.value).toBe('');
    expect(saved().drafts?.[exercise.id]).toBeUndefined();
    expect(root?.querySelector('[data-verdict]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(note.value).toBe('Hi Chris, first try.');
    expect(saved().drafts?.[exercise.id]?.text).toBe('Hi Chris, first try.');
    expect(screen.getByRole('button', { name: 'Start over' })).toBeTruthy();
  });

  it('keeps “done” when the note is made worse, and says the best and the current verdict', async () => {
    const { note, verdict } = renderExercise();
    await waitFor(() => expect(note.disabled).toBe(false));
    fireEvent.input(note, { target: { value: answer } });
    await waitFor(() => expect(screen.getByText('Done.')).toBeTruthy(), SETTLED);
    fireEvent.input(note, { target: { value: 'Hi Chris.' } });
    await waitFor(() => expect(verdict()).not.toBe('thoughtful'));
    expect(screen.getByText(/Your best was thoughtful; this version/)).toBeTruthy();
    expect(screen.getByText('Done.')).toBeTruthy();
  });

  it('shows Done straight away when version 1 progress already has the exercise', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        exercises: { [exercise.id]: { completedAt: '2026-11-01T00:00:00.000Z', score: 90 } },
        selfChecks: {},
        quiz: {},
        updatedAt: '2026-11-01T00:00:00.000Z',
      }),
    );
    renderExercise();
    await waitFor(() => expect(screen.getByText('Done.')).toBeTruthy());
  });

  it('reports corrupt storage in words, keeps the damaged copy, and still saves the draft', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":1, broken');
    const { note, verdict } = renderExercise();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(PROBLEM_MESSAGES.corrupt));
    fireEvent.input(note, { target: { value: answer } });
    await waitFor(() => expect(verdict()).toBe('thoughtful'));
    await waitFor(() => expect(screen.getByText('Done.')).toBeTruthy(), SETTLED);
    expect(note.value).toBe(answer);
    expect(saved().unreadable?.text).toBe('{"version":1, broken');
    expect(saved().drafts?.[exercise.id]?.text).toBe(answer);
  });

  it('keeps the draft and says so when storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    });
    const { note, verdict } = renderExercise();
    await waitFor(() => expect(note.disabled).toBe(false));
    fireEvent.input(note, { target: { value: answer } });
    await waitFor(() => expect(verdict()).toBe('thoughtful'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(PROBLEM_MESSAGES.quota), SETTLED);
    expect(note.value).toBe(answer);
    expect(screen.getByText('Done.')).toBeTruthy();
  });

  it('reveals hints one at a time and offers a model answer only after a first try', async () => {
    const { note } = renderExercise();
    await waitFor(() => expect(note.disabled).toBe(false));
    const model = screen.getByRole<HTMLButtonElement>('button', { name: 'Show a model answer' });
    expect(model.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Show hint 1 of 3' }));
    expect(screen.getByText(exercise.hints[0] ?? '')).toBeTruthy();
    expect(screen.queryByText(exercise.hints[1] ?? '')).toBeNull();
    fireEvent.input(note, { target: { value: 'Hi Chris' } });
    await waitFor(() => expect(model.disabled).toBe(false));
    fireEvent.click(model);
    expect(screen.getByText(answer)).toBeTruthy();
  });
});

describe('NoteCoach on the checker', () => {
  afterEach(() => {
    location.hash = '';
  });

  const renderChecker = () =>
    render(
      <NoteCoach mode="check" id="check">
        <p>Write or paste a note above.</p>
      </NoteCoach>,
    );

  it('opens the note and name from a #note= link, as text, and judges the name', async () => {
    location.hash = `note=${encodeURIComponent('Hi Leila, <b>50%</b> of us loved your talk')}&to=Sarah`;
    const { container } = renderChecker();
    const note = screen.getByLabelText<HTMLTextAreaElement>('Note to check');
    await waitFor(() => expect(note.value).toBe('Hi Leila, <b>50%</b> of us loved your talk'));
    expect(screen.getByLabelText<HTMLInputElement>('Their first name (optional)').value).toBe('Sarah');
    await waitFor(() => expect(screen.getByText(/Wrong name/)).toBeTruthy());
    expect(container.querySelector('[data-exercise="check"] b')).toBeNull();
    // A note opened from a link is not the learner's draft until they edit it.
    expect(saved().drafts?.['check']).toBeUndefined();
  });

  it('says a broken link could not be read, and keeps the box empty', async () => {
    location.hash = 'note=%E0%A4%A';
    renderChecker();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('could not be read'));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Note to check').value).toBe('');
  });

  it('keeps the last note and name checked, and brings them back', async () => {
    renderChecker();
    const note = screen.getByLabelText<HTMLTextAreaElement>('Note to check');
    await waitFor(() => expect(note.disabled).toBe(false));
    fireEvent.input(screen.getByLabelText('Their first name (optional)'), { target: { value: 'Sam' } });
    fireEvent.input(note, { target: { value: 'Hi Sam, we met at the bakery fair.' } });
    await waitFor(() => expect(saved().drafts?.['check']).toMatchObject({ to: 'Sam' }), SETTLED);
    cleanup();
    renderChecker();
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLTextAreaElement>('Note to check').value).toBe(
        'Hi Sam, we met at the bakery fair.',
      ),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Their first name (optional)').value).toBe('Sam');
  });
});
