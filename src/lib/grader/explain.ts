/**
 * Stage 4b: what a result says beyond the criteria: the points each fault cost, the flags for the
 * UI, the marks on the learner's own words, and one sentence that sums it up.
 */
import { phraseOf, type Quotes } from './evidence.ts';
import type { FeatureId, Features, ProblemId } from './features.ts';
import { resolveHighlights, type HighlightCandidate } from './highlights.ts';
import type { Decision } from './model.ts';
import type { Span } from './patterns.ts';
import type { CriterionId, Flag, Highlight, Penalty, Verdict } from './result-schema.ts';

/** How each problem counts: the reason it belongs to, its flag, and what to call it. */
const PROBLEMS: Readonly<Record<ProblemId, readonly [CriterionId, Flag | null, string]>> = {
  pitch: ['favor', 'pitch', 'A sales pitch'],
  'ask-job': ['rude', 'demand', 'Asking a stranger for a job or a referral'],
  'ask-call': ['rude', 'demand', 'Asking a stranger for a call or a meeting'],
  'ask-favour': ['rude', 'soft-ask', 'Asking a stranger for a favour'],
  'ask-action': ['rude', 'demand', 'Asking a stranger to click, follow or endorse'],
  network: ['quantity', 'network-collecting', 'Collecting connections'],
  boilerplate: ['lazy', 'boilerplate', 'Boilerplate a tool could have written'],
  flattery: ['impersonal', 'flattery', 'Praise that fits anyone'],
  'generic-context': ['impersonal', 'generic', 'A “how we know each other” that is true of everyone'],
  'stock-phrase': ['lazy', 'stock-phrase', 'LinkedIn’s stock sentence'],
  'impersonal-greeting': ['impersonal', 'impersonal-greeting', 'A greeting to nobody in particular'],
  rude: ['rude', 'rude', 'Pushy wording'],
  shouting: ['rude', 'shouting', 'Writing in capitals'],
  textspeak: ['lazy', 'textspeak', 'Text-speak'],
  link: ['favor', 'link', 'A link in a first note'],
  question: ['rude', 'soft-ask', 'A question that asks for their time'],
  'soft-pitch': ['favor', null, 'Introducing your business to a prospect'],
  'too-short': ['lazy', null, 'Too short to show any care'],
};

/** The rubric's fixed rules as penalties: what the fault is and the reason it belongs to. */
const CAPS: Partial<Record<NonNullable<Decision['cap']>, readonly [CriterionId, string]>> = {
  default: ['lazy', 'LinkedIn’s stock text reads as no note at all'],
  placeholder: ['lazy', 'An unfilled template field keeps the note lazy'],
  'wrong-name': ['impersonal', 'Greeting the wrong name keeps the note from thoughtful'],
  'over-limit': ['length', 'Over the limit, the note cannot be sent as it is'],
  ask: ['rude', 'An ask in the first note keeps it from thoughtful'],
  'ask-without-context': ['rude', 'An ask of a stranger, with nothing real about them, makes the note lazy'],
  network: ['quantity', 'Collecting connections, with nothing real about them, makes the note lazy'],
  boilerplate: ['lazy', 'Boilerplate with nothing real about them makes the note lazy'],
  'stock-phrase': ['lazy', 'The stock sentence after a real opening keeps the note from thoughtful'],
};

/** The rubric rule that settled the verdict, as a penalty: what it cost against the fitted score. */
function capPenalty(f: Features, decision: Decision, quotes: Quotes): Penalty | undefined {
  const kind = f.defaultNote?.kind;
  if (kind === 'empty' || !decision.cap) return undefined;
  const cap: readonly [CriterionId, string] | undefined =
    kind === 'greeting-only' ? ['lazy', 'A greeting on its own reads as no note at all'] : CAPS[decision.cap];
  if (!cap) return undefined;
  const spans =
    decision.cap === 'wrong-name'
      ? f.wrongNames
      : decision.cap === 'placeholder'
        ? f.placeholders
        : decision.cap === 'default'
          ? (f.defaultNote?.evidence ?? [])
          : [];
  const points = Math.max(1, Math.min(100, decision.uncappedScore - decision.score));
  return { points, reason: cap[0], message: `${cap[1]}.`, evidence: quotes.phrases(spans) };
}

/** The points each fault cost, largest first, a wrong name or the stock text always first. */
export function penaltiesOf(f: Features, decision: Decision, quotes: Quotes): Penalty[] {
  const penalties: Penalty[] = [];
  for (const { id, points } of decision.contributions) {
    if (points >= 0 || !(id in PROBLEMS)) continue;
    const [reason, , what] = PROBLEMS[id as ProblemId];
    const evidence = quotes.phrases(f.hits[id]);
    penalties.push({ points: Math.min(100, -points), reason, message: `${what} costs ${-points} points.`, evidence });
  }
  const rule = capPenalty(f, decision, quotes);
  penalties.sort((a, b) => b.points - a.points);
  // A wrong name or the stock text is the first thing to fix, whatever it costs.
  if (rule) {
    const lead = decision.cap === 'wrong-name' || decision.cap === 'default';
    if (lead) penalties.unshift(rule);
    else penalties.splice(penalties.findIndex((p) => p.points < rule.points) >>> 0, 0, rule);
  }
  return penalties;
}

