/**
 * `gradeNote`: the heart of the course. Judges a LinkedIn connection note against the six reasons
 * the course teaches and the length limit, and says why in words a learner can act on.
 */
import { REASON_LABELS, REASON_LESSON_SLUGS } from '../reasons.ts';
import { analyzeNote, type Analysis } from './analyze.ts';
import { excerpt, excerpts, overflowExcerpt, quote } from './evidence.ts';
import { DEFAULT_RULE, OVER_LIMIT_POINTS, PROBLEM_RULES } from './findings.ts';
import { resolveHighlights, type HighlightCandidate } from './highlights.ts';
import { DEFAULT_NOTE_LIMIT, isNoteLimit, type NoteLimit } from './limits.ts';
import { toOriginalRange } from './normalize.ts';
import type { Span } from './phrases.ts';
import { PROBLEM_KINDS } from './problems.ts';
import type { Criterion, CriterionId, Flag, Penalty, Result, Scenario, Verdict } from './result-schema.ts';
import { judgeFavor } from './rules/favor.ts';
import { judgeImpersonal } from './rules/impersonal.ts';
import type { Rule } from './rules/judgement.ts';
import { judgeLazy } from './rules/lazy.ts';
import { judgeLength } from './rules/length.ts';
import { judgeQuantity } from './rules/quantity.ts';
import { judgeRude } from './rules/rude.ts';
import { judgeWhy } from './rules/why.ts';
import { decideVerdict, scoreNote } from './scoring.ts';

/** Options for `gradeNote`. */
export interface GradeOptions {
  /** The character limit: 200 for a free account (the default) or 300 for Premium. */
  readonly limit?: NoteLimit | undefined;
  /** An exercise scenario: the note is then expected to use its name, context and want keywords. */
  readonly scenario?: Scenario | undefined;
}

/** The rule for each criterion, in the order a result lists them. */
const RULES: readonly (readonly [CriterionId, Rule])[] = [
  ['impersonal', judgeImpersonal],
  ['lazy', judgeLazy],
  ['rude', judgeRude],
  ['quantity', judgeQuantity],
  ['why', judgeWhy],
  ['favor', judgeFavor],
  ['length', judgeLength],
];

/** Where the lesson on running out of notes lives; the length criterion links there. */
const LENGTH_LESSON = '/lessons/no-note-left/';

/** Highlight priorities: problems win over the overflow marking, which wins over strengths. */
const PROBLEM = 3;
const OVERFLOW = 2;
const STRENGTH = 1;

/** The lesson section for a criterion, root-relative and without the site base. */
function lessonHref(id: CriterionId): string {
  return id === 'length' ? LENGTH_LESSON : `/lessons/${REASON_LESSON_SLUGS[id]}/#what-to-write-instead`;
}

/** The short title of a criterion. */
function criterionLabel(id: CriterionId): string {
  return id === 'length' ? 'The length limit' : REASON_LABELS[id];
}

/** Every deduction the note earns, largest first. */
function penaltiesFor(analysis: Analysis): Penalty[] {
  const penalties: Penalty[] = [];
  if (analysis.defaultNote) {
    const evidence = excerpts(analysis, analysis.defaultEvidence);
    penalties.push({
      points: DEFAULT_RULE.points,
      reason: DEFAULT_RULE.reason,
      message: DEFAULT_RULE.message(evidence[0] ?? ''),
      evidence,
    });
  }
  for (const kind of PROBLEM_KINDS) {
    const spans = analysis.problems[kind];
    if (spans.length === 0 || (kind === 'stock' && analysis.defaultNote)) continue;
    const rule = PROBLEM_RULES[kind];
    const evidence = excerpts(analysis, spans);
    penalties.push({ points: rule.points, reason: rule.reason, message: rule.message(evidence[0] ?? ''), evidence });
  }
  if (analysis.overflowStart !== null) {
    const over = analysis.length - analysis.limit;
    penalties.push({
      points: OVER_LIMIT_POINTS,
      reason: 'length',
      message: `Your note is ${over} characters over the ${analysis.limit} limit, so it can’t be sent as it is.`,
      evidence: overflowExcerpt(analysis),
    });
  }
  return penalties.sort((a, b) => b.points - a.points);
}

/** The machine-readable flags of the note. */
function flagsFor(analysis: Analysis): Flag[] {
  const flags: Flag[] = [];
  if (analysis.empty) flags.push('empty');
  if (analysis.defaultNote) flags.push('default-text');
  for (const kind of PROBLEM_KINDS) {
    if (analysis.problems[kind].length === 0 || (kind === 'stock' && analysis.defaultNote)) continue;
    flags.push(PROBLEM_RULES[kind].flag);
  }
  if (analysis.overflowStart !== null) flags.push('over-limit');
  if (analysis.notEnglish) flags.push('not-english');
  if (!analysis.empty && !analysis.defaultNote && !analysis.notEnglish) {
    if (analysis.contextLevel === 0) flags.push('no-context');
    if (analysis.whyLevel === 0) flags.push('no-reason');
  }
  return flags;
}

/** A highlight candidate for a normalised span. */
function candidate(
  analysis: Analysis,
  span: Span,
  kind: 'problem' | 'strength',
  reason: CriterionId,
  message: string,
  priority: number,
): HighlightCandidate {
  const range = toOriginalRange(analysis.normalized, span.start, span.end);
  return { ...range, kind, reason, message, priority };
}

