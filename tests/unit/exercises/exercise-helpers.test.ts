import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BROKEN_LINK_MESSAGE,
  MAX_HIGHLIGHTS,
  feedbackSummary,
  gradedPart,
  mentionsName,
  noteLink,
  readNoteFragment,
  scenarioFor,
  segmentText,
  standing,
  visibleHighlights,
  type HighlightLike,
} from '../../../src/lib/exercise.ts';

const mark = (start: number, end: number, kind: 'problem' | 'strength' = 'problem'): HighlightLike => ({
  start,
  end,
  kind,
  reason: 'lazy',
  message: 'm',
});

describe('segmentText', () => {
  it('splits at every edge and lets a problem win where it overlaps a strength', () => {
    const { segments } = segmentText('Hi Ana, great talk', [mark(0, 6, 'strength'), mark(3, 10, 'problem')]);
    expect(segments.map((s) => [s.text, s.kind ?? null, s.marks])).toEqual([
      ['Hi ', 'strength', [0]],
      ['Ana', 'problem', [0, 1]],
      [', gr', 'problem', [1]],
      ['eat talk', null, []],
    ]);
  });

  it('clamps out-of-range offsets and drops reversed, empty or non-numeric ones', () => {
    const { segments } = segmentText('abc', [mark(-5, 1), mark(2, 99), mark(2, 1), mark(1, 1), mark(Number.NaN, 2)]);
    expect(segments.map((s) => [s.text, s.kind ?? null])).toEqual([
      ['a', 'problem'],
      ['b', null],
      ['c', 'problem'],
    ]);
  });

  it('cuts long text, says how much is hidden and caps the number of highlights', () => {
    const many = Array.from({ length: MAX_HIGHLIGHTS + 50 }, (_, i) => mark(i, i + 1));
    const { segments, hiddenChars } = segmentText('x'.repeat(3000), many, 1000);
    expect(segments.map((s) => s.text).join('')).toHaveLength(1000);
    expect(hiddenChars).toBe(2000);
    expect(segments.filter((s) => s.kind).length).toBe(MAX_HIGHLIGHTS);
  });

  it('always rebuilds the shown text exactly, whatever the highlights', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(
          fc.record({
            start: fc.integer({ min: -10, max: 90 }),
            end: fc.integer({ min: -10, max: 90 }),
            strong: fc.boolean(),
          }),
        ),
        (text, raw) => {
          const { segments } = segmentText(
            text,
            raw.map((r) => mark(r.start, r.end, r.strong ? 'strength' : 'problem')),
          );
          expect(segments.map((s) => s.text).join('')).toBe(text);
        },
      ),
    );
  });
});

describe('gradedPart', () => {
  it('never splits an emoji at the cut', () => {
    const text = `${'a'.repeat(4)}😀b`;
    expect(gradedPart(text, 5)).toBe('aaaa');
    expect(gradedPart(text, 6)).toBe('aaaa😀');
    expect(gradedPart('short', 10)).toBe('short');
  });
});

describe('the #note= link', () => {
  it('round-trips any note and name, including HTML and % signs', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 30 }), (note, name) => {
        const link = noteLink('https://example.org/check/#old', note, name);
        expect(link.startsWith('https://example.org/check/#note=')).toBe(true);
        const read = readNoteFragment(new URL(link).hash);
        expect(read).toEqual(
          name.trim() ? { kind: 'note', note, name: name.trim().slice(0, 80) } : { kind: 'note', note },
        );
      }),
    );
  });

  it('gives a clear message for malformed % sequences instead of throwing', () => {
    expect(readNoteFragment('#note=50%25%ZZ')).toEqual({ kind: 'error', message: BROKEN_LINK_MESSAGE });
    expect(readNoteFragment('#note=ok&to=%E0%A4%A')).toEqual({ kind: 'error', message: BROKEN_LINK_MESSAGE });
  });

  it('ignores fragments without a note', () => {
    expect(readNoteFragment('')).toEqual({ kind: 'none' });
    expect(readNoteFragment('#main')).toEqual({ kind: 'none' });
  });
});

describe('scenarioFor', () => {
  it('passes the name and each fact’s keywords to the grader', () => {
    const scenario = scenarioFor({
      recipient: { name: 'Chris' },
      howYouKnowThem: { keywords: ['beach'] },
      whatYouWant: { keywords: ['marketing', 'charity'] },
    });
    expect(scenario).toEqual({ name: ['Chris'], context: ['beach'], want: ['marketing', 'charity'] });
  });
});

describe('feedbackSummary', () => {
  it('names the verdict, the score, the grader’s summary, the checks passed and the count', () => {
    const text = feedbackSummary({
      verdict: 'needs-work',
      score: 55,
      summary: 'Personal, but it does not say why.',
      length: 120,
      limit: 200,
      criteria: [{ status: 'pass' }, { status: 'partial' }, { status: 'fail' }],
    });
    expect(text).toBe(
      'Verdict: Needs work. Score 55 of 100. Personal, but it does not say why. 1 of 3 checks pass. 120 of 200 characters.',
    );
  });
});

describe('mentionsName', () => {
  it('finds a name as a whole word, in any case, and not inside another word', () => {
    expect(mentionsName('Hi leila, thanks', 'Leila')).toBe(true);
    expect(mentionsName('Dear Ms  Shah,', 'Ms Shah')).toBe(true);
    expect(mentionsName('Hi Laila, thanks', 'Leila')).toBe(false);
    expect(mentionsName('Hi Annabel', 'Ann')).toBe(false);
    expect(mentionsName('Hi (Jo)', '(Jo)')).toBe(true);
    expect(mentionsName('Hi there', '  ')).toBe(false);
  });
});

describe('visibleHighlights', () => {
  it('drops highlights that cover only white space', () => {
    const text = 'Hi Ana, at the beach clean-up';
    const kept = visibleHighlights(text, [mark(0, 6, 'strength'), mark(20, 21, 'strength'), mark(15, 20, 'strength')]);
    expect(kept.map((h) => text.slice(h.start, h.end))).toEqual(['Hi Ana', 'beach']);
  });
});

describe('standing', () => {
  it('says not done, with the goal, before anything was saved', () => {
    expect(standing({ done: false })).toEqual({
      done: false,
      text: 'Reach Thoughtful to complete this exercise.',
    });
  });
  it('gives the best verdict so far, and the current one when it is lower', () => {
    expect(standing({ done: false, best: 'needs-work' }, 'needs-work').text).toBe(
      'Your best so far needs work; reach Thoughtful to complete this exercise.',
    );
    expect(standing({ done: false, best: 'needs-work' }, 'lazy').text).toBe(
      'Your best so far needs work; this version looks lazy; reach Thoughtful to complete this exercise.',
    );
  });
  it('stays done when the note is made worse, and says so', () => {
    expect(standing({ done: true }, 'thoughtful')).toEqual({
      done: true,
      text: 'You wrote a thoughtful note for this situation.',
    });
    expect(standing({ done: true, best: 'thoughtful' }, 'needs-work')).toEqual({
      done: true,
      text: 'Your best was thoughtful; this version needs work.',
    });
    expect(standing({ done: true }, 'unjudged').text).toBe('Your best was thoughtful; this version can’t be judged.');
    expect(standing({ done: false, best: 'thoughtful' }).done).toBe(true);
  });
});
