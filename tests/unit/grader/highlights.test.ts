import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { resolveHighlights, type HighlightCandidate } from '../../../src/lib/grader/highlights.ts';
import { expectValidHighlights, marked } from './helpers.ts';

/** A candidate for the resolver, with defaults for what the test does not care about. */
function candidate(
  start: number,
  end: number,
  priority: number,
  kind: 'problem' | 'strength' = 'problem',
): HighlightCandidate {
  return { start, end, kind, reason: 'lazy', message: `${start}-${end}`, priority };
}

describe('resolveHighlights', () => {
  it('lets higher priority win and keeps the uncovered parts of the loser', () => {
    const text = 'a'.repeat(20);
    const result = resolveHighlights([candidate(0, 20, 1, 'strength'), candidate(5, 10, 3)], text);
    expect(result.map((h) => [h.start, h.end, h.kind])).toEqual([
      [0, 5, 'strength'],
      [5, 10, 'problem'],
      [10, 20, 'strength'],
    ]);
  });

  it('prefers the longer of two equal-priority stretches', () => {
    const result = resolveHighlights([candidate(4, 6, 1), candidate(0, 10, 1)], 'x'.repeat(10));
    expect(result.map((h) => h.message)).toEqual(['0-10']);
  });

  it('trims white space and drops pieces that are only white space', () => {
    const text = 'ab   cd';
    const result = resolveHighlights([candidate(0, 7, 1), candidate(0, 2, 3), candidate(5, 7, 3)], text);
    expect(result.map((h) => text.slice(h.start, h.end))).toEqual(['ab', 'cd']);
  });
});

describe('highlights of graded notes', () => {
  it('point into the original text, whatever was folded on the way', () => {
    const text =
      'Hi\u00a0Lena,\u200b we met at the Berlin JS meetup. I\u2019d like to add you to my professional\u00a0network on LinkedIn.';
    const result = gradeNote(text);
    expectValidHighlights(text, result);
    expect(marked(text, result, 'problem')).toContain(
      'I\u2019d like to add you to my professional\u00a0network on LinkedIn',
    );
    expect(marked(text, result, 'strength')).toContain('Lena');
  });

  it('mark problems and strengths in one note, never overlapping', () => {
    const text = 'Hi Priya, thanks for your talk at PyCon on typing! Our platform could help your team, book a demo.';
    const result = gradeNote(text);
    expectValidHighlights(text, result);
    expect(marked(text, result, 'strength')).toEqual(expect.arrayContaining(['Priya']));
    expect(marked(text, result, 'problem')).toEqual(expect.arrayContaining(['Our platform', 'book a demo']));
  });
});
