/**
 * Stage 2: find the features. Each rule has an id and names the words behind it (spans of the
 * folded text); the model (model.ts) weighs the features into a verdict and a score, and the
 * explanation (explain.ts) quotes their words. Problems are phrase cues; context and reasons are
 * cues judged by their clause (clauses.ts), plus any clause about the reader or about both that
 * names something, whatever words it uses.
 */
import { aboutWriterOnly, clauseAt, findClauses, namesSomething, type Clause } from './clauses.ts';
import { isClearlyNotEnglish } from './language.ts';
import * as L from './lexicon.ts';
import type { NoteLimit } from './limits.ts';
import { normalizeNote } from './normalize.ts';
import { MAX_MATCHES, findAll, mask, overlaps, phrases, touches, type Span } from './patterns.ts';
import { findFrame, readNote, type Frame, type Note } from './read-note.ts';
import type { Scenario } from './result-schema.ts';
import { useOfScenario, type ScenarioUse } from './scenario.ts';
import { findDefault, findStockSentences, type DefaultNote } from './stock.ts';
import { isTokenMarked, type Token } from './tokens.ts';

/** Problems: phrase rules whose words are quoted and marked as problems. */
export const PROBLEM_IDS = [
  'pitch',
  'ask-job',
  'ask-call',
  'ask-favour',
  'ask-action',
  'network',
  'boilerplate',
  'flattery',
  'generic-context',
  'stock-phrase',
  'impersonal-greeting',
  'rude',
  'shouting',
  'textspeak',
  'link',
  'question',
  'soft-pitch',
  'too-short',
] as const;

/** Strengths: what makes a note specific and kind. */
export const STRENGTH_IDS = [
  'context-specific',
  'context-vague',
  'meeting',
  'mutual-contact',
  'shared',
  'shared-ground',
  'implied-reason',
  'context-and-reason',
  'ask-with-context',
  'thanks-for',
  'impact',
  'writer-specific',
  'reason-specific',
  'reason-plain',
  'offer',
  'courtesy',
  'named',
] as const;

/** Every feature the model weighs, in the order of the weights file. */
export const FEATURE_IDS = [...STRENGTH_IDS, ...PROBLEM_IDS] as const;

/** One feature's id. */
export type FeatureId = (typeof FEATURE_IDS)[number];
/** One problem's id. */
export type ProblemId = (typeof PROBLEM_IDS)[number];

/** Everything the model and the explanation need to know about one note. */
export interface Features {
  readonly note: Note;
  readonly frame: Frame;
  readonly defaultNote: DefaultNote | null;
  readonly notEnglish: boolean;
  /** LinkedIn's stock sentences in the note. */
  readonly stock: readonly Span[];
  /** Unfilled template fields: always lazy. */
  readonly placeholders: readonly Span[];
  /** Greeted names that belong to nobody the writer said they are writing to. */
  readonly wrongNames: readonly Span[];
  /** The recipient's name where the note uses it (greeting, or a scenario's names). */
  readonly names: readonly Span[];
  readonly scenarioUse: ScenarioUse | null;
  /** Where each feature fired. */
  readonly hits: Readonly<Record<FeatureId, readonly Span[]>>;
  /** The model's inputs, each from 0 to 1. */
  readonly values: Readonly<Record<FeatureId, number>>;
}

