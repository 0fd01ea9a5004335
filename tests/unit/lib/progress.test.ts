import { describe, expect, it } from 'vitest';
import {
  DRAFT_MAX_CHARS,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  emptyProgress,
  loadProgress,
  LEARNER_NAME_MAX,
  markExerciseDone,
  markLessonRead,
  migrate,
  parseProgress,
  recordBest,
  recordQuizResult,
  recordSelfCheck,
  saveDraft,
  saveProgress,
  setLearnerName,
  unmarkLessonRead,
  updateProgress,
  type StorageLike,
} from '../../../src/lib/progress.ts';

const now = new Date('2026-11-26T10:00:00Z');
const later = new Date('2026-11-27T10:00:00Z');

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

const throwing = (name: string): StorageLike => ({
  getItem: () => {
    throw Object.assign(new Error('denied'), { name });
  },
  setItem: () => {
    throw Object.assign(new Error('The quota has been exceeded.'), { name });
  },
  removeItem: () => {
    throw new Error('denied');
  },
});

describe('parseProgress', () => {
  it('starts fresh when nothing is stored', () => {
    expect(parseProgress(null, now)).toEqual({ progress: emptyProgress(now) });
  });
  it.each([
    ['corrupt', '{not json'],
    ['invalid', '{"version":1,"exercises":"nope"}'],
    ['invalid', '[]'],
    ['invalid', 'null'],
    [
      'invalid',
      JSON.stringify({ ...emptyProgress(now), quiz: { best: { correct: 9, total: 3, at: now.toISOString() } } }),
    ],
    ['newer-version', '{"version":7}'],
  ])('reports %s storage and starts fresh: %s', (problem, raw) => {
    expect(parseProgress(raw, now)).toEqual({ progress: emptyProgress(now), problem });
  });
  it('round-trips valid progress', () => {
    const progress = markExerciseDone(emptyProgress(now), 'impersonal-alum', 88, now);
    expect(parseProgress(JSON.stringify(progress), now)).toEqual({ progress });
  });
});

describe('storage that fails', () => {
  it('treats blocked storage as unavailable without throwing', () => {
    expect(loadProgress(throwing('SecurityError')).problem).toBe('unavailable');
    expect(loadProgress(undefined).problem).toBe('unavailable');
  });
  it('reports a full quota and keeps the new progress in memory', () => {
    const result = updateProgress((p) => markExerciseDone(p, 'x', 90, now), {
      ...memoryStorage(),
      setItem: () => {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      },
    });
    expect(result.problem).toBe('quota');
    expect(result.progress.exercises['x']?.score).toBe(90);
  });
  it('does not overwrite progress saved by a newer version', () => {
    const newer = `{"version":${PROGRESS_VERSION + 1},"secret":true}`;
    const storage = memoryStorage({ [PROGRESS_KEY]: newer });
    const result = updateProgress((p) => markExerciseDone(p, 'x', 90, now), storage);
    expect(result.problem).toBe('newer-version');
    expect(storage.data[PROGRESS_KEY]).toBe(newer);
  });
  it.each([
    ['corrupt', '\u0000garbage'],
    ['invalid', '{"version":2,"exercises":"from another site"}'],
  ])('saves over %s storage only with the unreadable text kept, and says so', (problem, raw) => {
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const result = updateProgress((p) => markExerciseDone(p, 'x', 90, now), storage);
    expect(result.problem).toBe(problem);
    expect(result.progress.exercises['x']?.score).toBe(90);
    expect(result.progress.unreadable).toMatchObject({ text: raw, problem });
    expect(loadProgress(storage)).toEqual({ progress: result.progress });
    // The next save finds valid progress and keeps what was kept.
    const next = updateProgress((p) => markExerciseDone(p, 'y', 80, later), storage);
    expect(next.problem).toBeUndefined();
    expect(next.progress.unreadable?.text).toBe(raw);
  });
});

