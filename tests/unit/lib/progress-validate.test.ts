import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { DRAFT_MAX_CHARS, NAME_MAX, validateProgress } from '../../../src/lib/progress-validate.ts';

/**
 * The stored shape, written once more as a zod schema: the hand-written validator must accept
 * exactly what this accepts and return what it returns, so the two cannot drift apart.
 */
const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)));
const score = z.int().min(0).max(100);
const name = z.string().refine((value) => [...value].length <= NAME_MAX);
const Attempt = z
  .object({ correct: z.int().min(0), total: z.int().min(1), at: isoDate })
  .refine((a) => a.correct <= a.total);
const Reference = z.object({
  version: z.literal(2),
  exercises: z.record(z.string(), z.object({ completedAt: isoDate, score })),
  selfChecks: z.record(z.string(), Attempt),
  quiz: z.object({
    best: Attempt.optional(),
    last: Attempt.optional(),
    lastQuestionIds: z.array(z.string().max(100)).max(100).optional(),
  }),
  lessonsRead: z.record(z.string(), isoDate).optional(),
  learnerName: name.optional(),
  drafts: z
    .record(z.string(), z.object({ text: z.string().max(DRAFT_MAX_CHARS), to: name.optional(), savedAt: isoDate }))
    .optional(),
  bests: z
    .record(
      z.string(),
      z.object({ verdict: z.enum(['default', 'lazy', 'needs-work', 'thoughtful']), score, at: isoDate }),
    )
    .optional(),
  unreadable: z.object({ text: z.string(), at: isoDate, problem: z.enum(['corrupt', 'invalid']) }).optional(),
  updatedAt: isoDate,
});

/** Mostly `good`, now and then `bad`: each field is wrong rarely, so whole values are often valid. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: bad });
/** A well-formed value or, now and then, any JSON value instead, so both sides of every check are tried. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => mostly(arbitrary, fc.jsonValue());
const iso = mostly(
  fc
    .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') })
    .map((d) => d.toISOString()),
  fc.constantFrom('soon', '', '2026-02-30T99:00:00Z', '2026-11-26'),
);
const int = mostly(fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 101, 0.5, 2 ** 53, Number.NaN));
const key = fc.constantFrom('a', 'impersonal-beach-clean-up', 'check', 'constructor', 'toString');
const text = mostly(
  fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('x'.repeat(DRAFT_MAX_CHARS), '🙂'.repeat(80))),
  fc.constantFrom('x'.repeat(DRAFT_MAX_CHARS + 1), '🙂'.repeat(81)),
);
const attempt = maybe(
  mostly(
    fc
      .integer({ min: 1, max: 12 })
      .chain((total) => fc.record({ correct: fc.integer({ min: 0, max: total }), total: fc.constant(total), at: iso })),
    fc.record({ correct: int, total: int, at: iso }, { requiredKeys: ['correct'] }),
  ),
);
/** A map of a few ids to values. */
const few = <T>(value: fc.Arbitrary<T>) => fc.dictionary(key, value, { maxKeys: 3 });
const progress = fc.record(
  {
    version: mostly(fc.constant(2), fc.constantFrom(1, 3, '2')),
    exercises: maybe(few(maybe(fc.record({ completedAt: iso, score: int })))),
    selfChecks: maybe(few(attempt)),
    quiz: maybe(
      fc.record(
        {
          best: attempt,
          last: attempt,
          lastQuestionIds: maybe(fc.array(fc.constantFrom('a', 'rude-pick-ask', 'x'.repeat(101)), { maxLength: 3 })),
        },
        { requiredKeys: [] },
      ),
    ),
    lessonsRead: maybe(few(iso)),
    learnerName: maybe(text),
    drafts: maybe(few(maybe(fc.record({ text, to: text, savedAt: iso }, { requiredKeys: ['text'] })))),
    bests: maybe(
      few(
        maybe(
          fc.record({
            verdict: mostly(fc.constantFrom('lazy', 'thoughtful'), fc.constant('great')),
            score: int,
            at: iso,
          }),
        ),
      ),
    ),
    unreadable: maybe(
      fc.record({ text, at: iso, problem: mostly(fc.constantFrom('corrupt', 'invalid'), fc.constant('other')) }),
    ),
    updatedAt: iso,
    extra: fc.jsonValue(),
  },
  { requiredKeys: ['version', 'exercises', 'selfChecks', 'quiz', 'updatedAt'] },
);

/** What localStorage would hand back: the value after a trip through JSON. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

describe('validateProgress', () => {
  it('agrees with a zod schema of the same shape on every generated value', () => {
    let valid = 0;
    fc.assert(
      fc.property(progress, (generated) => {
        const value = stored(generated);
        const reference = Reference.safeParse(value);
        const ours = validateProgress(value, 2);
        if (reference.success) valid += 1;
        expect(ours).toEqual(reference.success ? reference.data : undefined);
      }),
      { numRuns: 3000 },
    );
    // Both outcomes must be well represented, or the agreement would mean little.
    expect(valid).toBeGreaterThan(200);
    expect(valid).toBeLessThan(2800);
  });

  it('agrees on values that are not progress at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validateProgress(value, 2)).toEqual(
          Reference.safeParse(value).success ? Reference.parse(value) : undefined,
        );
      }),
    );
  });

  it('drops unknown fields and accepts only the version it is asked for', () => {
    const at = '2026-11-26T10:00:00.000Z';
    const value = { version: 2, exercises: {}, selfChecks: {}, quiz: { extra: 1 }, updatedAt: at, other: true };
    expect(validateProgress(value, 2)).toEqual({ version: 2, exercises: {}, selfChecks: {}, quiz: {}, updatedAt: at });
    expect(validateProgress(value, 3)).toBeUndefined();
  });
});
