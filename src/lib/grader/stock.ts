/**
 * LinkedIn's stock texts, and notes with nothing in them: the `default` verdict. A note is default
 * when, once the greeting, the signature and any stock clause are set aside, nothing but the words
 * of the stock texts is left (one-letter typos in long words allowed), or nothing at all is left
 * but a greeting, a name or an emoji, or it is the stock text in another of LinkedIn's languages.
 */
import { FAKE_FAMILIARITY, FOREIGN_STOCK, GROUP_MEMBER, STOCK_SENTENCES, CONTINUATIONS } from './lexicon.ts';
import { findAll, phrases, type Span } from './patterns.ts';
import type { Frame, Note } from './read-note.ts';
import { isTokenMarked, type Token } from './tokens.ts';
import { PLEASANTRIES, STOCK_CORE_WORDS, STOCK_VOCABULARY, isEverydayWord } from './word-lists.ts';

// Stock words only count as stock where the sentence ends with them: "I'd like to connect because…"
// goes on to say something, and "…and would love to connect" closes a real sentence.
const STOCK = new RegExp(
  `(?<!(?:and|so|but|or|also|then) )${
    phrases(STOCK_SENTENCES, `(?! ?(?:[,;:] ?)?(?:${CONTINUATIONS.join('|')})(?![a-z0-9]))`).source
  }`,
  'g',
);
const FAKE = phrases(FAKE_FAMILIARITY);
const GROUP = phrases(GROUP_MEMBER);
const FOREIGN = phrases(FOREIGN_STOCK);

/** Every stock sentence in the note, the group-member header widened to its whole sentence. */
export function findStockSentences(note: Note): Span[] {
  const { text, flat } = note;
  return [
    ...findAll(STOCK, flat),
    ...findAll(FAKE, flat),
    ...findAll(GROUP, flat).map(({ start, end }) => {
      const [from, to] = [Math.max(0, start - 120), Math.min(text.length, end + 120)];
      return {
        start: from + text.slice(from, start).search(/[^.!?\n]*$/),
        end: end + (text.slice(end, to).search(/[:.!?\n]/) + 1 || to - end + 1) - 1,
      };
    }),
  ].sort((a, b) => a.start - b.start);
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
const LONG_STOCK_WORDS = [...STOCK_VOCABULARY].filter((word) => word.length >= 5);

/** The stock words left in `body` when it holds nothing else but up to two names, or null. */
function stockWords(body: readonly Token[], stock: Uint8Array, shouting: boolean): Token[] | null {
  const left: Token[] = [];
  let outsiders = 0;
  for (const token of body) {
    const known = STOCK_VOCABULARY.has(token.word) || PLEASANTRIES.has(token.word);
    if (isTokenMarked(stock, token)) {
      // Stock words inside a stock clause stay (they are the evidence); the names in it do not.
      if (!known) continue;
    } else if (!known && (token.word.length < 5 || !LONG_STOCK_WORDS.some((word) => withinOneEdit(token.word, word)))) {
      const isName = !shouting && token.capitalized && !isEverydayWord(token.word);
      if (!isName || ++outsiders > 2) return null;
    }
    left.push(token);
  }
  return left.some((token) => STOCK_CORE_WORDS.has(token.word)) ? left : null;
}

/** What makes a note default, if it is: the kind, and the words that show it. */
export interface DefaultNote {
  readonly kind: 'empty' | 'greeting-only' | 'stock';
  readonly evidence: readonly Span[];
}

/**
 * Whether the note is default, given its stock sentences (`stock`, marked in `stockMask`), its
 * frame, whether it shouts, and whether it is in another language. Null when it is not.
 */
export function findDefault(
  note: Note,
  stock: readonly Span[],
  stockMask: Uint8Array,
  frame: Frame,
  flags: { shouting: boolean; notEnglish: boolean },
): DefaultNote | null {
  if (note.empty) return { kind: 'empty', evidence: [] };
  const inFrame = (token: Token): boolean =>
    (frame.greeting !== null && token.start < frame.greeting.end && token.end > frame.greeting.start) ||
    (frame.signature >= 0 && token.start >= frame.signature);
  const body = note.tokens.filter((token) => !inFrame(token) || isTokenMarked(stockMask, token));
  // Nothing but a greeting, a name, an emoji or a pleasantry ("Hi Kim! How are you?").
  if (body.length <= 10 && body.every((token) => PLEASANTRIES.has(token.word))) {
    const first = note.tokens[0];
    const last = note.tokens.at(-1);
    return { kind: 'greeting-only', evidence: first && last ? [{ start: first.start, end: last.end }] : [] };
  }
  // The stock text in another of LinkedIn's languages: "…mi red profesional en LinkedIn".
  const foreign = findAll(FOREIGN, note.flat);
  if (foreign.length > 0 && body.length <= 20 && note.tokens.some((token) => token.word === 'linkedin'))
    return { kind: 'stock', evidence: foreign };
  if (flags.notEnglish) return null;
  const words = stockWords(body, stockMask, flags.shouting);
  if (words === null) return null;
  const [first, last] = [words[0], words.at(-1)];
  const evidence = stock.length > 0 ? stock : first && last ? [{ start: first.start, end: last.end }] : [];
  return { kind: 'stock', evidence };
}
