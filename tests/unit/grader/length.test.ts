import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { countCharacters, offsetAfterCharacters } from '../../../src/lib/grader/length.ts';
import { criterion } from './helpers.ts';

const GOOD_LONG =
  'Hi Lena, we met at the Berlin JS meetup last night and talked about fine-grained reactivity. I’m rewriting our dashboard with signals right now and would love to keep following your work on the Solid docs. Thanks again!';

describe('countCharacters', () => {
  it('counts code points, so an emoji is one character', () => {
    expect(countCharacters('hi 👋')).toBe(4);
    expect('hi 👋'.length).toBe(5);
  });

  it('counts spaces and line breaks, a CRLF pair as one', () => {
    expect(countCharacters('a b\nc')).toBe(5);
    expect(countCharacters('a\r\nb')).toBe(3);
  });

  it('finds the UTF-16 offset after a number of characters', () => {
    expect(offsetAfterCharacters('👋👋abc', 2)).toBe(4);
    expect(offsetAfterCharacters('ab', 10)).toBe(2);
  });
});

describe('the length limit', () => {
  it('passes a note at exactly the limit and fails one a character over', () => {
    expect(criterion(gradeNote('a'.repeat(200)), 'length').status).toBe('pass');
    const over = gradeNote('a'.repeat(201));
    expect(criterion(over, 'length').status).toBe('fail');
    expect(over.flags).toContain('over-limit');
  });

  it('uses 300 for Premium', () => {
    expect(criterion(gradeNote('a'.repeat(250), { limit: 300 }), 'length').status).toBe('pass');
    expect(gradeNote('a'.repeat(250), { limit: 300 }).limit).toBe(300);
    expect(criterion(gradeNote('a'.repeat(250)), 'length').status).toBe('fail');
  });

  it('never rates a good note over the limit thoughtful, and says by how much', () => {
    const result = gradeNote(GOOD_LONG);
    expect(result.length).toBeGreaterThan(200);
    expect(result.verdict).toBe('needs-work');
    expect(criterion(result, 'length').message).toContain(`${result.length - 200} over the 200 limit`);
    expect(result.penalties.some((p) => p.reason === 'length')).toBe(true);
    expect(gradeNote(GOOD_LONG, { limit: 300 }).verdict).toBe('thoughtful');
  });

  it('marks the text past the limit', () => {
    const result = gradeNote(GOOD_LONG);
    const last = result.highlights[result.highlights.length - 1];
    expect(last?.reason).toBe('length');
    expect(last?.end).toBe(GOOD_LONG.length);
  });
});