/** The stretches to mark: problems, then what the note does well, then the text past the limit. */
function highlightsFor(analysis: Analysis): HighlightCandidate[] {
  const marks: HighlightCandidate[] = [];
  if (analysis.defaultNote) {
    for (const span of analysis.defaultEvidence) {
      marks.push(
        candidate(
          analysis,
          span,
          'problem',
          DEFAULT_RULE.reason,
          DEFAULT_RULE.message(excerpt(analysis, span)),
          PROBLEM,
        ),
      );
    }
  }
  for (const kind of PROBLEM_KINDS) {
    if (kind === 'stock' && analysis.defaultNote) continue;
    const rule = PROBLEM_RULES[kind];
    for (const span of analysis.problems[kind]) {
      marks.push(candidate(analysis, span, 'problem', rule.reason, rule.message(excerpt(analysis, span)), PROBLEM));
    }
  }
  if (!analysis.empty && !analysis.defaultNote && !analysis.notEnglish) {
    const strength = (spans: readonly Span[], reason: CriterionId, message: (words: string) => string): void => {
      for (const span of spans)
        marks.push(candidate(analysis, span, 'strength', reason, message(quote(excerpt(analysis, span))), STRENGTH));
    };
    strength(analysis.names, 'impersonal', (w) => `Using their name, ${w}, shows the note is meant for them.`);
    strength(analysis.scenarioUse?.context ?? [], 'impersonal', (w) => `${w} uses what you know about them.`);
    strength(
      analysis.context.filter((cue) => cue.level === 2),
      'impersonal',
      (w) => `${w} tells them how you know them.`,
    );
    strength(analysis.scenarioUse?.want ?? [], 'why', (w) => `${w} is the reason you’re writing.`);
    strength(
      analysis.why.filter((cue) => cue.level === 2),
      'why',
      (w) => `${w} tells them why you want to connect.`,
    );
    strength(analysis.thanks, 'favor', (w) => `${w} is a kind touch that shows you know they owe you nothing.`);
    strength(analysis.offers, 'favor', (w) => `${w} offers something back, which makes saying yes easy.`);
  }
  if (analysis.overflowStart !== null && analysis.overflowStart < analysis.original.length) {
    marks.push({
      start: analysis.overflowStart,
      end: analysis.original.length,
      kind: 'problem',
      reason: 'length',
      message: `This part is past the ${analysis.limit}-character limit.`,
      priority: OVERFLOW,
    });
  }
  return marks;
}

/** One sentence that sums up the verdict for the writer. */
function summarize(analysis: Analysis, verdict: Verdict, penalties: readonly Penalty[]): string {
  if (analysis.empty) return 'There is no note yet, so LinkedIn would send a blank invitation.';
  const top = penalties[0];
  switch (verdict) {
    case 'default':
      return 'This is LinkedIn’s stock note, or close enough to it, so it will read as no note at all.';
    case 'lazy':
      if (analysis.notEnglish)
        return `I read English only, but I can see a problem: ${top?.message ?? 'it reads as a template.'}`;
      return top !== undefined
        ? `Not there yet: ${top.message}`
        : 'This note could go to anyone: it doesn’t say how you know them or why you’re writing.';
    case 'needs-work': {
      if (analysis.notEnglish)
        return 'I read English only, so I can’t judge this note; check it against the six reasons yourself.';
      const has =
        analysis.contextLevel === 2
          ? 'it says how you know them'
          : analysis.whyLevel === 2
            ? 'it says why you’re writing'
            : 'it has something personal in it';
      const missing =
        analysis.overflowStart !== null
          ? `it is ${analysis.length - analysis.limit} characters over the limit`
          : analysis.contextLevel < 2 && analysis.whyLevel < 2
            ? 'it needs a specific detail and a clear reason'
            : analysis.whyLevel < 2
              ? 'not yet why you want to connect'
              : analysis.contextLevel < 2
                ? 'not yet how you know them'
                : `one thing holds it back: ${top?.message ?? 'it needs a last polish.'}`;
      return `A good start: ${has}, but ${missing}${missing.endsWith('.') ? '' : '.'}`;
    }
    case 'thoughtful':
      return 'Thoughtful: it says how you know them and why you want to connect, in your own words.';
  }
}

/** Grades a connection note: a verdict, a score, one judgement per reason, highlights and penalties. */
export function gradeNote(text: string, options: GradeOptions = {}): Result {
  const limit = isNoteLimit(options.limit) ? options.limit : DEFAULT_NOTE_LIMIT;
  const analysis = analyzeNote(text, limit, options.scenario);
  const criteria: Criterion[] = RULES.map(([id, rule]) => {
    const judgement = rule(analysis);
    return { id, label: criterionLabel(id), ...judgement, evidence: [...judgement.evidence], href: lessonHref(id) };
  });
  const penalties = penaltiesFor(analysis);
  const verdict = decideVerdict(analysis);
  return {
    score: scoreNote(analysis, verdict, penalties),
    verdict,
    summary: summarize(analysis, verdict, penalties),
    criteria,
    highlights: resolveHighlights(highlightsFor(analysis), text),
    flags: flagsFor(analysis),
    penalties,
    length: analysis.length,
    limit,
  };
}
