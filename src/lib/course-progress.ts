/**
 * What "done" means for a lesson and for the whole course, computed from stored progress.
 *
 * A lesson with exercises is done when every one of its exercises is complete and, if it has a
 * self-check, that self-check is passed. A lesson with neither (the overview and "No note left?")
 * has nothing to complete, so it is done once the learner marks it as read.
 * The course is complete when every exercise is done and the final quiz is passed.
 */
import { hasPassed, percent } from './quiz.ts';
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

/** An exercise as the completion page lists it. */
export interface ExerciseRef {
  /** The exercise's id in saved progress. */
  id: string;
  /** Its title. */
  title: string;
  /** Link to the lesson that shows it, base included. */
  href: string;
}

/** Whether the course is complete, and if not, what is left. */
export interface Completion {
  /** True when every exercise is done and the final quiz is passed. */
  complete: boolean;
  /** Exercises still to do, in the order given. */
  exercisesLeft: ExerciseRef[];
  /** True when the best final-quiz attempt reaches the pass mark. */
  quizPassed: boolean;
  /** The best final-quiz score as a whole percentage, once there is one. */
  quizPercent?: number;
  /** When the course was completed: the later of the last exercise and the passing quiz. */
  completedAt?: string;
}

/** Works out completion from the list of all exercises and saved progress. */
export function completion(exercises: readonly ExerciseRef[], progress: Progress): Completion {
  const exercisesLeft = exercises.filter((exercise) => progress.exercises[exercise.id] === undefined);
  const best = progress.quiz.best;
  const quizPassed = attemptPassed(best);
  const complete = exercisesLeft.length === 0 && quizPassed;
  const dates = [
    ...exercises.map((exercise) => progress.exercises[exercise.id]?.completedAt ?? ''),
    best?.at ?? '',
  ].sort();
  return {
    complete,
    exercisesLeft,
    quizPassed,
    ...(best ? { quizPercent: percent(best.correct, best.total) } : {}),
    ...(complete ? { completedAt: dates[dates.length - 1] } : {}),
  };
}