describe('recording progress', () => {
  it('keeps the first completion date and the best exercise score', () => {
    const once = markExerciseDone(emptyProgress(now), 'a', 80, now);
    const twice = markExerciseDone(once, 'a', 70, later);
    expect(twice.exercises['a']).toEqual({ completedAt: now.toISOString(), score: 80 });
    expect(markExerciseDone(twice, 'a', 95, later).exercises['a']?.score).toBe(95);
  });
  it('keeps the best quiz score and the last attempt', () => {
    const first = recordQuizResult(emptyProgress(now), { correct: 10, total: 12 }, now);
    const second = recordQuizResult(first, { correct: 6, total: 12 }, later);
    expect(second.quiz.best).toEqual({ correct: 10, total: 12, at: now.toISOString() });
    expect(second.quiz.last).toEqual({ correct: 6, total: 12, at: later.toISOString() });
  });
  it('keeps the best self-check per lesson', () => {
    const p = recordSelfCheck(recordSelfCheck(emptyProgress(now), 'rude', { correct: 3, total: 3 }, now), 'rude', {
      correct: 1,
      total: 3,
    });
    expect(p.selfChecks['rude']?.correct).toBe(3);
  });
  it('saves to and loads from the one key', () => {
    const storage = memoryStorage();
    const progress = markExerciseDone(emptyProgress(now), 'a', 80, now);
    expect(saveProgress(progress, storage)).toEqual({ ok: true });
    expect(Object.keys(storage.data)).toEqual([PROGRESS_KEY]);
    expect(loadProgress(storage)).toEqual({ progress });
  });
});

describe('lessons read and the learner name', () => {
  it('marks a lesson read once, keeping the first date', () => {
    const once = markLessonRead(emptyProgress(now), 'no-note-left', now);
    const twice = markLessonRead(once, 'no-note-left', later);
    expect(twice.lessonsRead).toEqual({ 'no-note-left': now.toISOString() });
    expect(twice).toBe(once);
  });
  it('takes a read mark off again and leaves the others', () => {
    const both = markLessonRead(markLessonRead(emptyProgress(now), 'a', now), 'b', now);
    expect(unmarkLessonRead(both, 'a', later).lessonsRead).toEqual({ b: now.toISOString() });
  });
  it('accepts stored progress from before lessonsRead existed, and with it', () => {
    const old = JSON.stringify(emptyProgress(now));
    expect(parseProgress(old).problem).toBeUndefined();
    const withRead = JSON.stringify(markLessonRead(emptyProgress(now), 'wrap-up', now));
    expect(parseProgress(withRead).progress.lessonsRead).toEqual({ 'wrap-up': now.toISOString() });
    expect(
      parseProgress(
        '{"version":1,"exercises":{},"selfChecks":{},"quiz":{},"lessonsRead":{"a":"soon"},"updatedAt":"2026-11-26T10:00:00Z"}',
      ).problem,
    ).toBe('invalid');
  });
  it('stores a trimmed learner name within the limit, and removes an empty one', () => {
    const named = setLearnerName(emptyProgress(now), '  Ada Lovelace  ', now);
    expect(named.learnerName).toBe('Ada Lovelace');
    expect(setLearnerName(named, '   ', now)).not.toHaveProperty('learnerName');
    const long = setLearnerName(emptyProgress(now), 'x'.repeat(200), now);
    expect(long.learnerName).toHaveLength(LEARNER_NAME_MAX);
    expect(parseProgress(JSON.stringify(long)).problem).toBeUndefined();
  });
});

