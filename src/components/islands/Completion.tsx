import { useState } from 'preact/hooks';
import {
  certificateStatus,
  certificateWork,
  type CourseCounts,
  type LessonLeft,
  type LessonPlan,
} from '../../lib/course-progress.ts';
import { PASS_MARK } from '../../lib/quiz.ts';
import { PROBLEM_MESSAGES, LEARNER_NAME_MAX, setLearnerName, updateProgress } from '../../lib/progress.ts';
import { useStoredProgress } from './use-stored-progress.ts';

/** A lesson as the completion page links it. */
export interface CompletionLesson extends LessonPlan {
  /** Link to the lesson, base included. */
  href: string;
}

interface Props {
  /** The lessons in course order. */
  lessons: CompletionLesson[];
  /** Each exercise's title, by id, to name what is left. */
  exerciseTitles: Record<string, string>;
  /** The course's counts, for the certificate's text. */
  counts: CourseCounts;
  /** When a lesson is done, in words (`LESSON_DONE_RULE`). */
  lessonRule: string;
  /** Link to the final quiz, base included. */
  quizHref: string;
  /** Link to the course map, base included. */
  lessonsHref: string;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "“A”", "“A” and “B”", "“A”, “B” and “C”". */
function quotedList(items: readonly string[]): string {
  const quoted = items.map((item) => `“${item}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** What is left in one lesson, in words. */
function tasksLeft(left: LessonLeft, titles: Record<string, string>): string {
  const tasks: string[] = [];
  if (left.exercisesLeft.length > 0) {
    const names = quotedList(left.exercisesLeft.map((id) => titles[id] ?? id));
    tasks.push(`finish the rewrite exercise${left.exercisesLeft.length > 1 ? 's' : ''} ${names}`);
  }
  if (left.selfCheckLeft) tasks.push('pass its self-check');
  if (left.readLeft) tasks.push('read it and press “Mark as read” at its end');
  return tasks.join(', then ');
}

/**
 * The certificate page: what is left until the certificate is earned (the rule the course map
 * applies, see `certificateStatus`), then a printable certificate with the learner's name (typed
 * and kept only in this browser), the date and the quiz score.
 */
export default function Completion({ lessons, exerciseTitles, counts, lessonRule, quizHref, lessonsHref }: Props) {
  const { hydrated, progress, problem, setProgress, setProblem } = useStoredProgress();
  // What the learner is typing, spaces and all; storage keeps it trimmed. Null until they type.
  const [typedName, setTypedName] = useState<string | null>(null);

  const status = certificateStatus(lessons, progress);

  function saveName(name: string) {
    setTypedName(name);
    const result = updateProgress((current) => setLearnerName(current, name));
    setProgress(result.progress);
    setProblem(result.problem ? PROBLEM_MESSAGES[result.problem] : '');
  }

  const lessonRuleLine = (
    <p class="meta">
      <strong>When is a lesson done?</strong> {lessonRule}
    </p>
  );

  const problemLine = problem && (
    <p class="problem" role="status">
      {problem}
    </p>
  );

  // Before the browser has read storage (and without JavaScript) the page shows a fresh learner's
  // list, which is what most visitors then see too, so hydrating moves nothing on the page.
  if (!hydrated || !status.earned) {
    const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
    const quizLine = status.quizPassed ? 'You have passed the final quiz. ' : '';
    return (
      <div class="completion" data-hydrated={hydrated ? '' : undefined}>
        {problemLine}
        <h2>Not quite there yet</h2>
        <label class="completion-count" htmlFor="certificate-progress">
          {status.lessonsDone} of {counts.lessons} lessons done
        </label>
        <progress id="certificate-progress" max={counts.lessons} value={status.lessonsDone}>
          {status.lessonsDone} of {counts.lessons}
        </progress>
        <p>
          {quizLine}Here is what is left{status.lessonsLeft.length > 1 ? ', in course order' : ''}:
        </p>
        <ul class="left">
          {status.lessonsLeft.map((left) => (
            <li key={left.plan.id}>
              <a href={byId.get(left.plan.id)?.href ?? lessonsHref}>{left.plan.title}</a>:{' '}
              {tasksLeft(left, exerciseTitles)}.
            </li>
          ))}
          {!status.quizPassed && (
            <li>
              <a href={quizHref}>The final quiz</a>: pass it with {Math.round(PASS_MARK * 100)}% or more
              {status.quizPercent !== undefined ? ` (your best so far is ${status.quizPercent}%)` : ''}.
            </li>
          )}
        </ul>
        <p>
          The <a href={lessonsHref}>course map</a> shows each lesson as done or not, on the same rule.
        </p>
        {lessonRuleLine}
        {!hydrated && (
          <p class="meta">
            Your saved progress shows here once the page has loaded, which needs JavaScript. Nothing is sent anywhere.
          </p>
        )}
      </div>
    );
  }

  const name = typedName ?? progress.learnerName ?? '';
  return (
    <div class="completion" data-hydrated="">
      {problemLine}
      <p class="no-print">
        You did it: every lesson is done and you passed the final quiz. Type your name as you want it on the
        certificate, then print it or save it as a PDF. Your name stays in this browser.
      </p>
      <div class="no-print name-row">
        <label htmlFor="learner-name">Your name</label>
        <input
          id="learner-name"
          type="text"
          autocomplete="name"
          maxLength={LEARNER_NAME_MAX}
          value={name}
          onInput={(event) => saveName(event.currentTarget.value)}
        />
        <button type="button" class="button" onClick={() => window.print()}>
          Print the certificate
        </button>
      </div>
      <section class="certificate" aria-labelledby="certificate-heading">
        <p class="certificate-brand">Add a Note</p>
        <h2 id="certificate-heading">Certificate of completion</h2>
        <p>This is to say that</p>
        <p class="certificate-name">{name.trim() || 'Your name here'}</p>
        <p>
          completed <strong>Add a Note</strong>, a course on writing a real note with LinkedIn connection requests:{' '}
          {certificateWork(counts)}.
        </p>
        <dl class="certificate-facts">
          <div>
            <dt>Completed on</dt>
            <dd>{status.earnedAt ? dateFormat.format(new Date(status.earnedAt)) : ''}</dd>
          </div>
          <div>
            <dt>Final quiz score</dt>
            <dd>{status.quizPercent}%</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
