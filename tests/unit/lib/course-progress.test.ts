import { describe, expect, it } from 'vitest';
import {
  LESSON_DONE_RULE,
  certificateRule,
  certificateStatus,
  certificateWork,
  courseCounts,
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
  type Progress,
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

describe('courseCounts and the rules in words', () => {
  it('counts lessons, exercises and self-checks from the plans', () => {
    expect(courseCounts(plans)).toEqual({ lessons: 3, exercises: 3, selfChecks: 1 });
    expect(courseCounts([...plans, { ...overview, id: 'extra' }])).toEqual({ lessons: 4, exercises: 3, selfChecks: 1 });
  });
  it('names the certificate rule with the course’s own lesson count and the quiz pass mark', () => {
    expect(certificateRule(courseCounts(plans))).toBe(
      'You earn the certificate when all 3 lessons on the course map are done and you pass the final quiz with 80% or more.',
    );
    expect(certificateRule({ lessons: 12 })).toContain('all 12 lessons');
    expect(certificateRule({ lessons: 1 })).toContain('when the lesson on the course map');
  });
  it('says on the certificate what was done, from the counts', () => {
    expect(certificateWork(courseCounts(plans))).toBe(
      'all 3 lessons, 3 rewrite exercises, 1 self-check and the final quiz',
    );
    expect(certificateWork({ lessons: 2, exercises: 0, selfChecks: 0 })).toBe('all 2 lessons and the final quiz');
  });
  it('states the lesson rule the course map applies', () => {
    expect(LESSON_DONE_RULE).toMatch(/finished all of them and passed its self-check/);
    expect(LESSON_DONE_RULE).toMatch(/“Mark as read”/);
  });
});

describe('certificateStatus', () => {
  const allExercises = (progress = emptyProgress(now)) =>
    ['rude-1', 'wrap-1', 'wrap-2'].reduce((p, id) => markExerciseDone(p, id, 90, now), progress);

  it('is not earned for every exercise and a passed quiz while lessons are still not done', () => {
    // The old rule issued the certificate here, though the course map showed lessons not done.
    const progress = recordQuizResult(allExercises(), { correct: 11, total: 12 }, now);
    const status = certificateStatus(plans, progress);
    expect(status).toEqual({
      earned: false,
      lessonsDone: 1,
      lessonsLeft: [
        { plan: overview, exercisesLeft: [], selfCheckLeft: false, readLeft: true },
        { plan: rude, exercisesLeft: [], selfCheckLeft: true, readLeft: false },
      ],
      quizPassed: true,
      quizPercent: 92,
    });
    expect(courseSummary(plans, progress).done).toBe(status.lessonsDone);
  });

  it('lists the exercises left in a lesson, in the lesson’s order', () => {
    const status = certificateStatus(plans, markExerciseDone(emptyProgress(now), 'wrap-1', 90, now));
    expect(status.lessonsLeft.map((left) => [left.plan.id, left.exercisesLeft])).toEqual([
      ['overview', []],
      ['rude', ['rude-1']],
      ['wrap-up', ['wrap-2']],
    ]);
    expect(status).not.toHaveProperty('quizPercent');
  });

  it('needs the final quiz at 80% or more once every lesson is done, and dates it by the last task', () => {
    let progress = markLessonRead(allExercises(), 'overview', now);
    progress = recordSelfCheck(progress, 'rude', { correct: 3, total: 3 }, now);
    progress = recordQuizResult(progress, { correct: 9, total: 12 }, now);
    expect(certificateStatus(plans, progress)).toMatchObject({
      earned: false,
      lessonsDone: 3,
      lessonsLeft: [],
      quizPassed: false,
      quizPercent: 75,
    });
    progress = recordQuizResult(progress, { correct: 10, total: 12 }, later);
    expect(certificateStatus(plans, progress)).toEqual({
      earned: true,
      lessonsDone: 3,
      lessonsLeft: [],
      quizPassed: true,
      quizPercent: 83,
      earnedAt: later.toISOString(),
    });
  });

  it('agrees with the course map: earned exactly when every lesson is done and the quiz is passed', () => {
    const steps: ((p: Progress) => Progress)[] = [
      (p) => markLessonRead(p, 'overview', now),
      (p) => markExerciseDone(p, 'rude-1', 90, now),
      (p) => recordSelfCheck(p, 'rude', { correct: 3, total: 3 }, now),
      (p) => markExerciseDone(p, 'wrap-1', 90, now),
      (p) => markExerciseDone(p, 'wrap-2', 90, now),
      (p) => recordQuizResult(p, { correct: 12, total: 12 }, now),
    ];
    // Every subset of the steps, applied in order.
    for (let mask = 0; mask < 1 << steps.length; mask++) {
      const progress = steps.reduce((p, step, i) => (mask & (1 << i) ? step(p) : p), emptyProgress(now));
      const summary = courseSummary(plans, progress);
      const status = certificateStatus(plans, progress);
      expect(status.earned, `steps ${mask.toString(2)}`).toBe(summary.done === summary.total && status.quizPassed);
      expect(status.lessonsDone).toBe(summary.done);
    }
  });
});
