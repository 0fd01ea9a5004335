import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_HIGHLIGHTS,
  insideWord,
  segmentText,
  snapToWords,
  tidyHighlights,
  type HighlightLike,
} from '../../../src/lib/tidy-highlights.ts';

/** A highlight over the first occurrence of `passage` in `text`, cut by `trim` characters at each end. */
const mark = (
  text: string,
  passage: string,
  kind: 'problem' | 'strength' = 'strength',
  message = `“${passage}” helps.`,
  trim: [number, number] = [0, 0],
): HighlightLike => {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`${passage} is not in ${text}`);
  return { start: start + trim[0], end: start + passage.length - trim[1], kind, reason: 'impersonal', message };
};

const shown = (text: string, highlights: readonly HighlightLike[]) =>
  tidyHighlights(text, highlights).map((h) => [text.slice(h.start, h.end), h.kind, h.message]);

const slice = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

describe('snapToWords', () => {
  it('widens a stretch that starts or ends inside a word to the whole word', () => {
    const text = 'We loved the activities and the sign-up desk.';
    const at = text.indexOf('ivities');
    expect(slice(text, snapToWords(text, at, at + 3))).toBe('activities');
    const sign = text.indexOf('sign');
    expect(slice(text, snapToWords(text, sign, sign + 4))).toBe('sign-up');
    expect(slice('I don’t mind', snapToWords('I don’t mind', 2, 5))).toBe('don’t');
  });

  it('trims white space and never cuts an emoji in two', () => {
    const text = 'Hi 😀 there';
    expect(snapToWords(text, 3, 4)).toEqual({ start: 3, end: 5 });
    expect(snapToWords(text, 2, 9)).toEqual({ start: 3, end: 11 });
  });
});

describe('tidyHighlights', () => {
  it('moves markers that fell inside words to the words’ edges (“acti✓vities”, “sign✓-up”)', () => {
    const text = 'I loved the beach activities and the sign-up process.';
    const result = shown(text, [
      mark(text, 'beach activities', 'strength', 'm1', [0, 6]),
      mark(text, 'the sign-up process', 'strength', 'm2', [0, 11]),
    ]);
    expect(result).toEqual([
      ['beach activities', 'strength', 'm1'],
      ['the sign-up', 'strength', 'm2'],
    ]);
  });

  it('widens a one-word strength that is a common word to its clause, and quotes the clause', () => {
    const text = 'I read your interview about rotas for part-time staff, and it helped.';
    expect(shown(text, [mark(text, 'staff')])).toEqual([
      [
        'I read your interview about rotas for part-time staff',
        'strength',
        '“I read your interview about rotas for part-time staff” helps.',
      ],
    ]);
  });

  it('keeps a name, a one-word sentence and a one-word problem as they are', () => {
    const text = 'Hi Ana, pls add me. Thanks!';
    expect(shown(text, [mark(text, 'Ana'), mark(text, 'pls', 'problem'), mark(text, 'Thanks')])).toEqual([
      ['Ana', 'strength', '“Ana” helps.'],
      ['pls', 'problem', '“pls” helps.'],
      ['Thanks', 'strength', '“Thanks” helps.'],
    ]);
  });

  it('drops a strength with no words in it, and one that stays a single word with nothing round it', () => {
    const text = 'Hi Ana. 😀 show 😀';
    expect(shown(text, [mark(text, 'show'), mark(text, ' '), { ...mark(text, 'Ana'), end: Number.NaN }])).toEqual([]);
  });

  it('lets a problem win where it meets a strength, cutting the strength at a word edge', () => {
    const text = 'Loved your talk, please refer me for the role.';
    const strength = mark(text, 'Loved your talk, please', 'strength', 'good');
    const problem = mark(text, 'please refer me', 'problem', 'bad', [2, 0]);
    expect(shown(text, [strength, problem])).toEqual([
      ['Loved your talk', 'strength', 'good'],
      ['please refer me', 'problem', 'bad'],
    ]);
  });

  it('marks the same stretch once', () => {
    const text = 'We met at the Leeds meetup.';
    const twice = mark(text, 'met at the Leeds meetup', 'strength', 'one');
    expect(shown(text, [twice, { ...twice, message: 'two' }])).toEqual([
      ['met at the Leeds meetup', 'strength', 'one'],
    ]);
  });

  it('returns sorted, non-overlapping highlights whose edges are never inside a word, whatever it is given', () => {
    const word = fc.stringMatching(/^[a-zA-Zé’'-]{1,8}$/);
    const gap = fc.constantFrom(' ', ', ', '. ', '\n', ' 😀 ', ' - ');
    const text = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 12 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(
        text.chain((t) =>
          fc.tuple(
            fc.constant(t),
            fc.array(
              fc.record({
                start: fc.integer({ min: -2, max: t.length + 2 }),
                end: fc.integer({ min: -2, max: t.length + 2 }),
                kind: fc.constantFrom('problem' as const, 'strength' as const),
                reason: fc.constant('why'),
                message: fc.constant('m'),
              }),
              { maxLength: 6 },
            ),
          ),
        ),
        ([t, highlights]) => {
          const tidied = tidyHighlights(t, highlights);
          tidied.forEach((h, i) => {
            expect(h.start).toBeLessThan(h.end);
            expect(insideWord(t, h.start) || insideWord(t, h.end), JSON.stringify([t, h])).toBe(false);
            expect(t.slice(h.start, h.end).trim()).toBe(t.slice(h.start, h.end));
            if (i > 0) expect(h.start).toBeGreaterThanOrEqual(tidied[i - 1]?.end ?? 0);
          });
        },
      ),
    );
  });
});

/** A highlight from `start` to `end`, as segmentText takes it. */
const at = (start: number, end: number, kind: 'problem' | 'strength' = 'problem') => ({ start, end, kind });

describe('segmentText', () => {
  it('splits at every edge and lets a problem win where it overlaps a strength', () => {
    const { segments } = segmentText('Hi Ana, great talk', [at(0, 6, 'strength'), at(3, 10, 'problem')]);
    expect(segments.map((s) => [s.text, s.kind ?? null, s.marks])).toEqual([
      ['Hi ', 'strength', [0]],
      ['Ana', 'problem', [0, 1]],
      [', gr', 'problem', [1]],
      ['eat talk', null, []],
    ]);
  });

  it('clamps out-of-range offsets and drops reversed, empty or non-numeric ones', () => {
    const { segments } = segmentText('abc', [at(-5, 1), at(2, 99), at(2, 1), at(1, 1), at(Number.NaN, 2)]);
    expect(segments.map((s) => [s.text, s.kind ?? null])).toEqual([
      ['a', 'problem'],
      ['b', null],
      ['c', 'problem'],
    ]);
  });

  it('cuts long text, says how much is hidden and caps the number of highlights', () => {
    const many = Array.from({ length: MAX_HIGHLIGHTS + 50 }, (_, i) => at(i, i + 1));
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
            raw.map((r) => at(r.start, r.end, r.strong ? 'strength' : 'problem')),
          );
          expect(segments.map((s) => s.text).join('')).toBe(text);
        },
      ),
    );
  });
});
