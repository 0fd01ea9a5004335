/**
 * The learner's progress: one versioned localStorage key, validated on every load.
 *
 * Key: `add-a-note:progress`. Shape (version 1):
 *
 *   {
 *     version: 1,
 *     exercises:  { [exerciseId]: { completedAt: ISO date, score: 0..100 } },  // reached `thoughtful`
 *     selfChecks: { [lessonId]:   { correct, total, at: ISO date } },         // best lesson self-check
 *     quiz: { best?: { correct, total, at }, last?: { correct, total, at },   // final quiz
 *             lastQuestionIds?: string[] },                                 // asked last time, avoided next
 *     lessonsRead?: { [lessonId]: ISO date },                                 // lessons with nothing to do but read
 *     learnerName?: string,                                                    // typed for the certificate
 *     updatedAt: ISO date
 *   }
 *
 * `lessonsRead` and `quiz.lastQuestionIds` are optional, so progress saved before they existed stays
 * valid version 1 data.
 *
 * Migrations: none yet. A later version adds a `migrate` step from each older version here. A
 * stored value that is corrupt, of an unknown version or of the wrong shape is never trusted and
 * never overwritten silently: `loadProgress` reports it and returns fresh progress, and the caller
 * decides whether to save over it. Storage that throws (private mode, disabled cookies, a full quota)
 * never loses the page's state: callers keep the in-memory value and show the returned problem.
 *
 * zod/mini rather than `astro/zod`: this module runs in the browser, and the full zod build would
 * cost about 90 KB gzip against the 30 KB page budget; zod/mini validates the same shape in ~6 KB.
 */
import * as z from 'zod/mini';

/** The one localStorage key the course writes. */
export const PROGRESS_KEY = 'add-a-note:progress';

/** The current version of the stored shape. */
export const PROGRESS_VERSION = 1;

/** Longest learner name we keep: enough for any real name, small enough for storage. */
export const LEARNER_NAME_MAX = 80;

const isoDate = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO date'));
const count = z.int().check(z.minimum(0));

/** A score on a set of questions. */
export const AttemptSchema = z
  .object({ correct: count, total: z.int().check(z.minimum(1)), at: isoDate })
  .check(z.refine((attempt) => attempt.correct <= attempt.total, 'correct cannot exceed total'));

/** The stored progress, version 1. */
export const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  exercises: z.record(
    z.string(),
    z.object({ completedAt: isoDate, score: z.int().check(z.minimum(0), z.maximum(100)) }),
  ),
  selfChecks: z.record(z.string(), AttemptSchema),
  quiz: z.object({
    best: z.optional(AttemptSchema),
    last: z.optional(AttemptSchema),
    /** Ids of the questions the last final quiz asked, so the next draw can avoid them. */
    lastQuestionIds: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100))),
  }),
  /** When the learner marked each exercise-free lesson as read, by lesson slug. */
  lessonsRead: z.optional(z.record(z.string(), isoDate)),
  learnerName: z.optional(z.string().check(z.maxLength(LEARNER_NAME_MAX))),
  updatedAt: isoDate,
});

/** The learner's progress, as validated. */
export type Progress = z.infer<typeof ProgressSchema>;
/** A score on a set of questions. */
export type Attempt = z.infer<typeof AttemptSchema>;

/** The slice of the Web Storage API this module uses, so tests can pass their own. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why stored progress could not be used or saved. */
export type ProgressProblem = 'unavailable' | 'corrupt' | 'invalid' | 'newer-version' | 'quota';

/** Plain-language explanations of each problem, for the UI. */
export const PROBLEM_MESSAGES: Record<ProgressProblem, string> = {
  unavailable:
    'This browser is not letting the site store anything (private mode or blocked storage), so progress lasts only while this page is open.',
  corrupt: 'The progress saved in this browser could not be read (it was damaged), so the course is starting fresh.',
  invalid: 'The progress saved in this browser was not in a form the course understands, so you are starting fresh.',
  'newer-version':
    'Your progress was saved by a newer version of the course; it was left untouched and this page starts fresh.',
  quota:
    'This browser’s storage is full, so your latest progress could not be saved. It stays on this page until you leave.',
};

/** Fresh progress with nothing done. */
export function emptyProgress(now: Date = new Date()): Progress {
  return { version: PROGRESS_VERSION, exercises: {}, selfChecks: {}, quiz: {}, updatedAt: now.toISOString() };
}

/** The result of reading or parsing stored progress. */
export interface LoadResult {
  /** Progress to use: the stored one when valid, otherwise fresh. */
  progress: Progress;
  /** What went wrong, when something did. */
  problem?: ProgressProblem;
}

