import { completion, type ExerciseRef } from '../../lib/course-progress.ts';
import { PROBLEM_MESSAGES, LEARNER_NAME_MAX, setLearnerName, updateProgress } from '../../lib/progress.ts';
import { useStoredProgress } from './use-stored-progress.ts';

interface Props {
  /** Every exercise in the course, in course order. */
  exercises: ExerciseRef[];
  /** Link to the final quiz, base included. */
  quizHref: string;
  /** Link to the course map, base included. */
  lessonsHref: string;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The completion page: what is left until the course is complete, then a printable certificate
 * with the learner's name (typed and kept only in this browser), the date and the quiz score.
 */
export default function Completion({ exercises, quizHref, lessonsHref }: Props) {
  const { hydrated, progress, problem, setProgress, setProblem } = useStoredProgress();

  const state = completion(exercises, progress);

  function saveName(name: string) {
    const result = updateProgress((current) => setLearnerName(current, name));
    setProgress(result.progress);
    setProblem(result.problem ? PROBLEM_MESSAGES[result.problem] : '');
  }

  if (!hydrated) {
    return (
      <div class="completion">
        <p>
          This page reads the progress saved in your browser, which needs JavaScript. Nothing is sent anywhere. You can
          still <a href={lessonsHref}>work through the lessons</a> and <a href={quizHref}>take the quiz</a>.
        </p>
      </div>
    );
  }

  if (!state.complete) {
    const done = exercises.length - state.exercisesLeft.length;
    return (
      <div class="completion" data-hydrated="">
        {problem && <p class="problem">{problem}</p>}
        <h2>Not quite there yet</h2>
        <p>
          You have finished {done} of {exercises.length} exercises
          {state.quizPassed ? ' and passed the final quiz' : ''}. Here is what is left:
        </p>
        <ul class="left">
          {state.exercisesLeft.map((exercise) => (
            <li key={exercise.id}>
              Exercise: <a href={exercise.href}>{exercise.title}</a>
            </li>
          ))}
          {!state.quizPassed && (
            <li>
              <a href={quizHref}>The final quiz</a>: pass with 80% or more
              {state.quizPercent !== undefined ? ` (your best so far is ${state.quizPercent}%)` : ''}.
            </li>
          )}
        </ul>
      </div>
    );
  }

  const name = progress.learnerName ?? '';
  return (
    <div class="completion" data-hydrated="">
      {problem && <p class="problem">{problem}</p>}
      <p class="no-print">
        You did it: every exercise is done and you passed the final quiz. Type your name as you want it on the
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
          onChange={(event) => saveName(event.currentTarget.value)}
        />
        <button type="button" class="button" onClick={() => window.print()}>
          Print the certificate
        </button>
      </div>
      <section class="certificate" aria-labelledby="certificate-heading">
        <p class="certificate-brand">Add a Note</p>
        <h2 id="certificate-heading">Certificate of completion</h2>
        <p>This is to say that</p>
        <p class="certificate-name">{name || 'Your name here'}</p>
        <p>
          completed <strong>Add a Note</strong>, a course on writing a real note with LinkedIn connection requests: nine
          lessons, {exercises.length} rewrite exercises and the final quiz.
        </p>
        <dl class="certificate-facts">
          <div>
            <dt>Completed on</dt>
            <dd>{state.completedAt ? dateFormat.format(new Date(state.completedAt)) : ''}</dd>
          </div>
          <div>
            <dt>Final quiz score</dt>
            <dd>{state.quizPercent}%</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
