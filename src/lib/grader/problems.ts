/** Finds the problems in a normalised note: stock wording, templates, pitches, demands, shouting… */
import {
  CONTINUATIONS,
  DEMANDS,
  FAKE_FAMILIARITY,
  FLATTERY,
  GENERIC_CONTEXT,
  GROUP_MEMBER,
  IMPERSONAL_GREETINGS,
  LINK_PATTERN,
  NETWORK_COLLECTING,
  PITCH,
  PLACEHOLDER_PATTERN,
  RUDE,
  SOFT_ASKS,
  STOCK_SENTENCES,
  TEXTSPEAK,
} from './lexicon.ts';
import { compilePhrases, findAll, MAX_MATCHES, overlaps, type Span } from './phrases.ts';
import type { Token } from './tokens.ts';

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

/** Where each kind of problem occurs in the normalised note. */
export type Problems = Readonly<Record<ProblemKind, readonly Span[]>>;

const CONTINUATION = `(?![ \\n]?(?:[,;:][ \\n]?)?(?:${CONTINUATIONS.join('|').replaceAll(' ', '[ \\n]')})(?![a-z0-9]))`;
// Stock words joined on with "and" or "so" close a real sentence ("…and would love to connect").
const STOCK = new RegExp(
  `(?<!(?:and|so|but|or|also|then|hence|thus)[ \\n])${compilePhrases(STOCK_SENTENCES, CONTINUATION).source}`,
  'g',
);
const FAKE = compilePhrases(FAKE_FAMILIARITY);
const GROUP = compilePhrases(GROUP_MEMBER);
const PLACEHOLDER = new RegExp(PLACEHOLDER_PATTERN, 'g');
const LINK = new RegExp(LINK_PATTERN, 'g');
const PHRASES = {
  'impersonal-greeting': compilePhrases(IMPERSONAL_GREETINGS),
  flattery: compilePhrases(FLATTERY),
  'generic-context': compilePhrases(GENERIC_CONTEXT),
  pitch: compilePhrases(PITCH),
  demand: compilePhrases(DEMANDS),
  'soft-ask': compilePhrases(SOFT_ASKS),
  rude: compilePhrases(RUDE),
  network: compilePhrases(NETWORK_COLLECTING),
  textspeak: compilePhrases(TEXTSPEAK),
} as const;

/** Widens a span to its clause: back to the sentence start, on to a colon or full stop (120 characters at most each way). */
function widenToClause(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && span.start - start < 120 && !/[.!?\n]/.test(text.charAt(start - 1))) start--;
  let end = span.end;
  while (end < text.length && end - span.end < 120 && !/[:.!?\n]/.test(text.charAt(end))) end++;
  return { start, end };
}

/** Runs of three or more words in capitals: the note is shouting there. */
function findShouting(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let runStart = -1;
  let runEnd = -1;
  let runWords = 0;
  const close = (): void => {
    if (runWords >= 3) spans.push({ start: runStart, end: runEnd });
    runStart = -1;
    runWords = 0;
  };
  for (const token of tokens) {
    if (token.allCaps) {
      if (runStart < 0) runStart = token.start;
      runEnd = token.end;
      runWords++;
    } else if (token.letters >= 2) {
      close();
      if (spans.length >= MAX_MATCHES) return spans;
    }
  }
  close();
  return spans;
}

/** Every problem in the normalised `text`, whose words are `tokens`. */
export function findProblems(text: string, tokens: readonly Token[]): Problems {
  const phrase = (kind: keyof typeof PHRASES): Span[] => findAll(PHRASES[kind], text, MAX_MATCHES);
  const demand = phrase('demand');
  return {
    placeholder: findAll(PLACEHOLDER, text, MAX_MATCHES),
    stock: [
      ...findAll(STOCK, text, MAX_MATCHES),
      ...findAll(FAKE, text, MAX_MATCHES),
      // The group-member stock text names a person and a group; the whole clause is stock.
      ...findAll(GROUP, text, MAX_MATCHES).map((span) => widenToClause(text, span)),
    ].sort((a, b) => a.start - b.start),
    'impersonal-greeting': phrase('impersonal-greeting'),
    flattery: phrase('flattery'),
    'generic-context': phrase('generic-context'),
    pitch: phrase('pitch'),
    demand,
    // "A quick call" inside "hop on a quick call" is the demand, not a second, softer ask.
    'soft-ask': phrase('soft-ask').filter((ask) => !demand.some((hard) => overlaps(ask, hard))),
    rude: phrase('rude'),
    network: phrase('network'),
    textspeak: phrase('textspeak'),
    link: findAll(LINK, text, MAX_MATCHES),
    shouting: findShouting(tokens),
  };
}
