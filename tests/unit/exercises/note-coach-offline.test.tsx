// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import NoteCoach, { GRADER_LOAD_FAILED } from '../../../src/components/islands/NoteCoach.tsx';
import { loadProgress } from '../../../src/lib/progress.ts';

// As if the learner went offline after the page loaded: the grader's file cannot be fetched.
vi.mock('../../../src/lib/grader/index.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

afterEach(cleanup);

it('says the checker could not load, keeps and saves the note, and shows no verdict for a note it has not read', async () => {
  const { container } = render(<NoteCoach mode="check" id="check" />);
  const note = screen.getByLabelText<HTMLTextAreaElement>('Note to check');
  await waitFor(() => expect(note.disabled).toBe(false));
  fireEvent.input(note, { target: { value: 'Hi Sam, I loved your talk on rotas.' } });
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(GRADER_LOAD_FAILED));
  expect(note.value).toBe('Hi Sam, I loved your talk on rotas.');
  expect(container.querySelectorAll('[data-verdict]')).toHaveLength(0);
  expect(screen.getByText('35 of 200 characters')).toBeTruthy();
  // Nothing is lost: the draft is saved even though it could not be graded.
  await waitFor(
    () => expect(loadProgress().progress.drafts?.['check']?.text).toBe('Hi Sam, I loved your talk on rotas.'),
    {
      timeout: 3000,
    },
  );
  // The next edit tries again; the message stays until the grader arrives.
  fireEvent.input(note, { target: { value: 'Hi Sam, I loved your talk on rotas!' } });
  await waitFor(() => expect(note.value).toBe('Hi Sam, I loved your talk on rotas!'));
  expect(screen.getByRole('alert').textContent).toBe(GRADER_LOAD_FAILED);
});
