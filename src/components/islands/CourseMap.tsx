import { certificateStatus, courseSummary, lessonSteps, type LessonPlan } from '../../lib/course-progress.ts';
import ProgressTools from './ProgressTools.tsx';
import { useStoredProgress } from './use-stored-progress.ts';

/** One lesson on the map: its plan plus what the card shows. */
export interface CourseMapItem extends LessonPlan {
  /** Link to the lesson, base included. */
  href: string;
  /** The lesson's one-sentence description. */
  description: string;
  /** Reading time and reason, e.g. “4 min read · Reason: It’s rude”. */
  meta: string;
}

interface Props {
  /** The lessons in course order. */
  items: CourseMapItem[];
  /** Link to the completion page, base included. */
  completeHref: string;
  /** Link to the final quiz, base included. */
  quizHref: string;
  /** When a lesson is done, in words (`LESSON_DONE_RULE`). */
  lessonRule: string;
  /** When the certificate is earned, in words (`certificateRule`). */
  certificateRule: string;
}

/**
 * The course map: every lesson with its done or not-done state, an overall progress bar, a
 * "continue" link and the export, import and reset tools. The server renders every lesson as not
 * done; the browser then reads saved progress and updates the map.
 */
export default function CourseMap({ items, completeHref, quizHref, lessonRule, certificateRule }: Props) {
  const { hydrated, progress, problem, setProgress } = useStoredProgress();

  const summary = courseSummary(items, progress);
  const next = summary.next ? items.find((item) => item.id === summary.next?.id) : undefined;
  const certificate = certificateStatus(items, progress);

  return (
    <div class="course-map-island" data-hydrated={hydrated ? '' : undefined}>
      <section class="card course-progress" aria-labelledby="your-progress-heading">
        <h2 id="your-progress-heading">Your progress</h2>
        <label htmlFor="course-progress-bar">
          {summary.done} of {summary.total} lessons done
        </label>
        <progress id="course-progress-bar" max={summary.total} value={summary.done}>
          {summary.done} of {summary.total}
        </progress>
        {!hydrated && <p class="meta">Progress is saved in this browser and shows here once the page has loaded.</p>}
        {problem && <p class="problem">{problem}</p>}
        <p class="continue">
          {next ? (
            <a class="button" href={next.href}>
              {summary.started ? 'Continue where you left off' : 'Start the course'}: {next.title}
            </a>
          ) : certificate.earned ? (
            <a class="button" href={completeHref}>
              All done: see your certificate
            </a>
          ) : (
            <a class="button" href={quizHref}>
              All lessons done: take the final quiz
            </a>
          )}
        </p>
        <dl class="rules">
          <dt>When is a lesson done?</dt>
          <dd>{lessonRule} Your progress is saved in this browser only.</dd>
          <dt>When do you earn the certificate?</dt>
          <dd>{certificateRule}</dd>
        </dl>
      </section>

      <ol class="course-map" aria-labelledby="course-map-heading">
        {items.map((item) => {
          const state = summary.states[item.id] ?? 'todo';
          const steps = lessonSteps(item, progress);
          return (
            <li class="card" data-progress={state} key={item.id}>
              <h2>
                <a href={item.href}>{item.title}</a>
              </h2>
              <p>{item.description}</p>
              <p class="meta">{item.meta}</p>
              <p class={`state state-${state}`}>
                <span aria-hidden="true">{state === 'done' ? '✓ ' : '○ '}</span>
                {state === 'done' ? 'Done' : 'Not done yet'}
                {state === 'todo' && steps.total > 1 && steps.done > 0 && ` (${steps.done} of ${steps.total} steps)`}
              </p>
            </li>
          );
        })}
      </ol>

      <p>
        When every lesson is done, <a href={quizHref}>take the final quiz</a> and collect your{' '}
        <a href={completeHref}>certificate</a>.
      </p>

      <ProgressTools hydrated={hydrated} progress={progress} onChange={setProgress} />
    </div>
  );
}
