/**
 * Reads a note once and records everything the rules judge: the problems and strengths found and
 * where they are, how specific the context and the reason are, and whether the whole note is
 * LinkedIn’s stock text.
 */
import { bestLevel, findContext, findWhy, type Cue, type Level, type WordWeights } from './cues.ts';
import { defaultWords } from './default-note.ts';
import { isClearlyNotEnglish } from './language.ts';
import { countCharacters, offsetAfterCharacters } from './length.ts';
import { OFFERS, QUOTE_PATTERN, THANKS } from './lexicon.ts';
import type { NoteLimit } from './limits.ts';
import { normalizeNote, type NormalizedText } from './normalize.ts';
import { compilePhrases, findAll, markSpans, MAX_MATCHES, type Span } from './phrases.ts';
import { findProblems, PROBLEM_KINDS, type Problems } from './problems.ts';
import type { Scenario } from './result-schema.ts';
import { useOfScenario, type ScenarioUse } from './scenario.ts';
import { findGreeting, findSignature } from './structure.ts';
import { isTokenMarked, tokenize, type Token } from './tokens.ts';
import { ENGLISH_FUNCTION_WORDS, isGeneric, NOT_PROPER_NOUNS } from './word-lists.ts';

/** Everything the rules need to know about one note. */
export interface Analysis {
  /** The note as given. */
  readonly original: string;
  /** The folded note and its map back to the original. */
  readonly normalized: NormalizedText;
  /** The note's words. */
  readonly tokens: readonly Token[];
  /** The note's length in characters (see length.ts). */
  readonly length: number;
  /** The limit the note must fit. */
  readonly limit: NoteLimit;
  /** Original offset where the text past the limit begins, or null when the note fits. */
  readonly overflowStart: number | null;
  /** Nothing visible was written. */
  readonly empty: boolean;
  /** The note is clearly in another language. */
  readonly notEnglish: boolean;
  /** The note is LinkedIn's stock text or a close variant, whatever frame is around it. */
  readonly defaultNote: boolean;
  /** The stock words that make the note a default one. */
  readonly defaultEvidence: readonly Span[];
  /** Problems found, by kind. */
  readonly problems: Problems;
  /** Stretches that say how the writer knows them or what prompted the note. */
  readonly context: readonly Cue[];
  /** Stretches that say why the writer wants to connect. */
  readonly why: readonly Cue[];
  /** How specific the best context is. */
  readonly contextLevel: Level;
  /** How specific the best reason is. */
  readonly whyLevel: Level;
  /** Where the note names the recipient. */
  readonly names: readonly Span[];
  /** Thanks and courtesies. */
  readonly thanks: readonly Span[];
  /** Offers of something in return. */
  readonly offers: readonly Span[];
  /** How many specific details (proper nouns, numbers, quoted titles) the body has. */
  readonly specifics: number;
  /** How many words the body has, outside greeting and signature. */
  readonly bodyWords: number;
  /** Which parts of the scenario the note uses, when a scenario was given. */
  readonly scenarioUse: ScenarioUse | null;
}

const QUOTE = new RegExp(QUOTE_PATTERN, 'g');
const THANKS_PATTERN = compilePhrases(THANKS);
const OFFER_PATTERN = compilePhrases(OFFERS);

/** Greeting words: the capitalised word after one is a name, wherever the greeting stands. */
const GREETING_WORDS = new Set(['hi', 'hello', 'hey', 'dear', 'hiya', 'greetings']);

/** How words count, given where the problems, the frame and the quoted titles are. */
function wordWeights(
  tokens: readonly Token[],
  problemMask: Uint8Array,
  frameMask: Uint8Array,
  quoteMask: Uint8Array,
  capitalsAreShouting: boolean,
): WordWeights {
  const greeted = new Set(tokens.filter((_, i) => GREETING_WORDS.has(tokens[i - 1]?.word ?? '')));
  const counts = (token: Token): boolean =>
    !isTokenMarked(problemMask, token) && !isTokenMarked(frameMask, token) && !greeted.has(token);
  const isSpecific = (token: Token): boolean =>
    counts(token) &&
    (token.hasDigit ||
      quoteMask[token.start] === 1 ||
      // In a note written in capitals, a capital says nothing about a name.
      (!capitalsAreShouting &&
        token.capitalized &&
        !token.sentenceStart &&
        !ENGLISH_FUNCTION_WORDS.has(token.word) &&
        !NOT_PROPER_NOUNS.has(token.word)));
  const isContent = (token: Token): boolean =>
    isSpecific(token) ||
    (counts(token) && token.letters >= 3 && !ENGLISH_FUNCTION_WORDS.has(token.word) && !isGeneric(token.word));
  return { isSpecific, isContent };
}

