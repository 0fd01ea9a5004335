// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { Feedback } from '../../../src/components/islands/Feedback.tsx';
import NoteCoach from '../../../src/components/islands/NoteCoach.tsx';
import { gradedPart, scenarioFor } from '../../../src/lib/exercise.ts';
import { gradeNote } from '../../../src/lib/grader/index.ts';
import { PROBLEM_MESSAGES, PROGRESS_KEY } from '../../../src/lib/progress.ts';
import { ExerciseSchema } from '../../../src/lib/schemas/exercise-schema.ts';

const exercise = ExerciseSchema.parse(
  parse(
    readFileSync(resolve(import.meta.dirname, '../../../src/content/exercises/impersonal-beach-clean-up.yaml'), 'utf8'),
  ),
);
const answer = exercise.modelAnswers[0] ?? '';
// The server's feedback on the starting notes, passed in as the page does.
const LAZY = gradeNote(gradedPart(exercise.lazyNote), { limit: 200, scenario: scenarioFor(exercise) });
const EMPTY = gradeNote('', { limit: 200 });

function renderExercise() {
  const view = render(
    <NoteCoach
      mode="exercise"
      id={exercise.id}
      initialNote={exercise.lazyNote}
      recipientName={exercise.recipient.name}
      scenario={scenarioFor(exercise)}
      hints={exercise.hints}
      modelAnswers={exercise.modelAnswers}
    >
      <Feedback result={LAZY} text={exercise.lazyNote} />
    </NoteCoach>,
  );
  const root = view.container.querySelector(`[data-exercise="${exercise.id}"]`);
  const note = screen.getByLabelText<HTMLTextAreaElement>('Your note to Chris');
  const verdict = () => root?.querySelector('[data-verdict]')?.getAttribute('data-verdict');
  return { root, note, verdict };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('NoteCoach in an exercise', () => {
  it('starts from the lazy note, hydrates, and is not done', async () => {
    const { root, note, verdict } = renderExercise();
    await waitFor(() => expect(root?.hasAttribute('data-hydrated')).toBe(true));
    expect(note.value).toBe(exercise.lazyNote);
    expect(note.disabled).toBe(false);
    expect(verdict()).not.toBe('thoughtful');
    expect(screen.getByText(/Not done yet/)).toBeTruthy();
  });

  it('saves completion when the note becomes thoughtful, through the one progress key', async () => {
    const { note, verdict } = renderExercise();
    await waitFor(() => expect(note.disabled).toBe(false));
    fireEvent.input(note, { target: { value: answer } });
    await waitFor(() => expect(verdict()).toBe('thoughtful'));
    await waitFor(() => expect(screen.getByText('Done.')).toBeTruthy());
    const stored = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as {
      exercises?: Record<string, { score: number }>;
    };
    expect(stored.exercises?.[exercise.id]?.score).toBeGreaterThan(0);
  });

  it('shows Done straight away when progress already has the exercise', async () => {
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

  it('reports corrupt storage in words, then still completes and keeps the draft', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":1, broken');
    const { note, verdict } = renderExercise();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(PROBLEM_MESSAGES.corrupt));
    fireEvent.input(note, { target: { value: answer } });
    await waitFor(() => expect(verdict()).toBe('thoughtful'));
    expect(note.value).toBe(answer);
    await waitFor(() => expect(screen.getByText('Done.')).toBeTruthy());
  });

  it('keeps the draft and says so when storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    });
    const { note, verdict } = renderExercise();
    await waitFor(() => expect(note.disabled).toBe(false));
    fireEvent.input(note, { target: { value: answer } });
    await waitFor(() => expect(verdict()).toBe('thoughtful'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(PROBLEM_MESSAGES.quota));
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

  it('opens the note and name from a #note= link and checks the name', async () => {
    location.hash = `note=${encodeURIComponent('Hi Leila, <b>50%</b> of us loved your talk')}&to=Leila`;
    const { container } = render(
      <NoteCoach mode="check" id="check" initialNote="">
        <Feedback result={EMPTY} text="" />
      </NoteCoach>,
    );
    const note = screen.getByLabelText<HTMLTextAreaElement>('Note to check');
    await waitFor(() => expect(note.value).toBe('Hi Leila, <b>50%</b> of us loved your talk'));
    expect(screen.getByLabelText<HTMLInputElement>('Their first name (optional)').value).toBe('Leila');
    await waitFor(() => expect(screen.getByText(/The note uses the name “Leila”/)).toBeTruthy());
    expect(container.querySelector('[data-exercise="check"] b')).toBeNull();
  });

  it('says a broken link could not be read, and keeps the box empty', async () => {
    location.hash = 'note=%E0%A4%A';
    render(
      <NoteCoach mode="check" id="check" initialNote="">
        <Feedback result={EMPTY} text="" />
      </NoteCoach>,
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('could not be read'));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Note to check').value).toBe('');
  });
});
