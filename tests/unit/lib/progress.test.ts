import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  emptyProgress,
  loadProgress,
  LEARNER_NAME_MAX,
  markExerciseDone,
  markLessonRead,
  parseProgress,
  recordQuizResult,
  recordSelfCheck,
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
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"version":2,"secret":true}' });
    const result = updateProgress((p) => markExerciseDone(p, 'x', 90, now), storage);
    expect(result.problem).toBe('newer-version');
    expect(storage.data[PROGRESS_KEY]).toBe('{"version":2,"secret":true}');
  });
  it('replaces corrupt storage with valid progress and says so', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '\u0000garbage' });
    const result = updateProgress((p) => markExerciseDone(p, 'x', 90, now), storage);
    expect(result.problem).toBe('corrupt');
    expect(loadProgress(storage)).toEqual({ progress: result.progress });
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