/** Reads `original` for grading against `limit`, using `scenario` when an exercise gives one. */
export function analyzeNote(original: string, limit: NoteLimit, scenario: Scenario | undefined): Analysis {
  const normalized = normalizeNote(original);
  const text = normalized.text;
  const tokens = tokenize(normalized, original);
  const length = countCharacters(original);
  const empty = text.trim().length === 0;

  const problems = findProblems(text, tokens);
  const stockMask = new Uint8Array(text.length);
  markSpans(stockMask, problems.stock);
  markSpans(stockMask, problems.placeholder);
  const problemMask = new Uint8Array(text.length);
  for (const kind of PROBLEM_KINDS) if (kind !== 'shouting') markSpans(problemMask, problems[kind]);

  const greeting = findGreeting(text, tokens, problems.stock);
  const signature = findSignature(text, tokens, stockMask);
  const frameMask = new Uint8Array(text.length);
  if (greeting !== null) markSpans(frameMask, [greeting.span]);
  if (signature !== null) markSpans(frameMask, [signature]);
  const quoteMask = new Uint8Array(text.length);
  markSpans(quoteMask, findAll(QUOTE, text, MAX_MATCHES));

  const bodyTokens = tokens.filter((token) => !isTokenMarked(frameMask, token));
  // Ratios leave LinkedIn's stock words out: pasting them in says nothing about how the writer writes.
  const ownWords = bodyTokens.filter((token) => !isTokenMarked(stockMask, token));
  const capitalsAreShouting = ownWords.filter((token) => token.allCaps).length * 2 > ownWords.length;
  const weights = wordWeights(tokens, problemMask, frameMask, quoteMask, capitalsAreShouting);
  const context = findContext(text, tokens, problemMask, weights);
  const why = findWhy(text, tokens, problemMask, weights);

  const scenarioUse = scenario === undefined ? null : useOfScenario(text, scenario);
  let contextLevel = bestLevel(context);
  let whyLevel = bestLevel(why);
  if (scenarioUse !== null) {
    // In an exercise only the scenario's own facts count as specific: a made-up meeting is not.
    contextLevel = scenarioUse.context.length > 0 ? 2 : contextLevel === 0 ? 0 : 1;
    whyLevel = scenarioUse.want.length > 0 ? 2 : whyLevel === 0 ? 0 : 1;
  }

  const usesScenarioFacts = scenarioUse !== null && (scenarioUse.context.length > 0 || scenarioUse.want.length > 0);
  // Stock sentences count as body even inside a signature's reach: "Best, Nina" may precede them.
  const stockBody = tokens.filter((token) => !isTokenMarked(frameMask, token) || isTokenMarked(stockMask, token));
  const stockWords = empty || usesScenarioFacts ? null : defaultWords(stockBody, stockMask, capitalsAreShouting);
  const first = stockWords?.[0];
  const last = stockWords?.[stockWords.length - 1];
  const wholeStock = first !== undefined && last !== undefined ? [{ start: first.start, end: last.end }] : [];

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
    defaultEvidence: problems.stock.length > 0 ? problems.stock : wholeStock,
    problems,
    context,
    why,
    contextLevel,
    whyLevel,
    names: [...(greeting?.names ?? []), ...(scenarioUse?.name ?? [])],
    thanks: findAll(THANKS_PATTERN, text, MAX_MATCHES),
    offers: findAll(OFFER_PATTERN, text, MAX_MATCHES),
    specifics: bodyTokens.filter(weights.isSpecific).length,
    bodyWords: bodyTokens.length,
    scenarioUse,
  };
}
