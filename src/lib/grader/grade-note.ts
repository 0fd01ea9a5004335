/**
 * `gradeNote`: the heart of the course. Reads a LinkedIn connection note the way a thoughtful
 * receiver would and says why, reason by reason. The pipeline, one stage per module:
 *
 *   read-note.ts   fold the text, split it into words, find the greeting and signature
 *   features.ts    find the features: problems, context, reasons (clauses.ts reads specificity)
 *   model.ts       weigh them into a verdict and a score (weights fitted by scripts/fit-grader.ts)
 *   criteria.ts    judge each of the six reasons and the length limit, quoting the note
 *   explain.ts     penalties, flags, highlights and a one-sentence summary
 */
import { Quotes } from './evidence.ts';
import { judgeCriteria } from './criteria.ts';
import { flagsOf, highlightsOf, penaltiesOf, summarize } from './explain.ts';
import { findFeatures, type FeatureOptions, type Features } from './features.ts';
import { DEFAULT_NOTE_LIMIT, isNoteLimit, type NoteLimit } from './limits.ts';
import { decide, type Decision } from './model.ts';
import { toOriginalRange } from './normalize.ts';
import type { Result, Scenario } from './result-schema.ts';

/** Options for `gradeNote`. */
export interface GradeOptions {
  /** The character limit: 200 for a free account (the default) or 300 for Premium. */
  readonly limit?: NoteLimit | undefined;
  /** An exercise scenario: the note is then expected to use its name, context and want keywords. */
  readonly scenario?: Scenario | undefined;
  /** The recipient's name as the writer gave it; a note greeting someone else is flagged `wrong-name`. */
  readonly recipient?: string | undefined;
}

/**
 * The note with LinkedIn's stock sentences blanked out (same length, so the same limit applies), or
 * null when it has none or is the stock note itself.
 */
function withoutStock(text: string, features: Features, options: FeatureOptions): Decision | null {
  const { stock } = features;
  // A pasted essay is over every limit anyway; grading it twice would only cost time.
  if (stock.length === 0 || features.defaultNote || text.length > 2000) return null;
  let bare = text;
  for (const span of stock) {
    const { start } = toOriginalRange(features.note.normalized, span.start, span.end);
    let { end } = toOriginalRange(features.note.normalized, span.start, span.end);
    // The sentence's own full stop goes with it.
    while (/[.!,;:]/.test(bare.charAt(end))) end++;
    bare = bare.slice(0, start) + ' '.repeat(end - start) + bare.slice(end);
  }
  return decide(findFeatures(bare, options));
}

/** Stock words say nothing: a note with them never scores above the same note without them. */
function atMost(decision: Decision, bare: Decision | null): Decision {
  if (bare === null || bare.score >= decision.score) return decision;
  return { ...decision, score: bare.score, verdict: bare.verdict };
}

/** Grades a connection note: a verdict, a score, one judgement per reason, highlights and penalties. */
export function gradeNote(text: string, options: GradeOptions = {}): Result {
  const limit = isNoteLimit(options.limit) ? options.limit : DEFAULT_NOTE_LIMIT;
  const featureOptions = { limit, scenario: options.scenario, recipient: options.recipient };
  const features = findFeatures(text, featureOptions);
  const decision = atMost(decide(features), withoutStock(text, features, featureOptions));
  const quotes = new Quotes(features.note);
  const recipient = options.recipient?.trim() || options.scenario?.name[0] || '';
  return {
    score: decision.score,
    verdict: decision.verdict,
    // The summary first: it quotes a wrong name before any criterion can.
    summary: summarize(features, decision.verdict, recipient, quotes),
    criteria: judgeCriteria(features, quotes),
    highlights: highlightsOf(features),
    flags: flagsOf(features),
    penalties: penaltiesOf(features, decision, quotes),
    length: features.note.length,
    limit,
  };
}
