import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { judge, marked } from './helpers.ts';

describe('reason 1: impersonal', () => {
  it('passes a note that says how you know them, quoting it', () => {
    const c = judge(
      'Hi Lena, we met at the Berlin JS meetup last night. I’d love to follow your work on the Solid docs.',
      'impersonal',
    );
    expect(c.status).toBe('pass');
    expect(c.message).toContain('we met at the Berlin JS meetup last night');
    expect(c.evidence).toContain('Lena');
  });

  it('quotes the whole clause, so the writer sees who introduced them', () => {
    const c = judge(
      'Hi Rosa, Derek Lyle from my bootcamp cohort said you went from HVAC to data. I’d love to follow your path.',
      'impersonal',
    );
    expect(c.status).toBe('pass');
    expect(c.message).toContain('“Derek Lyle from my bootcamp cohort said you went from HVAC to data”');
  });

  it('gives partial credit for a context with no detail', () => {
    expect(judge('Loved your post! Would love to connect.', 'impersonal').status).toBe('partial');
  });

  it('gives partial credit for a name alone and says what is missing', () => {
    const c = judge('Hi Sam, I would love to hear more about what you do.', 'impersonal');
    expect(c.status).toBe('partial');
    expect(c.message).toContain('“Sam”');
  });

  it('fails and names an impersonal greeting', () => {
    const text = 'Dear Sir/Madam, I am keen to learn more about your graduate scheme.';
    const c = judge(text, 'impersonal');
    expect(c.status).toBe('fail');
    expect(c.message).toContain('Dear Sir/Madam');
    expect(gradeNote(text).flags).toContain('impersonal-greeting');
  });

  it('fails empty flattery and marks it', () => {
    const text = 'Your profile is really impressive! I would be honoured to connect with you.';
    const result = gradeNote(text);
    const c = judge(text, 'impersonal');
    expect(c.status).toBe('fail');
    expect(c.message).toContain('Your profile is really impressive');
    expect(result.flags).toContain('flattery');
    expect(result.verdict).toBe('lazy');
    expect(marked(text, result, 'problem')).toContain('Your profile is really impressive');
  });

  it('fails a "how we know each other" that is true of everyone', () => {
    const c = judge('Hi Kim, I came across your profile and we have 23 mutual connections.', 'impersonal');
    expect(c.status).toBe('fail');
    expect(c.message).toContain('came across your profile');
  });

  it('marks their name and the shared context as strengths', () => {
    const text =
      'Hi Priya, fellow Georgia Tech alum here. I’m exploring robotics roles in Atlanta and would love to follow your work at Boston Dynamics.';
    const strengths = marked(text, gradeNote(text), 'strength');
    expect(strengths).toContain('Priya');
    expect(strengths.some((s) => s.includes('Georgia Tech alum'))).toBe(true);
  });
});
