/**
 * Reads a note once and records everything the rules judge: the problems and strengths found and
 * where they are, the greeting and signature around the body, how specific the context and the
 * reason are, and whether the whole note is LinkedIn’s stock text.
 */
import { countCharacters, offsetAfterCharacters } from './length.ts';
import * as L from './lexicon.ts';
import type { NoteLimit } from './limits.ts';
import { normalizeNote, type NormalizedText } from './normalize.ts';
import type { Scenario } from './result-schema.ts';
import { isTokenMarked, tokenIndexAt, tokenize, type Token } from './tokens.ts';
import * as WL from './word-lists.ts';

/** A range of the normalised text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How specific the context or the reason is: 0 none, 1 present but vague, 2 specific. */
export type Level = 0 | 1 | 2;

/** A stretch of the note that says how the writer knows them, or why they write, and how specifically. */
export interface Cue extends Span {
  readonly level: Level;
}

/** The kinds of problem the grader looks for. */
export const PROBLEM_KINDS = [
  'placeholder',
  'stock',
  'impersonal-greeting',
  'flattery',
  'generic-context',
  'pitch',
  'demand',
  'soft-ask',
  'rude',
  'network',
  'textspeak',
  'link',
  'shouting',
] as const;

/** One kind of problem. */
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** Which parts of an exercise scenario the note uses. */
export interface ScenarioUse {
  readonly name: readonly Span[];
  readonly context: readonly Span[];
  readonly want: readonly Span[];
  readonly scenario: Scenario;
}

/** Everything the rules need to know about one note. */
export interface Analysis {
  /** The note as given, and its folded form with the map back. */
  readonly original: string;
  readonly normalized: NormalizedText;
  readonly tokens: readonly Token[];
  /** Length in characters (see length.ts), the limit, and where the text past it begins (null when it fits). */
  readonly length: number;
  readonly limit: NoteLimit;
  readonly overflowStart: number | null;
  /** Nothing visible was written; the note is in another language; it is LinkedIn's stock text. */
  readonly empty: boolean;
  readonly notEnglish: boolean;
  readonly defaultNote: boolean;
  /** The stock words that make the note a default one. */
  readonly defaultEvidence: readonly Span[];
  /** Problems found, by kind. */
  readonly problems: Readonly<Record<ProblemKind, readonly Span[]>>;
  /** How the writer knows them, why they write, and how specific the best of each is. */
  readonly context: readonly Cue[];
  readonly why: readonly Cue[];
  readonly contextLevel: Level;
  readonly whyLevel: Level;
  /** Where the note names the recipient; its thanks and courtesies; its offers of something back. */
  readonly names: readonly Span[];
  readonly thanks: readonly Span[];
  readonly offers: readonly Span[];
  /** Specific details (proper nouns, numbers, quoted titles) and words in the body, outside greeting and signature. */
  readonly specifics: number;
  readonly bodyWords: number;
  /** Which parts of the scenario the note uses, when an exercise gives one. */
  readonly scenarioUse: ScenarioUse | null;
  /** Names the note greets that belong to nobody the writer said they are writing to. */
  readonly wrongNames: readonly Span[];
}

/** At most this many matches are kept per kind, so a pasted essay costs no more than it must. */
const MAX_MATCHES = 25;

/**
 * One global regular expression for phrase entries, matching whole words only; longer entries are
 * tried first. Patterns run on the folded text with line breaks turned into spaces (same offsets),
 * so a space in an entry matches either.
 */
