import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { VERDICT_BANDS } from '../../../src/lib/grader/model.ts';

describe('score and penalties', () => {
  it('keeps every score inside its verdict’s band', () => {
    for (const text of [
      '',
      'Let’s connect!',
      'Loved your post on remote onboarding.',
      'We met at PyCon in Pittsburgh. I’m writing a typing guide and would love to follow your work.',
    ]) {
      const result = gradeNote(text);
      const [low, high] = VERDICT_BANDS[result.verdict];
      expect(result.score).toBeGreaterThanOrEqual(low);
      expect(result.score).toBeLessThanOrEqual(high);
    }
  });

  it('shows a pitch as a penalty that lowers the score', () => {
    const plain =
      'Hi Raj, we met at the Leeds fintech meetup. I’m building a budgeting app for students and would love to follow your work.';
    const pitched = `${plain} Our platform can cut your costs too.`;
    const penalty = gradeNote(pitched).penalties.find((p) => p.reason === 'favor');
    expect(penalty?.points).toBeGreaterThan(0);
    expect(penalty?.evidence.join(' ')).toContain('Our platform');
    expect(penalty?.message).toMatch(/A sales pitch costs \d+ points/);
    expect(gradeNote(pitched).score).toBeLessThan(gradeNote(plain).score);
  });

  it('lists penalties largest first, each naming the words that cost the points', () => {
    const result = gradeNote('Hi [Name], expand my network! Book a demo today, it’s URGENT AND IMPORTANT NOW.');
    const points = result.penalties.map((p) => p.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    // Penalties name their words as evidence; the messages do not quote them again (each passage is quoted once).
    for (const p of result.penalties) {
      expect(p.evidence.length).toBeGreaterThan(0);
      for (const words of p.evidence)
        expect(
          result.criteria.some((c) => c.evidence.includes(words)) || /\[Name\]|network|demo|URGENT/i.test(words),
        ).toBe(true);
      expect(p.message).not.toContain('“');
    }
  });

  it('gives every criterion a lesson link without the base path', () => {
    const result = gradeNote('Let’s connect!');
    expect(result.criteria.map((c) => c.href)).toEqual([
      '/lessons/impersonal/#what-to-write-instead',
      '/lessons/looks-lazy/#what-to-write-instead',
      '/lessons/rude/#what-to-write-instead',
      '/lessons/quantity-over-quality/#what-to-write-instead',
      '/lessons/tell-me-why/#what-to-write-instead',
      '/lessons/doing-you-a-favour/#what-to-write-instead',
      '/lessons/no-note-left/',
    ]);
  });

  it('flags what is missing for the UI', () => {
    expect(gradeNote('Hello there, I post about gardening most weekends.').flags).toEqual(
      expect.arrayContaining(['no-context', 'no-reason']),
    );
  });
});
