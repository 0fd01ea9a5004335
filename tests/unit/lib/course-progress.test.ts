import { describe, expect, it } from 'vitest';
import {
  completion,
  courseSummary,
  isReadingOnly,
  lessonPlans,
  lessonState,
  lessonSteps,
  type LessonPlan,
} from '../../../src/lib/course-progress.ts';
import {
  emptyProgress,
  markExerciseDone,
  markLessonRead,
  recordQuizResult,
  recordSelfCheck,
} from '../../../src/lib/progress.ts';

const now = new Date('2026-11-26T10:00:00Z');
const later = new Date('2026-11-28T10:00:00Z');

const plans: LessonPlan[] = lessonPlans(
  [
    { id: 'overview', data: { title: 'Overview' } },
    { id: 'rude', body: 'Some text.\n\n<SelfCheck lesson="rude" />\n', data: { title: 'It’s rude' } },
    { id: 'wrap-up', data: { title: 'Wrap-up' } },
  ],
  [
    { id: 'rude-1', lesson: 'rude' },
    { id: 'wrap-1', lesson: 'wrap-up' },
    { id: 'wrap-2', lesson: 'wrap-up' },
  ],
  (id) => `/lessons/${id}/`,
);
const [overview, rude, wrapUp] = plans as [LessonPlan, LessonPlan, LessonPlan];

describe('lessonPlans', () => {
  it('gives each lesson its exercises, and a self-check when its body shows one', () => {
    expect(rude).toEqual({
      id: 'rude',
      title: 'It’s rude',
      path: '/lessons/rude/',
      exerciseIds: ['rude-1'],
      selfCheck: true,
    });
    expect(wrapUp.exerciseIds).toEqual(['wrap-1', 'wrap-2']);
    expect(wrapUp.selfCheck).toBe(false);
    expect(isReadingOnly(overview)).toBe(true);
    expect(isReadingOnly(wrapUp)).toBe(false);
  });
});

describe('lessonState', () => {
  it('counts a reading-only lesson done once marked read', () => {
    expect(lessonState(overview, emptyProgress(now))).toBe('todo');
    expect(lessonState(overview, markLessonRead(emptyProgress(now), 'overview', now))).toBe('done');
  });
  it('needs every exercise and a passed self-check', () => {
    const exerciseOnly = markExerciseDone(emptyProgress(now), 'rude-1', 90, now);
    expect(lessonState(rude, exerciseOnly)).toBe('todo');
    expect(lessonSteps(rude, exerciseOnly)).toEqual({ done: 1, total: 2 });
    const failed = recordSelfCheck(exerciseOnly, 'rude', { correct: 1, total: 3 }, now);
    expect(lessonState(rude, failed)).toBe('todo');
    const passed = recordSelfCheck(exerciseOnly, 'rude', { correct: 3, total: 3 }, now);
    expect(lessonState(rude, passed)).toBe('done');
  });
  it('is not fooled by reading marks on a lesson with exercises', () => {
    expect(lessonState(wrapUp, markLessonRead(emptyProgress(now), 'wrap-up', now))).toBe('todo');
  });
});

describe('courseSummary', () => {
  it('starts fresh and points at the first lesson', () => {
    const summary = courseSummary(plans, emptyProgress(now));
    expect(summary).toMatchObject({ done: 0, total: 3, started: false, next: overview });
    expect(summary.states).toEqual({ overview: 'todo', rude: 'todo', 'wrap-up': 'todo' });
  });
  it('continues at the first lesson not done, even after a later one is done', () => {
    let progress = markExerciseDone(emptyProgress(now), 'wrap-1', 90, now);
    progress = markExerciseDone(progress, 'wrap-2', 90, now);
    const summary = courseSummary(plans, progress);
    expect(summary).toMatchObject({ done: 1, started: true, next: overview });
    expect(summary.states['wrap-up']).toBe('done');
  });
  it('has no next lesson once all are done', () => {
    let progress = markLessonRead(emptyProgress(now), 'overview', now);
    progress = recordSelfCheck(markExerciseDone(progress, 'rude-1', 90, now), 'rude', { correct: 3, total: 3 }, now);
    progress = markExerciseDone(markExerciseDone(progress, 'wrap-1', 90, now), 'wrap-2', 90, now);
    const summary = courseSummary(plans, progress);
    expect(summary.done).toBe(3);
    expect(summary).not.toHaveProperty('next');
  });
});

describe('completion', () => {
  const exercises = [
    { id: 'rude-1', title: 'Rude one', href: '/lessons/rude/' },
    { id: 'wrap-1', title: 'Wrap one', href: '/lessons/wrap-up/' },
  ];
  it('lists what is left', () => {
    const state = completion(exercises, markExerciseDone(emptyProgress(now), 'rude-1', 90, now));
    expect(state).toEqual({ complete: false, exercisesLeft: [exercises[1]], quizPassed: false });
  });
  it('needs the quiz at 80% or more', () => {
    let progress = markExerciseDone(markExerciseDone(emptyProgress(now), 'rude-1', 90, now), 'wrap-1', 90, now);
    progress = recordQuizResult(progress, { correct: 9, total: 12 }, now);
    expect(completion(exercises, progress)).toMatchObject({ complete: false, quizPassed: false, quizPercent: 75 });
    progress = recordQuizResult(progress, { correct: 10, total: 12 }, later);
    expect(completion(exercises, progress)).toEqual({
      complete: true,
      exercisesLeft: [],
      quizPassed: true,
      quizPercent: 83,
      completedAt: later.toISOString(),
    });
  });
});
