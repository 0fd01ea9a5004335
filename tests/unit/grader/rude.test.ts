import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { judge } from './helpers.ts';

describe('reason 3: rude', () => {
  it.each([
    ['Hi, could you refer me for the engineer role at your company?', 'refer me'],
    ['Hey Sarah, can we hop on a call this week?', 'hop on a call'],
    ['Would you have 15 minutes next week?', '15 minutes'],
    ['Please check out my new podcast.', 'check out my'],
    ['Hi, please endorse me for Python.', 'endorse me'],
    ['Send me your email so I can share my CV.', 'Send me your'],
    ['I’m a recent graduate looking for opportunities in marketing.', 'looking for opportunities'],
    ['Let me know if your company is hiring!', 'your company is hiring'],
  ])('fails the demand in %j and quotes %j', (text, words) => {
    const c = judge(text, 'rude');
    expect(c.status).toBe('fail');
    expect(c.message).toContain(words);
    const result = gradeNote(text);
    expect(result.flags).toContain('demand');
    expect(result.verdict).toBe('lazy');
  });

  it('fails shouting and marks the capitals', () => {
    const text = 'PLEASE ACCEPT MY REQUEST, we met at the Portland volunteer day.';
    const result = gradeNote(text);
    expect(judge(text, 'rude').status).toBe('fail');
    expect(result.flags).toContain('shouting');
    expect(result.highlights.some((h) => h.start === 0 && h.message.includes('capitals'))).toBe(true);
  });

  it('does not take an acronym or two for shouting', () => {
    expect(gradeNote('Loved your AWS talk at the NHS digital day in the UK.').flags).not.toContain('shouting');
  });

  it('gives partial credit for a soft ask', () => {
    const c = judge(
      'Hi Camila, I saw your SHRM talk on inclusive hiring. Would you be open to a quick coffee chat sometime?',
      'rude',
    );
    expect(c.status).toBe('partial');
    expect(c.message).toContain('open to a quick coffee chat');
  });

  it('passes a note that asks for nothing', () => {
    expect(
      judge('We met at the Berlin JS meetup; I’d love to follow your work on the Solid docs.', 'rude').status,
    ).toBe('pass');
  });
});
