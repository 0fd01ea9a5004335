// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import NoteCoach from '../../../src/components/islands/NoteCoach.tsx';
import { scenarioFor } from '../../../src/lib/exercise.ts';
import { ExerciseSchema } from '../../../src/lib/schemas/exercise-schema.ts';

// The island's `import()` of the grader is held at a gate, so the test decides when it arrives.
const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { requests: 0, opened, open: () => open() };
});
vi.mock('../../../src/lib/grader/index.ts', async (importOriginal) => {
  gate.requests++;
  await gate.opened;
  return importOriginal();
});

const exercise = ExerciseSchema.parse(
  parse(
    readFileSync(resolve(import.meta.dirname, '../../../src/content/exercises/impersonal-beach-clean-up.yaml'), 'utf8'),
  ),
);
const answer = exercise.modelAnswers[0] ?? '';

afterEach(cleanup);

// One file, in order: the grader module is requested once per file, like once per page.
describe('NoteCoach loads the grader on demand', () => {
  it('on the checker with no note, hydrates without requesting the grader', async () => {
    const { container } = render(<NoteCoach mode="check" id="check" />);
    await waitFor(() => expect(container.querySelector('[data-hydrated]')).not.toBeNull());
    expect(screen.getByLabelText<HTMLTextAreaElement>('Note to check').disabled).toBe(false);
    expect(gate.requests).toBe(0);
    cleanup();
  });

  it('in an exercise, judges nothing until the grader has read the note, then grades the edit', async () => {
    const { container } = render(
      <NoteCoach
        mode="exercise"
        id={exercise.id}
        recipientName={exercise.recipient.name}
        scenario={scenarioFor(exercise)}
      />,
    );
    const verdict = () => container.querySelector('[data-verdict]')?.getAttribute('data-verdict');
    const note = screen.getByLabelText<HTMLTextAreaElement>('Your note to Chris');
    await waitFor(() => expect(container.querySelector('[data-hydrated]')).not.toBeNull());
    expect(gate.requests).toBe(0);
    expect(verdict()).toBeUndefined();

    // Typing works before the grader is here; the first move asks for it.
    fireEvent.focus(note);
    fireEvent.input(note, { target: { value: answer } });
    await waitFor(() => expect(gate.requests).toBe(1));
    expect(note.value).toBe(answer);
    expect(verdict()).toBeUndefined();
    expect(screen.getByText('Reading your note…')).toBeTruthy();
    expect(container.querySelector('.nc-panel[aria-busy="true"]')).not.toBeNull();

    gate.open();
    await waitFor(() => expect(verdict()).toBe('thoughtful'));
    expect(container.querySelectorAll('[data-verdict]')).toHaveLength(1);
    expect(container.querySelector('.nc-panel[aria-busy="true"]')).toBeNull();
    await waitFor(() => expect(screen.getByText('Done.')).toBeTruthy(), { timeout: 4000 });
  });
});
