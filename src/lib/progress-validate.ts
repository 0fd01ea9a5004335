/**
 * Checks that a parsed value is stored progress of the current version, field by field, and
 * returns a clean copy (unknown fields dropped) or the first thing wrong with it.
 *
 * Hand-written rather than a schema library: it runs in the browser on every page with an island,
 * and zod/mini cost 7.7 KB gzip of the 20 KB page budget for this one shape; this is under 1 KB.
 * `tests/unit/lib/progress-validate.test.ts` holds it to a zod schema of the same shape on
 * thousands of generated values, so the two cannot drift apart.
 */
import type { Attempt, Progress } from './progress.ts';

/** Longest draft kept per exercise: a note is at most 300 characters, so this is room for any real one. */
export const DRAFT_MAX_CHARS = 5000;

/** Longest name kept (the certificate's, the checker's “to”), in characters. */
export const NAME_MAX = 80;

const VERDICTS = ['default', 'lazy', 'needs-work', 'thoughtful'] as const;

/**
 * Thrown (and caught below) at the first field that is wrong. Stored progress is either used whole
 * or not at all, so which field failed is not kept: the learner is told in words either way.
 */
const INVALID = new Error('invalid progress');

type Read<T> = (value: unknown) => T;

function fail(): never {
  throw INVALID;
}

function object(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail();
  return value as Record<string, unknown>;
}

const isoDate: Read<string> = (value) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : fail();

const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER): Read<number> =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : fail();

/** A string of at most `max` UTF-16 units, or `max` code points when `points` (names, cut by code point). */
const text =
  (max: number, points = false): Read<string> =>
  (value) => {
    if (typeof value !== 'string') fail();
    return (points ? [...value].length : value.length) <= max ? value : fail();
  };

/** A map from ids to values; built with `Object.fromEntries`, so a key such as `__proto__` stays a plain key. */
const record =
  <T>(item: Read<T>): Read<Record<string, T>> =>
  (value) =>
    Object.fromEntries(Object.entries(object(value)).map(([key, v]) => [key, item(v)]));

/** Reads the optional `key` of `from` into `to` when present (undefined counts as absent, as in JSON). */
function optional<T>(to: Record<string, unknown>, from: Record<string, unknown>, key: string, read: Read<T>) {
  if (from[key] !== undefined) to[key] = read(from[key]);
}

const attempt: Read<Attempt> = (value) => {
  const o = object(value);
  const result = { correct: integer(0)(o['correct']), total: integer(1)(o['total']), at: isoDate(o['at']) };
  return result.correct <= result.total ? result : fail();
};

const exercise: Read<Progress['exercises'][string]> = (value) => {
  const o = object(value);
  return { completedAt: isoDate(o['completedAt']), score: integer(0, 100)(o['score']) };
};

const draft: Read<NonNullable<Progress['drafts']>[string]> = (value) => {
  const o = object(value);
  const out: Record<string, unknown> = { text: text(DRAFT_MAX_CHARS)(o['text']) };
  optional(out, o, 'to', text(NAME_MAX, true));
  out['savedAt'] = isoDate(o['savedAt']);
  return out as unknown as NonNullable<Progress['drafts']>[string];
};

const oneOf =
  <T extends string>(values: readonly T[]): Read<T> =>
  (value) =>
    values.includes(value as T) ? (value as T) : fail();

const best: Read<NonNullable<Progress['bests']>[string]> = (value) => {
  const o = object(value);
  return { verdict: oneOf(VERDICTS)(o['verdict']), score: integer(0, 100)(o['score']), at: isoDate(o['at']) };
};

const unreadable: Read<NonNullable<Progress['unreadable']>> = (value) => {
  const o = object(value);
  return {
    text: text(Number.MAX_SAFE_INTEGER)(o['text']),
    at: isoDate(o['at']),
    problem: oneOf(['corrupt', 'invalid'] as const)(o['problem']),
  };
};

/** `value` as progress of version `version` (unknown fields dropped), or undefined. Never throws. */
export function validateProgress(value: unknown, version: number): Progress | undefined {
  try {
    const o = object(value);
    if (o['version'] !== version) fail();
    const quiz = object(o['quiz']);
    const checkedQuiz: Record<string, unknown> = {};
    optional(checkedQuiz, quiz, 'best', attempt);
    optional(checkedQuiz, quiz, 'last', attempt);
    optional(checkedQuiz, quiz, 'lastQuestionIds', (ids) =>
      Array.isArray(ids) && ids.length <= 100 ? ids.map(text(100)) : fail(),
    );
    const out: Record<string, unknown> = {
      version,
      exercises: record(exercise)(o['exercises']),
      selfChecks: record(attempt)(o['selfChecks']),
      quiz: checkedQuiz,
    };
    optional(out, o, 'lessonsRead', record(isoDate));
    optional(out, o, 'learnerName', text(NAME_MAX, true));
    optional(out, o, 'drafts', record(draft));
    optional(out, o, 'bests', record(best));
    optional(out, o, 'unreadable', unreadable);
    out['updatedAt'] = isoDate(o['updatedAt']);
    return out as unknown as Progress;
  } catch (error) {
    if (error === INVALID) return undefined;
    throw error;
  }
}
