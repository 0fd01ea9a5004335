/** What every rule returns, and helpers they share. */
import type { Analysis } from '../analyze.ts';
import type { Cue } from '../cues.ts';
import { excerpts, quote } from '../evidence.ts';
import { PROBLEM_RULES } from '../findings.ts';
import type { Span } from '../phrases.ts';
import type { ProblemKind } from '../problems.ts';
import type { Status } from '../result-schema.ts';

/** The judgement on one criterion, before the grader adds its id, label and link. */
export interface Judgement {
  /** pass, partial or fail. */
  readonly status: Status;
  /** One sentence to the writer, quoting the words behind the judgement. */
  readonly message: string;
  /** The words behind the judgement, quoted from the note. */
  readonly evidence: readonly string[];
  /** One concrete thing to do next. */
  readonly suggestion: string;
}

/** A rule judges one criterion of an analysed note. */
export type Rule = (analysis: Analysis) => Judgement;

/** Builds a judgement from its parts. */
export function judge(status: Status, message: string, evidence: readonly string[], suggestion: string): Judgement {
  return { status, message, evidence, suggestion };
}

/** The first span of a list, quoted as written, with every span of the list as evidence. */
export function firstQuoted(analysis: Analysis, spans: readonly Span[]): { words: string; evidence: string[] } {
  const evidence = excerpts(analysis, spans);
  return { words: quote(evidence[0] ?? ''), evidence };
}

/** The judgement for the first of `kinds` the note has, in its problem’s own words; null when none. */
export function fromProblems(analysis: Analysis, kinds: readonly ProblemKind[], status: Status): Judgement | null {
  for (const kind of kinds) {
    const spans = analysis.problems[kind];
    if (spans.length === 0) continue;
    const evidence = excerpts(analysis, spans);
    const rule = PROBLEM_RULES[kind];
    return judge(status, rule.message(evidence[0] ?? ''), evidence, rule.suggestion);
  }
  return null;
}

/** The most specific of the cues (the first one when several tie), or undefined. */
export function bestCue(cues: readonly Cue[]): Cue | undefined {
  return cues.reduce<Cue | undefined>(
    (best, cue) => (best === undefined || cue.level > best.level ? cue : best),
    undefined,
  );
}

/** Scenario keyword matches, treated as specific cues. */
export function scenarioCues(spans: readonly Span[] | undefined): Cue[] {
  return (spans ?? []).map((span) => ({ ...span, level: 2 }));
}

/** The judgement for an empty or default note: what it lacks, quoting the stock words. */
export function emptyOrDefault(
  analysis: Analysis,
  empty: string,
  stock: (words: string) => string,
  suggestion: string,
): Judgement | null {
  if (analysis.empty) return judge('fail', empty, [], suggestion);
  if (!analysis.defaultNote) return null;
  const { words, evidence } = firstQuoted(analysis, analysis.defaultEvidence);
  return judge('fail', stock(words), evidence, suggestion);
}

/** The judgement every criterion gives a note in another language. */
export function englishOnly(what: string, suggestion: string): Judgement {
  return judge('partial', `I read English only, so I can’t tell ${what}.`, [], suggestion);
}
