import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { judge } from './helpers.ts';

describe('reason 4: quantity over quality', () => {
  it.each([
    ['I’m looking to expand my network with like-minded professionals.', 'expand my network'],
    ['LION here, I accept all invitations.', 'LION'],
    ['Building a network of 500+ professionals across all industries.', 'Building a network of'],
    ['Always looking to connect with professionals in tech!', 'Always looking to connect'],
    ['I’d love to connect with as many people as possible in sales.', 'connect with as many'],
  ])('fails network collecting in %j and quotes %j', (text, words) => {
    const c = judge(text, 'quantity');
    expect(c.status).toBe('fail');
    expect(c.message).toContain(words);
    const result = gradeNote(text);
    expect(result.flags).toContain('network-collecting');
    expect(result.verdict).toBe('lazy');
  });

  it('passes a note written for one person', () => {
    expect(judge('Hi Marcus, we were in the same General Assembly cohort in 2019.', 'quantity').status).toBe('pass');
  });

  it('gives partial credit to a note with nothing tying it to them', () => {
    expect(judge('Hello! I share a post on leadership every Monday.', 'quantity').status).toBe('partial');
  });
});
