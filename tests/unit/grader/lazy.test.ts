import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { judge, marked } from './helpers.ts';

describe('reason 2: looks lazy', () => {
  it.each([
    ['Hi {{first_name}}, loved your talk at {{event}}!', '{{first_name}}'],
    ['Hi [Name], I noticed we both work in [industry].', '[Name]'],
    ['Hello <name>, quick question for you.', '<name>'],
    ['Hi %FIRST_NAME%, great to e-meet you.', '%FIRST_NAME%'],
    ['Hi [First name], hope all is well at [Company].', '[First name]'],
  ])('fails the unfilled template %j and quotes %j', (text, placeholder) => {
    const result = gradeNote(text);
    const c = judge(text, 'lazy');
    expect(c.status).toBe('fail');
    expect(c.message).toContain(placeholder);
    expect(result.flags).toContain('placeholder');
    expect(result.verdict).toBe('lazy');
    expect(marked(text, result, 'problem')).toContain(placeholder);
  });

  it('leaves square brackets alone when they hold no template field', () => {
    expect(gradeNote('Your talk [slides here] at PyCon was great.').flags).not.toContain('placeholder');
  });

  it('gives partial credit when a stock line sits in an otherwise own-words note', () => {
    const c = judge('We met at the Leeds open day. I’d like to add you to my professional network.', 'lazy');
    expect(c.status).toBe('partial');
    expect(c.message).toContain('I’d like to add you to my professional network');
  });

  it('gives partial credit to text-speak and to a note of two words', () => {
    expect(judge('hi pls accept my request thx', 'lazy').status).toBe('partial');
    expect(judge('Hi Ola, pls accept, I share posts on AI every week', 'lazy').status).toBe('partial');
    // Two words of the stock vocabulary are the default note itself (two labellers agreed).
    expect(gradeNote('Connect?').verdict).toBe('default');
  });

  it('passes a note in the writer’s own words', () => {
    expect(
      judge('Your GitHub repo for parsing PDFs saved me hours, and I’m building a tool on top of it.', 'lazy').status,
    ).toBe('pass');
  });
});
