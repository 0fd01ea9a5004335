import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { ResultSchema } from '../../../src/lib/grader/result-schema.ts';
import { VERDICT_BANDS } from '../../../src/lib/grader/model.ts';
import { expectValidHighlights } from './helpers.ts';

/** Pieces of real and broken notes, so generated text exercises every rule. */
const FRAGMENTS = [
  'Hi Lena,',
  'Dear Sir/Madam,',
  ' we met at ',
  'the Berlin JS meetup',
  ' last night. ',
  'Loved your post on ',
  'remote onboarding',
  "I'm rewriting our dashboard",
  ' and would love to follow your work',
  ' because ',
  "I'd like to add you to my professional network on LinkedIn.",
  'Since you are a person I trust',
  '{{first_name}}',
  '[Name]',
  '<name>',
  'expand my network',
  'Our platform helps teams',
  'book a demo',
  '15 minutes',
  'refer me',
  'PLEASE ACCEPT MY REQUEST',
  'impressive profile',
  'Thanks!',
  'happy to share',
  'Best,\nNina',
  '\n- Sam',
  ' ',
  '\n',
  '\r\n',
  '\u200b',
  '\u00a0',
  '\u00ad',
  '’',
  '“',
  '—',
  '👋🏽',
  '👨‍👩‍👧',
  'é',
  'e\u0301',
  'Ｉ',
  '𝐇𝐢',
  'İ',
  '<script>alert(1)</script>',
  '(((',
  ']]]',
  'example.com/x',
  'Hallo wir sind',
  '日本語',
  '.',
  '!',
  '?',
  ',',
  "'",
  '"',
  'a',
  'Z',
];

const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  maxLength: 300,
});
const graphemes = fc.string({ unit: 'grapheme', maxLength: 150 });
const noteLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(codeUnits, graphemes, noteLike);
/** Notes as people write them: the same fragments, separated by spaces as words are. */
const spacedNote = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(' '));
const limit = fc.constantFrom<200 | 300>(200, 300);

const STOCK = [
  "I'd like to add you to my professional network on LinkedIn.",
  "I'd like to connect with you on LinkedIn.",
  'Since you are a person I trust, I wanted to invite you to join my network on LinkedIn.',
];

// Hundreds of generated notes per property; the timeout leaves room on a busy machine, it times nothing.
describe('grader properties', { timeout: 60_000 }, () => {
  it('never throws, always returns a valid result with valid highlights', () => {
    fc.assert(
      fc.property(anyText, limit, (text, max) => {
        const result = gradeNote(text, { limit: max });
        expect(ResultSchema.safeParse(result).success).toBe(true);
        expectValidHighlights(text, result);
        const [low, high] = VERDICT_BANDS[result.verdict];
        expect(result.score).toBeGreaterThanOrEqual(low);
        expect(result.score).toBeLessThanOrEqual(high);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(gradeNote(text)).toEqual(gradeNote(text));
      }),
      { numRuns: 200 },
    );
  });

  it('never raises the score when the stock text is added', () => {
    fc.assert(
      fc.property(
        fc.oneof(codeUnits, graphemes, spacedNote),
        fc.constantFrom(...STOCK),
        fc.constantFrom(' ', '\n'),
        fc.boolean(),
        limit,
        (text, stock, glue, before, max) => {
          const added = before ? `${stock}${glue}${text}` : `${text}${glue}${stock}`;
          expect(gradeNote(added, { limit: max }).score).toBeLessThanOrEqual(gradeNote(text, { limit: max }).score);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reports length in code points and never rates a note over the limit thoughtful', () => {
    fc.assert(
      fc.property(anyText, limit, (text, max) => {
        const result = gradeNote(text, { limit: max });
        expect(result.length).toBe(Array.from(text.replace(/\r\n/g, '\n')).length);
        if (result.length > max) {
          expect(result.verdict).not.toBe('thoughtful');
          expect(result.flags).toContain('over-limit');
        }
      }),
      { numRuns: 300 },
    );
  });
});
