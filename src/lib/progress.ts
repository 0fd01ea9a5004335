/**
 * The learner's progress: one versioned localStorage key, validated on every load.
 *
 * Key: `add-a-note:progress`. Shape (version 2):
 *
 *   {
 *     version: 2,
 *     exercises:  { [exerciseId]: { completedAt: ISO date, score: 0..100 } },  // reached `thoughtful`
 *     selfChecks: { [lessonId]:   { correct, total, at: ISO date } },         // best lesson self-check
 *     quiz: { best?: { correct, total, at }, last?: { correct, total, at },   // final quiz
 *             lastQuestionIds?: string[] },                                 // asked last time, avoided next
 *     lessonsRead?: { [lessonId]: ISO date },                                 // lessons with nothing to do but read
 *     learnerName?: string,                                                    // typed for the certificate, ≤ 80 characters
 *     drafts?: { [exerciseId | 'check']: { text, to?, savedAt: ISO date } },   // the note in each box, ≤ 5,000 characters
 *     bests?:  { [exerciseId]: { verdict, score, at: ISO date } },            // best verdict a saved draft reached
 *     unreadable?: { text, at: ISO date, problem: 'corrupt' | 'invalid' },     // what was stored before, if unreadable
 *     updatedAt: ISO date
 *   }
 *
 * Optional fields may be missing, so older data stays valid without rewriting it.
 *
 * Migrations, each run on load before validation, oldest first:
 * - 1 → 2: version 2 adds `drafts`, `bests` and `unreadable`, all optional, so version 1 data is
 *   version 2 data with its number changed.
 *
 * A stored value that is corrupt, of an unknown version or of the wrong shape is never trusted and
 * never lost: `loadProgress` reports it and returns fresh progress; `updateProgress` keeps the
 * unreadable text under `unreadable` in what it saves (so it comes with a downloaded progress
 * file), and never writes over progress from a newer version of the course. Storage that throws
 * (private mode, disabled cookies, a full quota) never loses the page's state: callers keep the
 * in-memory value and show the returned problem.
 *
 * Validation is hand-written (`progress-validate.ts`) to keep a schema library out of the
 * JavaScript every page loads.
 */
import { VERDICT_RANK, gradedPart, type Verdict } from './exercise.ts';
import { DRAFT_MAX_CHARS, NAME_MAX, validateProgress } from './progress-validate.ts';

/** The one localStorage key the course writes. */
export const PROGRESS_KEY = 'add-a-note:progress';

/** The current version of the stored shape. */
export const PROGRESS_VERSION = 2;

/** Longest learner name we keep: enough for any real name, small enough for storage. */
export const LEARNER_NAME_MAX = NAME_MAX;

export { DRAFT_MAX_CHARS };

/** A score on a set of questions. */
export interface Attempt {
  correct: number;
  total: number;
  at: string;
}

/** A note as it was last typed into an exercise or the checker. */
export interface Draft {
  /** The note, cut to `DRAFT_MAX_CHARS`. */
  text: string;
  /** The checker's “their first name”, when given. */
  to?: string;
  savedAt: string;
}

/** The learner's progress, as validated. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  exercises: Record<string, { completedAt: string; score: number }>;
  selfChecks: Record<string, Attempt>;
  /** The final quiz: the best and last attempts, and the ids of the questions it asked last time. */
  quiz: { best?: Attempt; last?: Attempt; lastQuestionIds?: string[] };
  /** When the learner marked each exercise-free lesson as read, by lesson slug. */
  lessonsRead?: Record<string, string>;
  learnerName?: string;
  /** The note last typed in each exercise (by id) and in the checker (`check`). */
  drafts?: Record<string, Draft>;
  /** The best verdict each exercise's saved drafts reached. */
  bests?: Record<string, { verdict: Verdict; score: number; at: string }>;
  /** Stored text that could not be read, kept rather than written over. */
  unreadable?: { text: string; at: string; problem: 'corrupt' | 'invalid' };
  updatedAt: string;
}

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
  corrupt:
    'The progress saved in this browser could not be read (it was damaged), so the course is starting fresh. The damaged copy is kept, and comes with your progress when you download it from the course map.',
  invalid:
    'The progress saved in this browser was not in a form the course understands, so you are starting fresh. The old copy is kept, and comes with your progress when you download it from the course map.',
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
  const progress = validateProgress(migrate(value), PROGRESS_VERSION);
  return progress ? { progress } : { progress: emptyProgress(now), problem: 'invalid' };
}

