/** Shared helpers for the grader tests. */
import { expect } from 'vitest';
import { gradeNote, type GradeOptions } from '../../../src/lib/grader/grade-note.ts';
import type { Criterion, CriterionId, Result } from '../../../src/lib/grader/result-schema.ts';

/** The criterion `id` of a result; fails the test when it is missing. */
export function criterion(result: Result, id: CriterionId): Criterion {
  const found = result.criteria.find((c) => c.id === id);
  expect(found, `criterion ${id}`).toBeDefined();
  return found as Criterion;
}

/** Grades `text` and returns the criterion `id`. */
export function judge(text: string, id: CriterionId, options?: GradeOptions): Criterion {
  return criterion(gradeNote(text, options), id);
}

/** Checks that highlights are valid UTF-16 ranges of `text`, sorted and not overlapping. */
export function expectValidHighlights(text: string, result: Result): void {
  let previousEnd = 0;
  for (const h of result.highlights) {
    expect(h.start).toBeGreaterThanOrEqual(previousEnd);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(Number.isInteger(h.start) && Number.isInteger(h.end)).toBe(true);
    previousEnd = h.end;
  }
}

/** The text of every highlight of a kind. */
export function marked(text: string, result: Result, kind: 'problem' | 'strength'): string[] {
  return result.highlights.filter((h) => h.kind === kind).map((h) => text.slice(h.start, h.end));
}