describe('version 1 progress', () => {
  const v1 = {
    version: 1,
    exercises: { 'impersonal-alum': { completedAt: now.toISOString(), score: 88 } },
    selfChecks: { rude: { correct: 3, total: 3, at: now.toISOString() } },
    quiz: { best: { correct: 10, total: 12, at: now.toISOString() } },
    lessonsRead: { 'no-note-left': now.toISOString() },
    learnerName: 'Ada',
    updatedAt: now.toISOString(),
  };
  it('migrates to the current version, keeping every field', () => {
    expect(PROGRESS_VERSION).toBe(2);
    const { progress, problem } = parseProgress(JSON.stringify(v1), now);
    expect(problem).toBeUndefined();
    expect(progress).toEqual({ ...v1, version: 2 });
  });
  it('is saved back as version 2 on the next change, and is still refused when broken', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(v1) });
    const result = updateProgress((p) => markExerciseDone(p, 'b', 75, later), storage);
    expect(result.problem).toBeUndefined();
    expect(JSON.parse(storage.data[PROGRESS_KEY] ?? '{}')).toMatchObject({ version: 2, learnerName: 'Ada' });
    expect(parseProgress(JSON.stringify({ ...v1, exercises: [] })).problem).toBe('invalid');
  });
  it('leaves values that are not version 1 to validation', () => {
    expect(migrate(null)).toBeNull();
    expect(migrate('text')).toBe('text');
    const v2 = emptyProgress(now);
    expect(migrate(v2)).toBe(v2);
  });
});

describe('drafts and best verdicts', () => {
  it('saves a draft, its recipient and the time, and removes it when the box is emptied', () => {
    const saved = saveDraft(emptyProgress(now), 'a', { text: 'Hi Sam', to: '  Sam  ' }, later);
    expect(saved.drafts).toEqual({ a: { text: 'Hi Sam', to: 'Sam', savedAt: later.toISOString() } });
    expect(parseProgress(JSON.stringify(saved))).toEqual({ progress: saved });
    expect(saveDraft(saved, 'a', { text: '  \n ' }, later).drafts).toEqual({});
  });
  it('keeps at most the longest draft it can validate, cut between code points', () => {
    const long = `${'x'.repeat(DRAFT_MAX_CHARS - 1)}😀 and more`;
    const saved = saveDraft(emptyProgress(now), 'a', { text: long }, now);
    expect(saved.drafts?.['a']?.text).toBe('x'.repeat(DRAFT_MAX_CHARS - 1));
    expect(parseProgress(JSON.stringify(saved)).problem).toBeUndefined();
    const tooLong = { ...saved, drafts: { a: { text: 'x'.repeat(DRAFT_MAX_CHARS + 1), savedAt: now.toISOString() } } };
    expect(parseProgress(JSON.stringify(tooLong)).problem).toBe('invalid');
  });
  it('raises the best verdict, then the best score, and never lowers either', () => {
    let p = recordBest(emptyProgress(now), 'a', { verdict: 'lazy', score: 20 }, now);
    p = recordBest(p, 'a', { verdict: 'needs-work', score: 45 }, later);
    expect(p.bests?.['a']).toEqual({ verdict: 'needs-work', score: 45, at: later.toISOString() });
    expect(recordBest(p, 'a', { verdict: 'lazy', score: 39 }, later)).toBe(p);
    expect(recordBest(p, 'a', { verdict: 'needs-work', score: 45 }, later)).toBe(p);
    expect(recordBest(p, 'a', { verdict: 'needs-work', score: 60 }, later).bests?.['a']?.score).toBe(60);
    expect(parseProgress(JSON.stringify(p))).toEqual({ progress: p });
    const unknown = { ...p, bests: { a: { verdict: 'brilliant', score: 99, at: now.toISOString() } } };
    expect(parseProgress(JSON.stringify(unknown)).problem).toBe('invalid');
  });
  it('keeps an id such as __proto__ as a plain key', () => {
    const raw = `{"version":2,"exercises":{"__proto__":{"completedAt":"${now.toISOString()}","score":5}},"selfChecks":{},"quiz":{},"updatedAt":"${now.toISOString()}"}`;
    const { progress, problem } = parseProgress(raw);
    expect(problem).toBeUndefined();
    expect(Object.getPrototypeOf(progress.exercises)).toBe(Object.prototype);
    expect(Object.keys(progress.exercises)).toEqual(['__proto__']);
  });
  it('accepts a learner name of 80 characters even when they are emoji', () => {
    const named = setLearnerName(emptyProgress(now), '🙂'.repeat(100), now);
    expect([...(named.learnerName ?? '')]).toHaveLength(LEARNER_NAME_MAX);
    expect(parseProgress(JSON.stringify(named)).problem).toBeUndefined();
  });
});
