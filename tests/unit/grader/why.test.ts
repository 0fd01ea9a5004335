import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { judge, marked } from './helpers.ts';

describe('reason 5: tell me why', () => {
  it('passes a specific reason and quotes it', () => {
    const text =
      'Loved your post on onboarding remote juniors. I’m setting up our first intern program and would love to learn how your team did it.';
    const c = judge(text, 'why');
    expect(c.status).toBe('pass');
    expect(c.message).toContain('setting up our first intern program');
    expect(
      marked(text, gradeNote(text), 'strength').some((s) => s.includes('setting up our first intern program')),
    ).toBe(true);
  });

  it('gives partial credit to a reason that fits anyone', () => {
    const c = judge('Hi Emma, I’d love to connect and learn from your experience.', 'why');
    expect(c.status).toBe('partial');
    expect(c.message).toMatch(/“I’d love to connect[^”]*” is a reason that would fit anyone/);
  });

  it('fails a note with no reason', () => {
    expect(judge('Hi Marcus, we were in the same cohort at General Assembly.', 'why').status).toBe('fail');
  });

  it('fails a note whose only reason is a sale, naming it', () => {
    const c = judge('Hi David, we help companies like yours increase revenue.', 'why');
    expect(c.status).toBe('fail');
    expect(c.message).toMatch(/we help companies/i);
  });
});
