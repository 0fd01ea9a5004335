/**
 * What "done" means for a lesson and for the whole course, computed from stored progress.
 *
 * A lesson with exercises is done when every one of its exercises is complete and, if it has a
 * self-check, that self-check is passed. A lesson with neither (the overview and "No note left?")
 * has nothing to complete, so it is done once the learner marks it as read.
 * The certificate is earned when every lesson is done by that rule and the final quiz is passed.
 * Both rules are also written out in words here (`LESSON_DONE_RULE`, `certificateRule`), so the course
 * map and the certificate page name the rule the code applies, and nothing else.
 */
import { PASS_MARK, hasPassed, percent } from './quiz.ts';
import type { Attempt, Progress } from './progress.ts';

/** What the course map needs to know about one lesson to judge it done; plain data, so islands can take it. */
export interface LessonPlan {
  /** The lesson's slug, also its key in saved progress. */
  id: string;
  /** The lesson's title. */
  title: string;
  /** The lesson's path without the base, e.g. `/lessons/rude/`. */
  path: string;
  /** Ids of the exercises this lesson shows. */
  exerciseIds: string[];
  /** True when the lesson ends with a self-check. */
  selfCheck: boolean;
}

/**
 * Builds the plans from lessons in course order and all exercises. A lesson has a self-check when
 * its MDX body shows one (`<SelfCheck lesson="…" />` on a line of its own).
 */
export function lessonPlans(
  lessons: readonly { id: string; body?: string | undefined; data: { title: string } }[],
  exercises: readonly { id: string; lesson: string }[],
  pathOf: (lessonId: string) => string,
): LessonPlan[] {
  return lessons.map((lesson) => ({
    id: lesson.id,
    title: lesson.data.title,
    path: pathOf(lesson.id),
    exerciseIds: exercises.filter((exercise) => exercise.lesson === lesson.id).map((exercise) => exercise.id),
    selfCheck: /^<SelfCheck\b/m.test(lesson.body ?? ''),
  }));
}

/** A lesson's state on the course map: the value of its `data-progress` attribute. */
export type LessonState = 'done' | 'todo';

/** True when an attempt reaches the pass mark. */
export function attemptPassed(attempt: Attempt | undefined): boolean {
  return attempt !== undefined && hasPassed(attempt.correct, attempt.total);
}

/** True when a lesson has nothing to complete but reading. */
export function isReadingOnly(plan: LessonPlan): boolean {
  return plan.exerciseIds.length === 0 && !plan.selfCheck;
}

/** How far a learner is through one lesson's tasks, for the course map's "2 of 3" line. */
export function lessonSteps(plan: LessonPlan, progress: Progress): { done: number; total: number } {
  if (isReadingOnly(plan)) return { done: progress.lessonsRead?.[plan.id] ? 1 : 0, total: 1 };
  const exercises = plan.exerciseIds.filter((id) => progress.exercises[id] !== undefined).length;
  const selfCheck = plan.selfCheck && attemptPassed(progress.selfChecks[plan.id]) ? 1 : 0;
  return { done: exercises + selfCheck, total: plan.exerciseIds.length + (plan.selfCheck ? 1 : 0) };
}

/** Whether a lesson is done. */
export function lessonState(plan: LessonPlan, progress: Progress): LessonState {
  const { done, total } = lessonSteps(plan, progress);
  return done >= total ? 'done' : 'todo';
}

/** The whole course map's state. */
export interface CourseSummary {
  /** Each lesson's state, by id. */
  states: Record<string, LessonState>;
  /** Lessons done. */
  done: number;
  /** Lessons in the course. */
  total: number;
  /** Where to carry on: the first lesson not done, in course order; absent when all are done. */
  next?: LessonPlan;
  /** True once anything at all has been saved, so the map can say "continue" rather than "start". */
  started: boolean;
}

/** Sums up the course map from plans in course order. */
export function courseSummary(plans: readonly LessonPlan[], progress: Progress): CourseSummary {
  const states: Record<string, LessonState> = {};
  for (const plan of plans) states[plan.id] = lessonState(plan, progress);
  const next = plans.find((plan) => states[plan.id] === 'todo');
  const started =
    Object.keys(progress.exercises).length > 0 ||
    Object.keys(progress.selfChecks).length > 0 ||
    Object.keys(progress.lessonsRead ?? {}).length > 0 ||
    progress.quiz.best !== undefined;
  return {
    states,
    done: plans.filter((plan) => states[plan.id] === 'done').length,
    total: plans.length,
    ...(next ? { next } : {}),
    started,
  };
}

