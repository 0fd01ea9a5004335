/**
 * Everything the note coach needs once there is a note to judge or share: the grader, the feedback
 * model, the panel that shows it, and the checker's `#note=` link. Fetched on demand by
 * `use-coach-engine.ts`, so a page carries none of it until the learner starts typing.
 */
export { gradeNote } from '../../lib/grader/index.ts';
export { buildFeedback } from '../../lib/feedback.ts';
export { announcement, describeChange } from '../../lib/feedback-change.ts';
export { Feedback } from './Feedback.tsx';
export { noteLink, readNoteFragment } from '../../lib/note-link.ts';
