import { describe, expect, it } from 'vitest';
import {
  PROGRESS_FILE_MAX_BYTES,
  progressFileName,
  progressFileText,
  readProgressFile,
} from '../../../src/lib/progress-file.ts';
import {
  DRAFT_MAX_CHARS,
  emptyProgress,
  markExerciseDone,
  markLessonRead,
  recordBest,
  saveDraft,
} from '../../../src/lib/progress.ts';

const now = new Date('2026-11-26T10:00:00Z');

describe('progress files', () => {
  it('names the file with the date', () => {
    expect(progressFileName(now)).toBe('add-a-note-progress-2026-11-26.json');
  });
  it('reads back exactly what it wrote', () => {
    const progress = markLessonRead(markExerciseDone(emptyProgress(now), 'a', 88, now), 'b', now);
    expect(readProgressFile(progressFileText(progress))).toEqual({ ok: true, progress });
  });
  it.each([
    ['an empty file', '', 'empty'],
    ['a file that is not JSON', 'hello', 'not readable JSON'],
    ['JSON of another shape', '{"name":"Ada"}', 'has been changed'],
    ['a newer version', '{"version":9}', 'newer version'],
  ])('refuses %s with a clear message', (_label, text, words) => {
    const result = readProgressFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(words);
      expect(result.message).toContain('Your progress is unchanged.');
    }
  });
  it('refuses a file too big to be ours without reading it', () => {
    const result = readProgressFile('{}', PROGRESS_FILE_MAX_BYTES + 1);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('too big');
  });
  it('reads back drafts and best verdicts, and a file exported by the version 1 course', () => {
    let progress = saveDraft(emptyProgress(now), 'a', { text: 'Hi Sam, we met at the bakery fair.' }, now);
    progress = recordBest(progress, 'a', { verdict: 'needs-work', score: 50 }, now);
    expect(readProgressFile(progressFileText(progress))).toEqual({ ok: true, progress });
    const v1 = { ...markExerciseDone(emptyProgress(now), 'a', 88, now), version: 1 };
    expect(readProgressFile(JSON.stringify(v1))).toEqual({ ok: true, progress: { ...v1, version: 2 } });
  });
  it('stays importable with every exercise holding the longest draft kept', () => {
    let progress = emptyProgress(now);
    for (let i = 0; i < 12; i += 1)
      progress = saveDraft(progress, `exercise-${i}`, { text: '✓'.repeat(DRAFT_MAX_CHARS) }, now);
    const text = progressFileText(progress);
    expect(new TextEncoder().encode(text).length).toBeLessThan(PROGRESS_FILE_MAX_BYTES);
    expect(readProgressFile(text).ok).toBe(true);
  });
});