/** Stored data of an older version brought up to the current one; anything else is returned as it is. */
export function migrate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const stored = value as { version?: unknown };
  // 1 → 2: only optional fields were added.
  if (stored.version === 1) return { ...stored, version: 2 };
  return value;
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
  const { raw: _raw, ...loaded } = readStored(storage);
  return loaded;
}

/** Reads progress and the text it came from, so an unreadable text can be kept. */
function readStored(storage: StorageLike | undefined): LoadResult & { raw?: string } {
  if (!storage) return { progress: emptyProgress(), problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), problem: 'unavailable' };
  }
  return raw === null ? parseProgress(raw) : { ...parseProgress(raw), raw };
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
  const trimmed = cutName(name);
  const { learnerName: _old, ...rest } = progress;
  return { ...rest, ...(trimmed ? { learnerName: trimmed } : {}), updatedAt: now.toISOString() };
}

/** A name trimmed and cut to `NAME_MAX` characters (code points, so no emoji is split). */
function cutName(name: string): string {
  return [...name.trim()].slice(0, NAME_MAX).join('');
}

/** Progress with the note in an exercise's (or the checker's) box saved; an empty box removes the draft. */
export function saveDraft(
  progress: Progress,
  id: string,
  draft: { text: string; to?: string },
  now: Date = new Date(),
): Progress {
  const { [id]: _old, ...others } = progress.drafts ?? {};
  const to = cutName(draft.to ?? '');
  const drafts =
    draft.text.trim() === ''
      ? others
      : {
          ...others,
          [id]: { text: gradedPart(draft.text, DRAFT_MAX_CHARS), ...(to ? { to } : {}), savedAt: now.toISOString() },
        };
  return { ...progress, drafts, updatedAt: now.toISOString() };
}

/** Progress with an exercise's best verdict raised to `verdict` (then `score`) if that is better. */
export function recordBest(
  progress: Progress,
  id: string,
  result: { verdict: Verdict; score: number },
  now: Date = new Date(),
): Progress {
  const old = progress.bests?.[id];
  const rank = (verdict: Verdict) => VERDICT_RANK[verdict];
  if (
    old &&
    (rank(old.verdict) > rank(result.verdict) || (old.verdict === result.verdict && old.score >= result.score))
  )
    return progress;
  const score = Math.round(Math.min(100, Math.max(0, result.score)));
  const entry = { verdict: result.verdict, score, at: now.toISOString() };
  return { ...progress, bests: { ...progress.bests, [id]: entry }, updatedAt: now.toISOString() };
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

/**
 * Reads progress, applies `change`, saves it; returns the new progress and any problem. Never
 * throws. Unreadable stored text is kept under `unreadable`; a newer version's data is left alone.
 */
export function updateProgress(
  change: (progress: Progress) => Progress,
  storage: StorageLike | undefined = browserStorage(),
): { progress: Progress; problem?: ProgressProblem } {
  const loaded = readStored(storage);
  if (loaded.problem === 'newer-version') return { progress: change(loaded.progress), problem: 'newer-version' };
  const kept =
    (loaded.problem === 'corrupt' || loaded.problem === 'invalid') && loaded.raw !== undefined
      ? { ...loaded.progress, unreadable: { text: loaded.raw, at: loaded.progress.updatedAt, problem: loaded.problem } }
      : loaded.progress;
  const next = change(kept);
  const saved = saveProgress(next, storage);
  if (!saved.ok) return { progress: next, problem: saved.problem };
  return loaded.problem ? { progress: next, problem: loaded.problem } : { progress: next };
}
