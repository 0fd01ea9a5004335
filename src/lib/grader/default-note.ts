/**
 * Decides whether a note is LinkedIn’s stock text in disguise: once the greeting, the signature and
 * any stock clause are set aside, only the words of the stock texts (and the pleasantries around
 * them) may remain, with at most two names, allowing one-letter typos in long words.
 */
import { isTokenMarked, type Token } from './tokens.ts';
import { NOT_PROPER_NOUNS, STOCK_CORE_WORDS, STOCK_VOCABULARY } from './word-lists.ts';

/** A default note may hold this many words outside the stock vocabulary: names, mostly. */
const MAX_OUTSIDERS = 2;

/** True when `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True for a word outside the stock vocabulary that is not a misspelling of a long stock word. */
function isOutsider(token: Token): boolean {
  if (STOCK_VOCABULARY.has(token.word)) return false;
  if (token.word.length < 5) return true;
  for (const stock of STOCK_VOCABULARY) if (stock.length >= 5 && withinOneEdit(token.word, stock)) return false;
  return true;
}

/**
 * The body words that make a note default, or null when it is not one. `bodyTokens` leaves out
 * greeting and signature; `stockMask` marks stock clauses and placeholders; `capitalsAreShouting`
 * says the note is written in capitals, where a capital letter does not mark a name.
 */
export function defaultWords(
  bodyTokens: readonly Token[],
  stockMask: Uint8Array,
  capitalsAreShouting = false,
): Token[] | null {
  const left: Token[] = [];
  let outsiders = 0;
  let core = false;
  for (const token of bodyTokens) {
    const inStock = isTokenMarked(stockMask, token);
    // Stock words inside a stock clause stay (they are the evidence); the names in it do not.
    if (inStock && !STOCK_VOCABULARY.has(token.word)) continue;
    if (!inStock && isOutsider(token)) {
      const isName =
        !capitalsAreShouting && token.capitalized && !token.sentenceStart && !NOT_PROPER_NOUNS.has(token.word);
      if (!isName || ++outsiders > MAX_OUTSIDERS) return null;
    }
    core ||= STOCK_CORE_WORDS.has(token.word);
    left.push(token);
  }
  return left.length >= 3 && core ? left : null;
}