const compile = (entries: readonly string[]): RegExp => phrases(entries);
const PROBLEM_PATTERNS: Partial<Record<ProblemId, RegExp>> = {
  pitch: compile(L.PITCH),
  'ask-job': compile(L.ASK_JOB),
  'ask-call': compile(L.ASK_CALL),
  'ask-favour': compile(L.ASK_FAVOUR),
  'ask-action': compile(L.ASK_ACTION),
  network: compile(L.NETWORK_COLLECTING),
  boilerplate: compile(L.BOILERPLATE),
  flattery: compile(L.FLATTERY),
  'generic-context': compile(L.GENERIC_CONTEXT),
  'impersonal-greeting': compile(L.IMPERSONAL_GREETINGS),
  rude: compile(L.RUDE),
  textspeak: compile(L.TEXTSPEAK),
  link: new RegExp(L.LINK_PATTERN, 'g'),
  'soft-pitch': compile(L.SOFT_PITCH),
};
const PLACEHOLDER = new RegExp(L.PLACEHOLDER_PATTERN, 'g');
/** Context cues, each family judged by its clause. */
const CUES = {
  meeting: compile(L.MEETING_CUES),
  'mutual-contact': compile(L.MUTUAL_CUES),
  shared: compile(L.SHARED_CUES),
  'shared-ground': compile(L.GROUND_CUES),
  seen: compile(L.SEEN_CUES),
  'thanks-for': compile(L.THANKS_FOR),
  impact: compile(L.IMPACT_CUES),
};
const WRITER = compile(L.WRITER_CUES);
const PROFILE = compile(L.PROFILE_CUES);
const REASON = compile(L.REASON_CUES);
const PLAIN = compile(L.PLAIN_REASON);
const THANKS = compile(L.THANKS);
const OFFERS = compile(L.OFFERS);
/** Words that make a stock sentence the full stock text rather than a plain wish to connect. */
const STOCK_CORE = /network|linkedin|trust|join|indicated/;
/** "Want to connect?" asks nothing beyond the connection. */
const ONLY_CONNECT =
  /^(?:(?:do you |would you |want to |wanna |shall we |care to |happy to |up for |open to |worth )?(?:connect|connecting|link up|linking up))$/;
/** Questions that are only a pleasantry. */
const SMALL_TALK = /how are you|how have you been|how's it going|how are things|remember me/;

/** Runs of three or more words in capitals: the note is shouting there. */
function shoutingRuns(tokens: readonly Token[]): Span[] {
  const runs: Span[] = [];
  let run: Token[] = [];
  for (const token of [...tokens, undefined]) {
    if (token?.allCaps === true) run.push(token);
    else if (token === undefined || token.letters >= 2) {
      const [first, last] = [run[0], run.at(-1)];
      if (run.length >= 3 && first && last) runs.push({ start: first.start, end: last.end });
      run = [];
    }
  }
  return runs.slice(0, 25);
}

