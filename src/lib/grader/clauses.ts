/**
 * Stage 2a: read specificity from structure. The note is cut into clauses (at punctuation and at
 * "but", "so", "because"), and each clause records who it is about (you, we, I) and what it names:
 * people, places, groups and titles in capitals, days and dates, numbers, quoted titles, and content
 * words that are neither function words nor the vocabulary of networking. A context or a reason is
 * specific when its clause names something, whatever words the writer chose.
 */
import { DATE_PATTERN, QUOTE_PATTERN } from './lexicon.ts';
import { findAll, mask, type Span } from './patterns.ts';
import type { Note } from './read-note.ts';
import { isTokenMarked, type Token } from './tokens.ts';
import { DATE_WORDS, isEverydayWord } from './word-lists.ts';

/** One clause of the note and what it names. */
export interface Clause extends Span {
  /** Index of its first token and one past its last. */
  readonly from: number;
  readonly to: number;
  readonly sentence: number;
  /** It speaks of the reader ("you", "your"), of both ("we", "our", "both") or of the writer ("I", "my"). */
  readonly you: boolean;
  readonly we: boolean;
  readonly i: boolean;
  /** Named things (capitalised names, places, groups, titles), dates, numbers and quoted titles. */
  readonly named: readonly Token[];
  readonly dated: number;
  /** Content words that are neither function words nor generic ones. */
  readonly content: number;
}

const YOU = new Set(['you', 'your', 'yours', 'yourself', 'u', 'ur', "you're", "you've", "you'd", "you'll"]);
const WE = new Set(['we', 'our', 'us', 'ours', 'both', "we're", "we've", "we'd", "we'll", "let's"]);
const I = new Set(['i', 'my', 'me', 'mine', "i'm", "i've", "i'd", "i'll", 'im']);
const JOINERS = new Set(['but', 'so', 'because']);
const SUBJECTS = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  'we',
  "we're",
  "we've",
  'you',
  "you're",
  'it',
  "it's",
  'they',
  'she',
  'he',
]);
const DATES = new RegExp(`(?<![a-z0-9])(?:${DATE_PATTERN})(?![a-z0-9])`, 'g');
const QUOTES = new RegExp(QUOTE_PATTERN, 'g');

/** True for a word that could be a name if capitalised: no everyday word. */
function couldBeName(token: Token): boolean {
  return !isEverydayWord(token.word);
}

/** Words after which a capital opening a sentence is a person: "Sarah said…", "Owen's post…". */
const AFTER_A_NAME = new Set(
  'said says suggested mentioned told recommended thought thinks called introduced pointed gave from at and is was asked here'.split(
    ' ',
  ),
);

/**
 * The named things among `tokens`: capitalised words that could be names, not opening a sentence
 * unless the next word is also a name ("Tom Okafor called…"). In a shouted note capitals say nothing.
 */
function namedTokens(tokens: readonly Token[], shouting: boolean): Set<Token> {
  const named = new Set<Token>();
  if (shouting) return named;
  tokens.forEach((token, i) => {
    if (!token.capitalized || !couldBeName(token)) return;
    const next = tokens[i + 1];
    const joined = next !== undefined && !next.sentenceStart && next.capitalized && couldBeName(next);
    // A capital opening a sentence is a name only when a person's verb follows, or it owns something.
    const nameLike = token.letters >= 2 && (AFTER_A_NAME.has(next?.word ?? '') || token.word.endsWith("'s"));
    if (!token.sentenceStart || joined || nameLike) named.add(token);
  });
  return named;
}

/**
 * The clauses of the body of `note`: words in `skip` (the greeting, the signature, stock text and
 * problems already found) are left out of what a clause names, but still belong to it.
 */
export function findClauses(note: Note, skip: Uint8Array, shouting: boolean): Clause[] {
  const { tokens, flat } = note;
  const dates = mask(flat.length, findAll(DATES, flat));
  const quoted = mask(flat.length, findAll(QUOTES, flat));
  const named = namedTokens(tokens, shouting);
  const clauses: Clause[] = [];
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    const token = tokens[k];
    // "and" starts a clause when a new subject follows: "I'm at Spotify and I'm interested in your work".
    const andThen = token?.word === 'and' && SUBJECTS.has(tokens[k + 1]?.word ?? '');
    if (token && !token.clauseStart && !JOINERS.has(token.word) && !andThen) continue;
    const words = tokens.slice(from, k);
    const counted = words.filter((word) => !isTokenMarked(skip, word));
    const first = words[0];
    const last = words.at(-1);
    if (first && last)
      clauses.push({
        start: first.start,
        end: last.end,
        from,
        to: k,
        sentence: first.sentence,
        you: words.some((word) => YOU.has(word.word)),
        we: words.some((word) => WE.has(word.word)),
        i: words.some((word) => I.has(word.word)),
        named: counted.filter((word) => named.has(word) || isTokenMarked(quoted, word)),
        dated: counted.filter((word) => word.hasDigit || DATE_WORDS.has(word.word) || isTokenMarked(dates, word))
          .length,
        content: counted.filter(
          (word) => word.letters >= 3 && !named.has(word) && !DATE_WORDS.has(word.word) && couldBeName(word),
        ).length,
      });
    from = k;
  }
  return clauses;
}

/** True when a clause names something: a name or a quoted title, or a date or number with a content word. */
export function namesSomething(clause: Clause): boolean {
  return clause.named.length > 0 || (clause.dated > 0 && clause.content > 0);
}

/** True when a clause speaks only of the writer ("I played baseball at Lynn University"). */
export function aboutWriterOnly(clause: Clause): boolean {
  return clause.i && !clause.you && !clause.we;
}

/** The clause that holds offset `at`, or undefined. */
export function clauseAt(clauses: readonly Clause[], at: number): Clause | undefined {
  return clauses.find((clause) => clause.start <= at && at < clause.end) ?? clauses.find((c) => c.start >= at);
}
