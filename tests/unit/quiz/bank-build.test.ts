import { afterAll, describe, expect, it } from 'vitest';
import { createSyncFixture } from '../helpers/astro-sync.ts';

const fixture = createSyncFixture('add-a-note-questions-');
afterAll(() => fixture.remove());

/** Syncs the real content configuration with one question file. */
const syncWithQuestions = (yaml: string) => fixture.sync({ 'questions/broken-bank.yaml': yaml });

/** A one-question file whose answer key is `answer`. */
const bank = (answer: string) => `questions:
  - id: rude-sample
    type: single
    reason: rude
    prompt: Which first note keeps things even?
    options:
      - id: give
        text: One that gives context and a reason.
      - id: take
        text: One that asks for a referral.
    answer: ${answer}
    explanation: Giving before asking keeps the invitation balanced and kind.
    lessonSection: /lessons/rude/#give
`;

describe('question files at build time', () => {
  it('fail the build naming the file and the field when an answer key points to no option', { timeout: 60_000 }, () => {
    const { status, output } = syncWithQuestions(bank('gift'));
    expect(status).not.toBe(0);
    expect(output).toContain('broken-bank');
    expect(output).toContain('questions.0.answer');
    expect(output).toContain('answer key "gift" points to no option');
  });

  it('pass with a sound file (so the failure above is about the key)', { timeout: 60_000 }, () => {
    const { status, output } = syncWithQuestions(bank('give'));
    expect(output).not.toContain('does not match collection schema');
    expect(status).toBe(0);
  });
});
