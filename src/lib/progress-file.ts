/**
 * Moving progress between browsers as a small JSON file: the export names and fills the file, the
 * import checks it with the same validation as storage and explains, in plain words, why a file
 * was refused. A refused file changes nothing.
 */
import { parseProgress, type Progress, type ProgressProblem } from './progress.ts';

/** Largest file the import will read: real progress is a few KB, so anything bigger is not ours. */
export const PROGRESS_FILE_MAX_BYTES = 256 * 1024;

/** The download's file name, dated so several exports don't overwrite each other. */
export function progressFileName(now: Date = new Date()): string {
  return `add-a-note-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The file's contents: the stored shape, pretty-printed so a curious learner can read it. */
export function progressFileText(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

const IMPORT_MESSAGES: Record<Exclude<ProgressProblem, 'unavailable' | 'quota'>, string> = {
  corrupt: 'That file is not a progress file from this course (it is not readable JSON). Your progress is unchanged.',
  invalid: 'That file is not a progress file from this course, or it has been changed. Your progress is unchanged.',
  'newer-version':
    'That file was saved by a newer version of the course, which this page cannot read. Your progress is unchanged.',
};

/** The result of reading an imported file. */
export type ImportResult = { ok: true; progress: Progress } | { ok: false; message: string };

/** Reads an imported file's text and size; never throws. */
export function readProgressFile(text: string, size: number = text.length): ImportResult {
  if (size > PROGRESS_FILE_MAX_BYTES) {
    return {
      ok: false,
      message: 'That file is too big to be a progress file from this course. Your progress is unchanged.',
    };
  }
  if (text.trim() === '') return { ok: false, message: 'That file is empty. Your progress is unchanged.' };
  const { progress, problem } = parseProgress(text);
  if (problem === 'corrupt' || problem === 'invalid' || problem === 'newer-version') {
    return { ok: false, message: IMPORT_MESSAGES[problem] };
  }
  return { ok: true, progress };
}