function phrases(entries: readonly string[], after = ''): RegExp {
  const body = [...entries].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])${after}`, 'g');
}

/** At most `MAX_MATCHES` non-empty matches of `pattern` (global) in `text`, in order. */
function findAll(pattern: RegExp, text: string): Span[] {
  // `exec` on the shared pattern, not `matchAll`, which copies the pattern on every call.
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match && spans.length < MAX_MATCHES; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    else spans.push({ start: match.index, end: pattern.lastIndex });
  }
  pattern.lastIndex = 0;
  return spans;
}

/** A mask over the text with `spans` marked. */
function mask(length: number, ...lists: (readonly Span[])[]): Uint8Array {
  const marks = new Uint8Array(length);
  for (const spans of lists) for (const span of spans) marks.fill(1, span.start, span.end);
  return marks;
}

// Stock words only count as stock where the sentence ends with them: "I'd like to connect because…"
// goes on to say something, and "…and would love to connect" closes a real sentence.
const STOCK = new RegExp(
  `(?<!(?:and|so|but|or|also|then) )${
    phrases(L.STOCK_SENTENCES, `(?! ?(?:[,;:] ?)?(?:${L.CONTINUATIONS.join('|')})(?![a-z0-9]))`).source
  }`,
  'g',
);
const FAKE = phrases(L.FAKE_FAMILIARITY);
const GROUP = phrases(L.GROUP_MEMBER);
const PATTERNS = {
  placeholder: new RegExp(L.PLACEHOLDER_PATTERN, 'g'),
  'impersonal-greeting': phrases(L.IMPERSONAL_GREETINGS),
  flattery: phrases(L.FLATTERY),
  'generic-context': phrases(L.GENERIC_CONTEXT),
  pitch: phrases(L.PITCH),
  demand: phrases(L.DEMANDS),
  'soft-ask': phrases(L.SOFT_ASKS),
  rude: phrases(L.RUDE),
  network: phrases(L.NETWORK_COLLECTING),
  textspeak: phrases(L.TEXTSPEAK),
  link: new RegExp(L.LINK_PATTERN, 'g'),
};
const CONTEXT = phrases(L.CONTEXT_CUES);
const SHARED = phrases(L.SHARED_CUES);
const WHY = phrases(L.WHY_CUES);
const THANKS = phrases(L.THANKS);
const OFFERS = phrases(L.OFFERS);
const QUOTE = new RegExp(L.QUOTE_PATTERN, 'g');
const GREETING = new RegExp(`^[^a-z0-9]{0,8}?(?:${L.GREETINGS.join('|')})(?![a-z0-9])`);
const SIGN_OFF = phrases(L.SIGN_OFFS);

/** Every problem in the folded `text` (`flat`: the same with line breaks as spaces), whose words are `tokens`. */
function findProblems(text: string, flat: string, tokens: readonly Token[]): Analysis['problems'] {
  const found = Object.fromEntries(
    Object.entries(PATTERNS).map(([kind, pattern]) => [kind, findAll(pattern, flat)]),
  ) as Record<keyof typeof PATTERNS, Span[]>;
  // Runs of three or more words in capitals: the note is shouting there.
  const shouting: Span[] = [];
  let run: Token[] = [];
  for (const token of [...tokens, undefined]) {
    if (token?.allCaps === true) run.push(token);
    else if (token === undefined || token.letters >= 2) {
      const [first, last] = [run[0], run[run.length - 1]];
      if (run.length >= 3 && first && last && shouting.length < MAX_MATCHES)
        shouting.push({ start: first.start, end: last.end });
      run = [];
    }
  }
  return {
    ...found,
    stock: [
      ...findAll(STOCK, flat),
      ...findAll(FAKE, flat),
      // The group-member stock text names a person and a group: the whole sentence is stock.
      ...findAll(GROUP, flat).map(({ start, end }) => {
        const [from, to] = [Math.max(0, start - 120), Math.min(text.length, end + 120)];
        return {
          start: from + text.slice(from, start).search(/[^.!?\n]*$/),
          end: end + (text.slice(end, to).search(/[:.!?\n]/) + 1 || to - end + 1) - 1,
        };
      }),
    ].sort((a, b) => a.start - b.start),
    // "A quick call" inside "hop on a quick call" is the demand, not a second, softer ask.
    'soft-ask': found['soft-ask'].filter((ask) => !found.demand.some((d) => ask.start < d.end && d.start < ask.end)),
    shouting,
  };
}

/** The opening "Hi Lena," after any stock sentences the note opens with, and the names in it. */
function findGreeting(
  text: string,
  tokens: readonly Token[],
  stock: readonly Span[],
): { span: Span; names: Token[] } | null {
  let offset = 0;
  for (const span of stock) {
    if (span.start < offset || /[a-z0-9]/.test(text.slice(offset, span.start))) break;
    offset = span.end;
  }
  const match = GREETING.exec(text.slice(offset, offset + 64));
  if (match === null) return null;
  const names: Token[] = [];
  let end = offset + match[0].length;
  let previous = '';
  // Up to four words: names, titles ("Dr."), or words such as "there" that name nobody.
  for (let i = tokenIndexAt(tokens, end), taken = 0; taken < 4; i++, taken++) {
    const token = tokens[i];
    const gap = token && text.slice(end, token.start);
    if (!token || !/^(?: |\/| or |\. )$/.test(gap ?? '') || (gap === '. ' && !WL.TITLES.has(previous))) break;
    if (!WL.GENERIC_ADDRESSEES.has(token.word) && !WL.TITLES.has(token.word)) {
      if (!token.capitalized || WL.NOT_PROPER_NOUNS.has(token.word)) break;
      names.push(token);
    }
    end = token.end;
    previous = token.word;
  }
  return { span: { start: offset, end }, names };
}

/**
 * Where the signature starts: a sign-off ("Best,", "Thanks!") followed only by capitalised words,
 * a closing "- Name", or a last line that is only a name. Stock sentences (marked in `stock`) do not
 * count against a signature, so stock text pasted after it cannot hide it. -1 when there is none.
 */
function findSignature(text: string, flat: string, tokens: readonly Token[], stock: Uint8Array): number {
  /** How many unmarked words there are from `offset` on, or -1 when more than `max` or not all look like a name. */
  const nameOnly = (offset: number, max: number): number => {
    const tail = tokens.filter((token) => token.start >= offset && !isTokenMarked(stock, token));
    return tail.length <= max && tail.every((token) => token.capitalized || token.hasDigit) ? tail.length : -1;
  };
  /** True when the last character before `offset`, spaces aside, is one of `marks` (or there is none). */
  const after = (offset: number, marks: RegExp): boolean =>
    marks.test(text.slice(0, offset).replace(/ +$/, '').slice(-1) || '.');
  const starts: number[] = [];
  const signOff = findAll(SIGN_OFF, flat).find((s) => after(s.start, /[^a-z0-9]/) && nameOnly(s.end, 8) >= 0);
  if (signOff) starts.push(signOff.start);
  const dash = Math.max(text.lastIndexOf('-'), text.lastIndexOf('~'));
  if (dash >= 0 && /^$|[ \n]/.test(text.charAt(dash - 1)) && nameOnly(dash, 4) > 0) starts.push(dash);
  const last = tokens.findLast((token) => !isTokenMarked(stock, token));
  const line = last ? text.lastIndexOf('\n', last.start) + 1 : 0;
  if (line > 0 && after(line - 1, /[.!?,]/) && nameOnly(line, 4) >= 0) starts.push(line);
  return starts.length > 0 ? Math.min(...starts) : -1;
}

/** True when `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  let i = 0;
  while (a[i] !== undefined && a[i] === b[i]) i++;
  return [
    a.slice(i + 1) === b.slice(i + 1),
    a.slice(i + 1) === b.slice(i),
    a.slice(i) === b.slice(i + 1),
    a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2),
  ].some(Boolean);
}