/** Greeted names that match none of the `expected` names (any word of any of them, folded). */
function findWrongNames(greeted: readonly Token[], expected: readonly string[]): Span[] {
  const known = new Set(
    expected.flatMap((name) => normalizeNote(name).text.split(/[^\p{L}\p{N}'-]+/u)).filter(Boolean),
  );
  if (known.size === 0 || greeted.length === 0 || greeted.some((token) => known.has(token.word))) return [];
  return [{ start: greeted[0]?.start ?? 0, end: greeted.at(-1)?.end ?? 0 }];
}

/** Questions put to the reader, beyond small talk: "Would you be open to…?" */
function findQuestions(note: Note, clauses: readonly Clause[]): Span[] {
  const spans: Span[] = [];
  let sentenceStart = 0;
  clauses.forEach((clause, i) => {
    if (i === 0 || clauses[i - 1]?.sentence !== clause.sentence) sentenceStart = clause.start;
    if (
      spans.length >= MAX_MATCHES ||
      !note.text
        .slice(clause.end, clause.end + 3)
        .trimStart()
        .startsWith('?')
    )
      return;
    const sentence = note.text.slice(sentenceStart, clause.end).trim();
    if (!SMALL_TALK.test(sentence) && !ONLY_CONNECT.test(sentence))
      spans.push({ start: sentenceStart, end: clause.end });
  });
  return spans;
}

/** How one cue hit reads in its clause: whether it is specific, and the stretch to quote. */
type Judge = (hit: Span, clause: Clause, clauses: readonly Clause[]) => { specific: boolean; span: Span };

/** The hits of `pattern` outside `blocked`, each judged by `judge` in its clause, split by specificity. */
function judgeHits(pattern: RegExp, note: Note, clauses: readonly Clause[], blocked: Uint8Array, judge: Judge) {
  const specific: Span[] = [];
  const vague: Span[] = [];
  for (const hit of findAll(pattern, note.flat)) {
    const clause = touches(blocked, hit) ? undefined : clauseAt(clauses, hit.start);
    if (!clause) continue;
    const judged = judge(hit, clause, clauses);
    (judged.specific ? specific : vague).push(judged.span);
  }
  return { specific, vague };
}

/** Cue hits judged by their clause: `specific` when the clause names something or has `content` content words. */
function judgeCues(pattern: RegExp, note: Note, clauses: readonly Clause[], blocked: Uint8Array, content = 2) {
  return judgeHits(pattern, note, clauses, blocked, (hit, clause) => ({
    specific: namesSomething(clause) || clause.content >= content,
    span: { start: Math.min(clause.start, hit.start), end: Math.max(clause.end, hit.end) },
  }));
}

/** A reason cue is specific when its clause or the rest of its sentence names or says something. */
function judgeReasons(note: Note, clauses: readonly Clause[], blocked: Uint8Array) {
  return judgeHits(REASON, note, clauses, blocked, (hit, clause, all) => {
    const rest = all.filter((c) => c.sentence === clause.sentence && c.end > hit.start);
    return {
      specific: rest.some((c) => namesSomething(c) || c.content >= 1),
      span: { start: Math.min(clause.start, hit.start), end: Math.max(hit.end, rest.at(-1)?.end ?? clause.end) },
    };
  });
}

/** Options for reading a note's features. */
export interface FeatureOptions {
  readonly limit: NoteLimit;
  readonly scenario?: Scenario | undefined;
  readonly recipient?: string | undefined;
}

/** A note as read so far: its text, frame and stock sentences, and the features found. */
interface Reading {
  readonly note: Note;
  readonly stock: readonly Span[];
  readonly placeholders: readonly Span[];
  readonly frame: Frame;
  readonly frameSpans: readonly Span[];
  readonly shouting: boolean;
  readonly notEnglish: boolean;
  readonly defaultNote: DefaultNote | null;
  readonly hits: Record<FeatureId, Span[]>;
}

/** Stage 2.1: the frame, the stock sentences and templates, the language, and whether the note is default. */
function readFrame(original: string, options: FeatureOptions): Reading {
  const note = readNote(original, options.limit);
  const { text, flat, tokens } = note;
  const stock = findStockSentences(note);
  const placeholders = findAll(PLACEHOLDER, flat);
  const stockMask = mask(text.length, stock, placeholders);
  const frame = findFrame(note, stock, stockMask);
  const own = tokens.filter((token) => !isTokenMarked(stockMask, token));
  const shouting = own.filter((token) => token.allCaps).length * 2 > own.length;
  const notEnglish = !note.empty && isClearlyNotEnglish(own);
  const frameSpans: Span[] = [
    ...(frame.greeting ? [frame.greeting] : []),
    ...(frame.signature >= 0 ? [{ start: frame.signature, end: text.length }] : []),
  ];
  return {
    note,
    stock,
    placeholders,
    frame,
    frameSpans,
    shouting,
    notEnglish,
    defaultNote: findDefault(note, stock, stockMask, frame, { shouting, notEnglish }),
    hits: Object.fromEntries(FEATURE_IDS.map((id) => [id, [] as Span[]])) as Record<FeatureId, Span[]>,
  };
}

/** The masks later stages read around: what no context survives inside, and what no cue may touch. */
interface Masks {
  /** Asks, pitches, collecting, boilerplate, flattery, generic context, links. */
  readonly faults: Uint8Array;
  /** The faults, the frame, stock text and templates. */
  readonly blocked: Uint8Array;
  readonly asks: readonly (readonly Span[])[];
}

/** Stage 2.2: every problem, by its phrase rule; returns the masks the later stages read around. */
function findProblems(r: Reading): Masks {
  const { hits, note } = r;
  for (const [id, pattern] of Object.entries(PROBLEM_PATTERNS) as [ProblemId, RegExp][])
    hits[id] = findAll(pattern, note.flat);
  // "A quick call" inside "hop on a quick call" is one ask, not two.
  hits['ask-favour'] = hits['ask-favour'].filter((a) => !hits['ask-call'].some((c) => overlaps(a, c)));
  hits.shouting = shoutingRuns(note.tokens);
  // The full stock sentence after a real opening is a fault; a bare "I'd like to connect" closing one is a plain wish.
  hits['stock-phrase'] = r.defaultNote ? [] : r.stock.filter((span) => isFullStock(r, span));
  const asks = [hits.pitch, hits['ask-job'], hits['ask-call'], hits['ask-favour'], hits['ask-action']];
  const faultSpans = [...asks, hits.network, hits.boilerplate, hits.flattery, hits['generic-context'], hits.link];
  const length = note.text.length;
  return {
    faults: mask(length, ...faultSpans),
    blocked: mask(length, r.stock, r.placeholders, r.frameSpans, ...faultSpans),
    asks,
  };
}

/** True for a stock sentence with the stock text's own words, not just "I'd like to connect". */
function isFullStock(r: Reading, span: Span): boolean {
  return STOCK_CORE.test(r.note.flat.slice(span.start, span.end));
}

/**
 * Stage 2.3: how the writer knows them. Cue families judged by their clause, and any clause about
 * the reader or both of them that names something, whatever its words; shared ground and facts read
 * off their profile are a start, not a context.
 */
function findContext(r: Reading, m: Masks, clauses: readonly Clause[]): { context: Span[]; vague: Span[] } {
  const { hits, note } = r;
  const context: Span[] = [];
  const vague: Span[] = [];
  for (const [id, pattern] of Object.entries(CUES)) {
    const judged = judgeCues(pattern, note, clauses, m.blocked, id === 'thanks-for' ? 1 : 2);
    (id === 'shared-ground' ? vague : context).push(...judged.specific);
    vague.push(...judged.vague);
    if (id !== 'seen')
      hits[id as FeatureId] = ['mutual-contact', 'thanks-for', 'impact'].includes(id)
        ? judged.specific
        : [...judged.specific, ...judged.vague];
  }
  const profile = findAll(PROFILE, note.flat).filter((hit) => !touches(m.faults, hit));
  const fromProfile = (span: Span): boolean => profile.some((p) => overlaps(p, span));
  for (const clause of clauses)
    if ((clause.you || clause.we) && namesSomething(clause) && !touches(m.blocked, clause))
      if (!hits['shared-ground'].some((g) => overlaps(g, clause)) && !fromProfile(clause)) context.push(clause);
  vague.push(...context.filter(fromProfile), ...profile.map((p) => clauseAt(clauses, p.start) ?? p));
  return { context: context.filter((span) => !fromProfile(span)), vague };
}

/** Stage 2.4: why the writer wants to connect, who they are, and what they offer back. */
function findReasons(r: Reading, m: Masks, clauses: readonly Clause[]): void {
  const { hits, note } = r;
  const reasons = judgeReasons(note, clauses, m.blocked);
  hits['writer-specific'] = judgeCues(WRITER, note, clauses, m.blocked).specific;
  hits['reason-specific'] = reasons.specific;
  hits['reason-plain'] = [
    ...findAll(PLAIN, note.flat).filter((hit) => !touches(m.blocked, hit)),
    ...reasons.vague,
    ...(r.defaultNote ? [] : r.stock.filter((span) => !isFullStock(r, span))),
  ];
  hits.offer = findAll(OFFERS, note.flat);
  hits.courtesy = findAll(THANKS, note.flat).filter((hit) => !hits['thanks-for'].some((t) => overlaps(t, hit)));
  hits.question = findQuestions(note, clauses).filter(
    (q) => !m.asks.some((spans) => spans.some((a) => overlaps(a, q))),
  );
}

/** Stage 2.5: features made of others, the rubric's shapes: an implied reason, an ask after context, context and reason. */
function deriveFeatures(r: Reading, m: Masks, clauses: readonly Clause[], scenario: boolean): void {
  const { hits, note } = r;
  hits.named = clauses
    .filter((clause) => !touches(m.blocked, clause) && !aboutWriterOnly(clause))
    .flatMap((clause) => clause.named)
    .slice(0, MAX_MATCHES);
  // A specific context carries a plain or implied reason: a meeting, thanks, their work's effect, "let's stay
  // in touch". In an exercise the reason is the scenario's own, so nothing stands in for it.
  if (hits['context-specific'].length > 0 && !scenario)
    hits['implied-reason'] = [...hits['reason-plain'], ...hits.meeting, ...hits['thanks-for'], ...hits.impact].filter(
      (span) => !touches(m.faults, span),
    );
  const frameMask = mask(note.text.length, r.frameSpans);
  const first = note.tokens[0];
  const last = note.tokens.at(-1);
  if (first && last && note.tokens.filter((token) => !isTokenMarked(frameMask, token)).length < 6)
    hits['too-short'] = [{ start: first.start, end: last.end }];
  // The rubric's middle ground for asks: an ask after something real about them spoils the note, not sinks it.
  const asked = m.asks.flat();
  if (asked.length > 0 && hits['context-specific'].length + hits['context-vague'].length + hits.named.length > 0)
    hits['ask-with-context'] = asked;
  // The rubric's thoughtful shape: a specific context, and a reason stated or implied.
  if (hits['reason-specific'].length + hits['implied-reason'].length > 0)
    hits['context-and-reason'] = hits['context-specific'];
}

/** Reads `original` and finds every feature: the pipeline of stages 2.1 to 2.5. */
export function findFeatures(original: string, options: FeatureOptions): Features {
  const r = readFrame(original, options);
  const { note, frame, hits } = r;
  const masks = findProblems(r);
  const clauses = findClauses(note, mask(note.text.length, r.stock, r.placeholders, r.frameSpans), r.shouting);
  const { context, vague } = findContext(r, masks, clauses);
  findReasons(r, masks, clauses);
  const scenarioUse = options.scenario ? useOfScenario(note.flat, options.scenario) : null;
  if (scenarioUse) {
    // In an exercise only the scenario's own facts count as specific: a made-up meeting is not.
    vague.push(...context.splice(0), ...hits['reason-specific'].splice(0));
    context.push(...scenarioUse.context);
    hits['reason-specific'] = [...scenarioUse.want];
  }
  hits['context-specific'] = dedupe(context);
  hits['context-vague'] = dedupe(vague).filter((v) => !context.some((c) => overlaps(c, v)));
  deriveFeatures(r, masks, clauses, scenarioUse !== null);
  const expected = [...(options.scenario?.name ?? []), ...(options.recipient?.trim() ? [options.recipient] : [])];
  return {
    note,
    frame,
    defaultNote: r.defaultNote,
    notEnglish: r.notEnglish,
    stock: r.stock,
    placeholders: r.placeholders,
    wrongNames: note.empty ? [] : findWrongNames(frame.names, expected),
    // Using their name is good manners, not a sign the note is thoughtful: marked, but not weighed.
    names: [...frame.names, ...(scenarioUse?.name ?? [])],
    scenarioUse,
    hits,
    values: Object.fromEntries(
      FEATURE_IDS.map((id) => [id, id === 'named' ? Math.min(1, hits.named.length / 3) : hits[id].length > 0 ? 1 : 0]),
    ) as Record<FeatureId, number>,
  };
}

/** Spans without exact repeats, in order of start. */
function dedupe(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return [...spans]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((span) => {
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
