import { useEffect, useState } from 'preact/hooks';
import {
  PROBLEM_MESSAGES,
  loadProgress,
  markLessonRead,
  unmarkLessonRead,
  updateProgress,
} from '../../lib/progress.ts';

interface Props {
  /** The lesson's slug, its key in saved progress. */
  lessonId: string;
}

/**
 * "Mark as read" for lessons with no exercise or self-check: the learner says they have read it,
 * and the course map counts it as done. Loaded only when it scrolls into view, at the lesson's end.
 */
export default function LessonRead({ lessonId }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [read, setRead] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const { progress, problem } = loadProgress();
    setRead(Boolean(progress.lessonsRead?.[lessonId]));
    if (problem) setStatus(PROBLEM_MESSAGES[problem]);
    setHydrated(true);
  }, [lessonId]);

  function toggle() {
    const next = !read;
    const { problem } = updateProgress((progress) =>
      next ? markLessonRead(progress, lessonId) : unmarkLessonRead(progress, lessonId),
    );
    setRead(next);
    const said = next ? 'Marked as read. The course map now shows this lesson as done.' : 'The read mark is off again.';
    setStatus(problem ? `${said} ${PROBLEM_MESSAGES[problem]}` : said);
  }

  return (
    <section
      class="lesson-read card no-print"
      aria-labelledby="lesson-read-heading"
      data-hydrated={hydrated ? '' : undefined}
    >
      <h2 id="lesson-read-heading">Finished reading?</h2>
      <p>This lesson has no exercise. Mark it as read and the course map counts it as done.</p>
      <button type="button" class="button" aria-pressed={read} disabled={!hydrated} onClick={toggle}>
        <span aria-hidden="true">{read ? '✓ ' : ''}</span>Mark as read
      </button>
      {!hydrated && <p class="meta">Marking a lesson needs JavaScript; everything else here works without it.</p>}
      <p class="meta">
        {read ? 'You have marked this lesson as read. Press again to undo.' : 'Not marked as read yet.'}
      </p>
      <p role="status">{status}</p>
    </section>
  );
}