/** Stock words long enough that a one-letter typo in them is still plainly them ("profesional"). */
const LONG_STOCK_WORDS = [...WL.STOCK_VOCABULARY].filter((word) => word.length >= 5);

/**
 * The body words that make a note default, or null when it is not one: once the greeting, the
 * signature and any stock clause are set aside, only the words of the stock texts may remain, with
 * at most two names, allowing one-letter typos in long words.
 */
function defaultWords(body: readonly Token[], stock: Uint8Array, shouting: boolean): Token[] | null {
  const left: Token[] = [];
  let outsiders = 0;
  for (const token of body) {
    const known = WL.STOCK_VOCABULARY.has(token.word);
    if (isTokenMarked(stock, token)) {
      // Stock words inside a stock clause stay (they are the evidence); the names in it do not.
      if (!known) continue;
    } else if (!known && (token.word.length < 5 || !LONG_STOCK_WORDS.some((word) => withinOneEdit(token.word, word)))) {
      const isName = !shouting && token.capitalized && !token.sentenceStart && !WL.NOT_PROPER_NOUNS.has(token.word);
      if (!isName || ++outsiders > 2) return null;
    }
    left.push(token);
  }
  return left.length >= 3 && left.some((token) => WL.STOCK_CORE_WORDS.has(token.word)) ? left : null;
}

/**
 * True when a note is clearly not English: most of its letters are outside the Latin script, or it
 * uses three or more function words of other languages and more than twice as many as English ones.
 * The first 2,000 words tell as well as a whole pasted essay would.
 */
function isClearlyNotEnglish(tokens: readonly Token[]): boolean {
  let letters = 0;
  let nonLatin = 0;
  let english = 0;
  let foreign = 0;
  for (const token of tokens.slice(0, 2000)) {
    letters += token.letters;
    nonLatin += token.nonLatinLetters;
    if (WL.ENGLISH_FUNCTION_WORDS.has(token.word)) english++;
    else if (WL.FOREIGN_FUNCTION_WORDS.has(token.word)) foreign++;
  }
  return (letters >= 4 && nonLatin * 2 >= letters) || (foreign >= 3 && foreign > english * 2);
}

/**
 * The pattern for a list of scenario keywords, as whole words with plural and verb endings; null
 * when the list folds to nothing. Kept per list: an exercise grades its note on every edit.
 */