/** Parses a stored or imported text into progress; never throws. `null` (nothing stored) is fresh progress. */
export function parseProgress(raw: string | null, now: Date = new Date()): LoadResult {
  if (raw === null) return { progress: emptyProgress(now) };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(now), problem: 'corrupt' };
  }
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return { progress: emptyProgress(now), problem: 'newer-version' };
  }
  const parsed = ProgressSchema.safeParse(value);
  return parsed.success ? { progress: parsed.data } : { progress: emptyProgress(now), problem: 'invalid' };
}

/** The browser's localStorage, or undefined where touching it throws (some private modes do). */
export function browserStorage(): StorageLike | undefined {
  try {
    const storage = globalThis.localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads progress from storage; never throws. */
export function loadProgress(storage: StorageLike | undefined = browserStorage()): LoadResult {
  if (!storage) return { progress: emptyProgress(), problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), problem: 'unavailable' };
  }
  return parseProgress(raw);
}

/** Writes progress to storage; never throws. Returns the problem when it could not. */
export function saveProgress(
  progress: Progress,
  storage: StorageLike | undefined = browserStorage(),
): { ok: true } | { ok: false; problem: ProgressProblem } {
  if (!storage) return { ok: false, problem: 'unavailable' };
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return { ok: true };
  } catch (error) {
    const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    return { ok: false, problem: quota ? 'quota' : 'unavailable' };
  }
}

/** Removes stored progress (the reset button); never throws. */
export function clearProgress(storage: StorageLike | undefined = browserStorage()): boolean {
  try {
    storage?.removeItem(PROGRESS_KEY);
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Progress with an exercise marked complete; keeps the first completion date and the best score. */
export function markExerciseDone(
  progress: Progress,
  exerciseId: string,
  score: number,
  now: Date = new Date(),
): Progress {
  const previous = progress.exercises[exerciseId];
  const entry = {
    completedAt: previous?.completedAt ?? now.toISOString(),
    score: Math.max(previous?.score ?? 0, Math.round(Math.min(100, Math.max(0, score)))),
  };
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: entry }, updatedAt: now.toISOString() };
}

/** Progress with a lesson marked as read; keeps the first date so re-reading changes nothing. */
export function markLessonRead(progress: Progress, lessonId: string, now: Date = new Date()): Progress {
  const read = progress.lessonsRead ?? {};
  if (read[lessonId]) return progress;
  return { ...progress, lessonsRead: { ...read, [lessonId]: now.toISOString() }, updatedAt: now.toISOString() };
}

/** Progress with a lesson's "read" mark taken off again (the learner changed their mind). */
export function unmarkLessonRead(progress: Progress, lessonId: string, now: Date = new Date()): Progress {
  const { [lessonId]: _removed, ...rest } = progress.lessonsRead ?? {};
  return { ...progress, lessonsRead: rest, updatedAt: now.toISOString() };
}

/** Progress with the learner's name for the certificate, trimmed and cut to the stored maximum. */
export function setLearnerName(progress: Progress, name: string, now: Date = new Date()): Progress {
  const trimmed = [...name.trim()].slice(0, LEARNER_NAME_MAX).join('');
  const { learnerName: _old, ...rest } = progress;
  return { ...rest, ...(trimmed ? { learnerName: trimmed } : {}), updatedAt: now.toISOString() };
}

function better(a: Attempt | undefined, b: Attempt): Attempt {
  if (!a) return b;
  return b.correct / b.total > a.correct / a.total ? b : a;
}

/** Progress with a lesson self-check attempt recorded (the best one is kept). */
export function recordSelfCheck(
  progress: Progress,
  lessonId: string,
  result: { correct: number; total: number },
  now: Date = new Date(),
): Progress {
  const attempt = { ...result, at: now.toISOString() };
  return {
    ...progress,
    selfChecks: { ...progress.selfChecks, [lessonId]: better(progress.selfChecks[lessonId], attempt) },
    updatedAt: now.toISOString(),
  };
}

/** Progress with a final-quiz attempt recorded: always the last, and the best so far. */
export function recordQuizResult(
  progress: Progress,
  result: { correct: number; total: number },
  now: Date = new Date(),
): Progress {
  const attempt = { ...result, at: now.toISOString() };
  return {
    ...progress,
    quiz: { best: better(progress.quiz.best, attempt), last: attempt },
    updatedAt: now.toISOString(),
  };
}

/** Reads progress, applies `change`, saves it; returns the new progress and any problem. Never throws. */
export function updateProgress(
  change: (progress: Progress) => Progress,
  storage: StorageLike | undefined = browserStorage(),
): { progress: Progress; problem?: ProgressProblem } {
  const loaded = loadProgress(storage);
  // Never overwrite progress written by a newer version of the course.
  if (loaded.problem === 'newer-version') return { progress: change(loaded.progress), problem: 'newer-version' };
  const next = change(loaded.progress);
  const saved = saveProgress(next, storage);
  if (!saved.ok) return { progress: next, problem: saved.problem };
  return loaded.problem ? { progress: next, problem: loaded.problem } : { progress: next };
}
