import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import type { Scenario } from '../../../src/lib/grader/result-schema.ts';
import { criterion, marked } from './helpers.ts';

const scenario: Scenario = {
  name: ['Owen', 'Owen Price'],
  context: ['podcast', 'episode'],
  want: ['UX research', 'user research'],
};

describe('exercise scenarios', () => {
  it('rewards a note that uses the name, the context and the want (any alternative)', () => {
    const text =
      'Hi Owen, your podcast episode on interviewing shy users changed how I practise. I’m studying user research and would love to follow your work.';
    const result = gradeNote(text, { scenario });
    expect(result.verdict).toBe('thoughtful');
    const strengths = marked(text, result, 'strength');
    expect(strengths).toContain('Owen');
    expect(strengths.some((s) => /podcast/.test(s))).toBe(true);
    expect(strengths.some((s) => /user research/.test(s))).toBe(true);
  });

  it('matches keywords as whole words with plural and verb endings', () => {
    const text =
      'Hi Owen, I’ve listened to your podcasts for months and I’m training in UX research; I’d love to follow your work.';
    expect(gradeNote(text, { scenario }).verdict).toBe('thoughtful');
  });

  it('does not count made-up context as specific, and suggests the scenario’s own', () => {
    const text =
      'Hi Owen, we met at the Denver marathon last year. I’m studying UX research and would love to follow your work.';
    const result = gradeNote(text, { scenario });
    expect(result.verdict).toBe('needs-work');
    expect(criterion(result, 'impersonal').suggestion).toContain('“podcast”');
  });

  it('suggests the scenario’s name and want when they are missing', () => {
    const result = gradeNote('Loved your podcast episode on shy users!', { scenario });
    expect(criterion(result, 'impersonal').suggestion).toContain('“Owen”');
    expect(criterion(result, 'why').suggestion).toContain('“UX research”');
  });

  it('still rates the stock text default in an exercise', () => {
    expect(gradeNote("Hi Owen, I'd like to connect with you on LinkedIn.", { scenario }).verdict).toBe('default');
  });
});