const KEYWORD_PATTERNS = new WeakMap<readonly string[], RegExp | null>();
function keywordPattern(keywords: readonly string[]): RegExp | null {
  let pattern = KEYWORD_PATTERNS.get(keywords);
  if (pattern === undefined) {
    const folded = keywords
      .map((k) =>
        normalizeNote(k)
          .text.trim()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .filter(Boolean);
    pattern =
      folded.length === 0
        ? null
        : new RegExp(`(?<![a-z0-9])(?:${folded.join('|')})(?:s|es|ed|ing|'s)?(?![a-z0-9])`, 'g');
    KEYWORD_PATTERNS.set(keywords, pattern);
  }
  return pattern;
}

/** Where any of the `keywords` occurs in the folded text. */
function findKeywords(flat: string, keywords: readonly string[]): Span[] {
  const pattern = keywordPattern(keywords);
  return pattern ? findAll(pattern, flat) : [];
}

/** Words a context clause stops at. */
const JOINERS = new Set(['and', 'but', 'so', 'because']);

/**
 * The greeted names that match none of the `expected` names (any word of any of them, folded), or
 * none when nothing is expected or the note greets nobody by name.
 */
function findWrongNames(greeted: readonly Token[], expected: readonly string[]): Span[] {
  const known = new Set(
    expected.flatMap((name) => normalizeNote(name).text.split(/[^\p{L}\p{N}'-]+/u)).filter(Boolean),
  );
  if (known.size === 0 || greeted.length === 0 || greeted.some((token) => known.has(token.word))) return [];
  return [{ start: greeted[0]?.start ?? 0, end: greeted.at(-1)?.end ?? 0 }];
}

/**
 * Reads `original` for grading against `limit`, using `scenario` when an exercise gives one and
 * `recipient`, the name the writer says they are writing to, when the checker gives one.
 */
export function analyzeNote(
  original: string,
  limit: NoteLimit,
  scenario: Scenario | undefined,
  recipient?: string,
): Analysis {
  const normalized = normalizeNote(original);
  const { text } = normalized;
  const flat = text.replaceAll('\n', ' ');
  const tokens = tokenize(normalized, original);
  const length = countCharacters(original);
  const empty = text.trim() === '';

  const problems = findProblems(text, flat, tokens);
  const stockMask = mask(text.length, problems.stock, problems.placeholder);
  const problemMask = mask(text.length, ...PROBLEM_KINDS.filter((k) => k !== 'shouting').map((k) => problems[k]));
  const greeting = findGreeting(text, tokens, problems.stock);
  const signature = findSignature(text, flat, tokens, stockMask);
  const frameMask = mask(
    text.length,
    greeting ? [greeting.span] : [],
    signature < 0 ? [] : [{ start: signature, end: text.length }],
  );
  const quoteMask = mask(text.length, findAll(QUOTE, flat));

  const body = tokens.filter((token) => !isTokenMarked(frameMask, token));
  // Ratios leave LinkedIn's stock words out: pasting them in says nothing about how the writer writes.
  const own = body.filter((token) => !isTokenMarked(stockMask, token));
  const shouting = own.filter((token) => token.allCaps).length * 2 > own.length;
  // The capitalised word after a greeting word is a name, wherever the greeting stands.
  const greeted = new Set(
    tokens.filter((_, i) => /^(?:hi|hello|hey|dear|hiya|greetings)$/.test(tokens[i - 1]?.word ?? '')),
  );
  const counts = (token: Token): boolean =>
    !isTokenMarked(problemMask, token) && !isTokenMarked(frameMask, token) && !greeted.has(token);
  /** A proper noun, a number or a quoted title, outside greeting, signature and problems. */
  const isSpecific = (token: Token): boolean =>
    counts(token) &&
    (token.hasDigit ||
      quoteMask[token.start] === 1 ||
      // In a note written in capitals, a capital says nothing about a name.
      (!shouting &&
        token.capitalized &&
        !token.sentenceStart &&
        !WL.ENGLISH_FUNCTION_WORDS.has(token.word) &&
        !WL.NOT_PROPER_NOUNS.has(token.word)));
  /** A word that says something: specific, or neither a function word nor a generic one. */
  const isContent = (token: Token): boolean =>
    isSpecific(token) ||
    (counts(token) && token.letters >= 3 && !WL.ENGLISH_FUNCTION_WORDS.has(token.word) && !WL.isGeneric(token.word));

  /**
   * Cues judged on the words around them: a context cue on its clause, specific when the clause
   * names something or has two content words ("we met at the Berlin JS meetup"); a reason on the
   * rest of its sentence, specific with two content words ("I'm rewriting our runbooks").
   */
  const judgeCues = (pattern: RegExp, clause: boolean, shared = false): Cue[] =>
    findAll(pattern, flat).flatMap((hit) => {
      if (problemMask.subarray(hit.start, hit.end).includes(1)) return [];
      let i = tokenIndexAt(tokens, hit.start);
      const sentence = tokens[i]?.sentence;
      // The clause around a context cue counts: "Jess Patel suggested I reach out" names who before it.
      for (let back = 0; clause && back < 6 && i > 0 && tokens[i]?.clauseStart === false; back++) {
        if (JOINERS.has(tokens[i - 1]?.word ?? '')) break;
        i--;
      }
      // The cue is quoted from the start of that clause, so the writer sees who introduced them.
      const start = Math.min(hit.start, tokens[i]?.start ?? hit.start);
      let specific = 0;
      let content = 0;
      let end = hit.end;
      for (let after = 0, token = tokens[i]; token && after < (clause ? 12 : 20); token = tokens[++i]) {
        if (token.start >= hit.end) {
          if (clause ? token.clauseStart || JOINERS.has(token.word) : token.sentence !== sentence) break;
          after++;
        }
        if (isSpecific(token)) specific++;
        if (isContent(token)) content++;
        end = Math.max(end, token.end);
      }
      // Shared ground that names nothing ("as a fellow alum") is true of thousands: it is no context.
      if (shared && specific === 0) return [];
      const cue: Cue = { start, end, level: specific > 0 || content >= 2 ? 2 : 1 };
      return [cue];
    });
  const context = [...judgeCues(CONTEXT, true), ...judgeCues(SHARED, true, true)];
  // "Your Figma notes", "your TestCon talk": something of theirs, named, is context whatever the noun.
  tokens.forEach((token, i) => {
    if (token.word !== 'your' || context.length >= MAX_MATCHES) return;
    const named = tokens
      .slice(i + 1, i + 3)
      .find((next) => next.clauseStart || WL.isGeneric(next.word) || isSpecific(next));
    if (named && isSpecific(named) && !named.clauseStart)
      context.push({ start: token.start, end: named.end, level: 2 });
  });
  const why = judgeCues(WHY, false);

  const best = (cues: readonly Cue[]): Level => Math.max(0, ...cues.map((cue) => cue.level)) as Level;
  let contextLevel = best(context);
  let whyLevel = best(why);
  let scenarioUse: ScenarioUse | null = null;
  if (scenario) {
    scenarioUse = {
      name: findKeywords(flat, scenario.name),
      context: findKeywords(flat, scenario.context),
      want: findKeywords(flat, scenario.want),
      scenario,
    };
    // In an exercise only the scenario's own facts count as specific: a made-up meeting is not.
    contextLevel = scenarioUse.context.length > 0 ? 2 : (Math.min(contextLevel, 1) as Level);
    whyLevel = scenarioUse.want.length > 0 ? 2 : (Math.min(whyLevel, 1) as Level);
  }
  const usesScenario = scenarioUse !== null && scenarioUse.context.length + scenarioUse.want.length > 0;
  // Stock sentences count as body even inside a signature's reach: "Best, Nina" may precede them.
  const stockBody = tokens.filter((token) => !isTokenMarked(frameMask, token) || isTokenMarked(stockMask, token));
  const stockWords = empty || usesScenario ? null : defaultWords(stockBody, stockMask, shouting);
  const [first, last] = [stockWords?.[0], stockWords?.at(-1)];

  return {
    original,
    normalized,
    tokens,
    length,
    limit,
    overflowStart: length > limit ? offsetAfterCharacters(original, limit) : null,
    empty,
    // LinkedIn's English stock words say nothing about the language the writer writes in.
    notEnglish: !empty && isClearlyNotEnglish(tokens.filter((token) => !isTokenMarked(stockMask, token))),
    defaultNote: stockWords !== null,
    defaultEvidence:
      problems.stock.length > 0 ? problems.stock : first && last ? [{ start: first.start, end: last.end }] : [],
    problems,
    context,
    why,
    contextLevel,
    whyLevel,
    names: [...(greeting?.names ?? []), ...(scenarioUse?.name ?? [])],
    thanks: findAll(THANKS, flat),
    offers: findAll(OFFERS, flat),
    specifics: body.filter(isSpecific).length,
    bodyWords: body.length,
    scenarioUse,
    wrongNames: findWrongNames(greeting?.names ?? [], [
      ...(scenario?.name ?? []),
      ...(recipient?.trim() ? [recipient] : []),
    ]),
  };
}
