/** Collects the stretches of a note to mark and makes them valid: sorted, non-empty, never overlapping. */
import type { Highlight } from './result-schema.ts';

/** A stretch to mark, with how much it matters when it overlaps another. */
export interface HighlightCandidate extends Highlight {
  /** Higher wins where stretches overlap: problems over strengths over the length overflow. */
  readonly priority: number;
}

/** The parts of `[start, end)` not covered by any of the sorted, disjoint `taken` ranges. */
function uncovered(start: number, end: number, taken: readonly Highlight[]): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  for (const range of taken) {
    if (range.end <= from) continue;
    if (range.start >= end) break;
    if (range.start > from) pieces.push([from, range.start]);
    from = Math.max(from, range.end);
    if (from >= end) break;
  }
  if (from < end) pieces.push([from, end]);
  return pieces;
}

/** The range without the white space at either end of it in `text`. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  return [from, to];
}

/**
 * Resolves overlaps and sorts by start. Higher priority wins; among equals the longer stretch wins
 * (a whole reason over a keyword inside it), then the earlier candidate. Pieces left over are trimmed
 * of white space in `text`, and pieces that are only white space are dropped.
 */
export function resolveHighlights(candidates: readonly HighlightCandidate[], text: string): Highlight[] {
  const ordered = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort(
      (a, b) =>
        b.candidate.priority - a.candidate.priority ||
        b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) ||
        a.index - b.index,
    );
  const taken: Highlight[] = [];
  for (const { candidate } of ordered) {
    for (const [from, to] of uncovered(candidate.start, candidate.end, taken)) {
      const [start, end] = trimmed(text, from, to);
      if (start >= end) continue;
      const piece: Highlight = {
        start,
        end,
        kind: candidate.kind,
        reason: candidate.reason,
        message: candidate.message,
      };
      let at = taken.findIndex((range) => range.start > start);
      if (at < 0) at = taken.length;
      taken.splice(at, 0, piece);
    }
  }
  return taken;
}