/** The course's size, counted from its lessons: what a certificate says was done. */
export interface CourseCounts {
  /** Lessons in the course. */
  lessons: number;
  /** Rewrite exercises across all lessons. */
  exercises: number;
  /** Lessons that end with a self-check. */
  selfChecks: number;
}

/** Counts lessons, exercises and self-checks from the plans, so no page retypes a number. */
export function courseCounts(plans: readonly LessonPlan[]): CourseCounts {
  return {
    lessons: plans.length,
    exercises: plans.reduce((sum, plan) => sum + plan.exerciseIds.length, 0),
    selfChecks: plans.filter((plan) => plan.selfCheck).length,
  };
}

/** "1 lesson", "9 lessons". */
function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** When a lesson is done, in words: the rule `lessonState` applies. */
export const LESSON_DONE_RULE =
  'A lesson with exercises is done when you have finished all of them and passed its self-check, if it has one. A lesson with nothing to practise is done when you press “Mark as read” at its end.';

/** When the certificate is earned, in words: the rule `certificateStatus` applies, with the course's count. */
export function certificateRule(counts: Pick<CourseCounts, 'lessons'>): string {
  const lessons = counts.lessons === 1 ? 'the lesson' : `all ${counted(counts.lessons, 'lesson', 'lessons')}`;
  return `You earn the certificate when ${lessons} on the course map are done and you pass the final quiz with ${Math.round(PASS_MARK * 100)}% or more.`;
}

/** What the certificate says was done: "all 9 lessons, 9 rewrite exercises, 6 self-checks and the final quiz". */
export function certificateWork(counts: CourseCounts): string {
  const parts = [
    counts.lessons === 1 ? 'the lesson' : `all ${counted(counts.lessons, 'lesson', 'lessons')}`,
    ...(counts.exercises > 0 ? [counted(counts.exercises, 'rewrite exercise', 'rewrite exercises')] : []),
    ...(counts.selfChecks > 0 ? [counted(counts.selfChecks, 'self-check', 'self-checks')] : []),
  ];
  return `${parts.join(', ')} and the final quiz`;
}

/** A lesson not done yet, and what is left in it. */
export interface LessonLeft {
  /** The lesson. */
  plan: LessonPlan;
  /** Ids of its exercises not finished yet, in the lesson's order. */
  exercisesLeft: string[];
  /** True when it has a self-check not passed yet. */
  selfCheckLeft: boolean;
  /** True when it is a reading-only lesson not marked as read yet. */
  readLeft: boolean;
}

/** Whether the certificate is earned, and if not, what is left. */
export interface CertificateStatus {
  /** True when every lesson is done and the final quiz is passed: the rule `certificateRule` names. */
  earned: boolean;
  /** Lessons done, of the course's lessons. */
  lessonsDone: number;
  /** Lessons not done yet, in course order, each with what is left in it. */
  lessonsLeft: LessonLeft[];
  /** True when the best final-quiz attempt reaches the pass mark. */
  quizPassed: boolean;
  /** The best final-quiz score as a whole percentage, once there is one. */
  quizPercent?: number;
  /** When the certificate was earned: the date of the last task that completed the rule. */
  earnedAt?: string;
}

/** Works out the certificate from the plans in course order and saved progress. */
export function certificateStatus(plans: readonly LessonPlan[], progress: Progress): CertificateStatus {
  const lessonsLeft: LessonLeft[] = plans
    .filter((plan) => lessonState(plan, progress) === 'todo')
    .map((plan) => ({
      plan,
      exercisesLeft: plan.exerciseIds.filter((id) => progress.exercises[id] === undefined),
      selfCheckLeft: plan.selfCheck && !attemptPassed(progress.selfChecks[plan.id]),
      readLeft: isReadingOnly(plan) && !progress.lessonsRead?.[plan.id],
    }));
  const best = progress.quiz.best;
  const quizPassed = attemptPassed(best);
  const earned = lessonsLeft.length === 0 && quizPassed;
  const dates = plans.flatMap((plan) => [
    ...plan.exerciseIds.map((id) => progress.exercises[id]?.completedAt ?? ''),
    plan.selfCheck ? (progress.selfChecks[plan.id]?.at ?? '') : '',
    isReadingOnly(plan) ? (progress.lessonsRead?.[plan.id] ?? '') : '',
  ]);
  const earnedAt = [...dates, best?.at ?? ''].reduce((latest, date) => (date > latest ? date : latest), '');
  return {
    earned,
    lessonsDone: plans.length - lessonsLeft.length,
    lessonsLeft,
    quizPassed,
    ...(best ? { quizPercent: percent(best.correct, best.total) } : {}),
    ...(earned ? { earnedAt } : {}),
  };
}