/** Machine-readable flags for the UI. */
export function flagsOf(f: Features): Flag[] {
  const flags = new Set<Flag>();
  if (f.defaultNote?.kind === 'empty') flags.add('empty');
  else if (f.defaultNote) flags.add('default-text');
  if (f.placeholders.length > 0) flags.add('placeholder');
  if (f.wrongNames.length > 0) flags.add('wrong-name');
  if (f.note.overflowStart !== null) flags.add('over-limit');
  if (f.notEnglish) flags.add('not-english');
  for (const id of Object.keys(PROBLEMS) as ProblemId[]) {
    const flag = PROBLEMS[id][1];
    if (flag && f.values[id] > 0) flags.add(flag);
  }
  if (!f.defaultNote && !f.notEnglish) {
    if (f.values['context-specific'] + f.values['context-vague'] === 0) flags.add('no-context');
    if (f.values['reason-specific'] + f.values['implied-reason'] + f.values['reason-plain'] === 0)
      flags.add('no-reason');
  }
  return [...flags];
}

/** The strengths worth marking, with what to say about each. */
const STRENGTHS: readonly (readonly [FeatureId, CriterionId, string])[] = [
  ['context-specific', 'impersonal', 'This tells them how you know them.'],
  ['shared-ground', 'impersonal', 'Common ground is a start; a shared moment says more.'],
  ['reason-specific', 'why', 'This tells them why you want to connect.'],
  ['implied-reason', 'why', 'This makes your reason clear.'],
  ['thanks-for', 'favor', 'Thanking them for something real is a kind touch.'],
  ['offer', 'favor', 'Offering something back makes saying yes easy.'],
];

/** Marks on the learner's own words: problems over strengths, whole words only. */
export function highlightsOf(f: Features): Highlight[] {
  const marks: HighlightCandidate[] = [];
  const mark = (span: Span, kind: 'problem' | 'strength', reason: CriterionId, message: string, priority: number) => {
    const phrase = phraseOf(f.note, span);
    if (phrase.end > phrase.start)
      marks.push({ start: phrase.start, end: phrase.end, kind, reason, message, priority });
  };
  if (f.defaultNote)
    for (const span of f.defaultNote.evidence)
      mark(span, 'problem', 'lazy', 'This is LinkedIn’s stock text, so it reads as no note at all.', 3);
  for (const span of f.placeholders) mark(span, 'problem', 'lazy', 'A template field nobody filled in.', 3);
  for (const span of f.wrongNames)
    mark(span, 'problem', 'impersonal', 'This is not the name of the person you are writing to.', 4);
  for (const id of Object.keys(PROBLEMS) as ProblemId[]) {
    if (id === 'too-short' || id === 'question' || f.defaultNote) continue;
    for (const span of f.hits[id]) mark(span, 'problem', PROBLEMS[id][0], `${PROBLEMS[id][2]}.`, 3);
  }
  if (!f.defaultNote && !f.notEnglish) {
    for (const span of f.names)
      if (!f.wrongNames.some((w) => w.start === span.start))
        mark(span, 'strength', 'impersonal', 'Using their name shows the note is meant for them.', 1);
    for (const [id, reason, message] of STRENGTHS)
      for (const span of f.hits[id]) mark(span, 'strength', reason, message, 1);
  }
  const { original, overflowStart } = f.note;
  // The mark starts at the word the limit cuts through, so no word is split.
  const cut = overflowStart === null ? null : original.slice(0, overflowStart).search(/[\p{L}\p{N}\p{M}'’-]*$/u);
  if (cut !== null && cut < original.length)
    marks.push({
      start: cut,
      end: original.length,
      kind: 'problem',
      reason: 'length',
      message: `From here the note is past the ${f.note.limit}-character limit.`,
      priority: 2,
    });
  return resolveHighlights(marks, original);
}

/** One sentence that sums up the verdict for the writer. */
export function summarize(f: Features, verdict: Verdict, recipient: string, quotes: Quotes): string {
  if (f.defaultNote?.kind === 'empty') return 'There is no note yet, so LinkedIn would send a blank invitation.';
  if (f.wrongNames.length > 0)
    return `Check the name first: you greet ${quotes.once(f.wrongNames) ?? 'someone else'}, but you are writing to “${recipient}”.`;
  if (verdict === 'default')
    return 'This is LinkedIn’s stock note, or close enough to it, so it will read as no note at all.';
  if (f.notEnglish)
    return 'I read English only, so I can’t judge this note; check it against the six reasons yourself.';
  if (verdict === 'thoughtful')
    return 'Thoughtful: it says how you know them and why you want to connect, in your own words.';
  const has = (id: FeatureId): boolean => f.values[id] > 0;
  if (verdict === 'lazy') {
    if (f.placeholders.length > 0)
      return 'Not there yet: a template field was left unfilled, so it reads as mass-sent.';
    if (has('pitch')) return 'Not there yet: it reads as a sales pitch to a stranger.';
    if (has('ask-job') || has('ask-call') || has('ask-favour') || has('ask-action'))
      return 'Not there yet: it asks a stranger for something before saying anything real about them.';
    return 'This note could go to anyone: it doesn’t say how you know them or why you’re writing.';
  }
  const context = has('context-specific');
  const reason = has('reason-specific') || has('implied-reason');
  const good = context
    ? 'it says how you know them'
    : reason
      ? 'it says why you’re writing'
      : 'it has something personal in it';
  const missing =
    f.note.overflowStart !== null
      ? `it is ${f.note.length - f.note.limit} characters over the limit.`
      : has('ask-job') || has('ask-call') || has('ask-favour') || has('ask-action') || has('pitch') || has('question')
        ? 'it asks for something in the first note.'
        : !context && !reason
          ? 'it needs a specific detail and a clear reason.'
          : !reason
            ? 'not yet why you want to connect.'
            : !context
              ? 'not yet how you know them.'
              : 'one thing holds it back; see below.';
  return `A good start: ${good}, but ${missing}`;
}
