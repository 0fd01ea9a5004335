/** Finds the frame around a note's body: the greeting with its addressee, and the signature. */
import { GREETINGS, SIGN_OFFS } from './lexicon.ts';
import { compilePhrases, findAll, type Span } from './phrases.ts';
import { isTokenMarked, tokenIndexAt, type Token } from './tokens.ts';
import { GENERIC_ADDRESSEES, NOT_PROPER_NOUNS, TITLES } from './word-lists.ts';

/** The opening "Hi Lena," of a note. */
export interface Greeting {
  /** From the greeting word to the end of the addressee. */
  readonly span: Span;
  /** Words that name the recipient. */
  readonly names: readonly Span[];
}

const GREETING = new RegExp(`^[^a-z0-9]{0,8}?(?:${GREETINGS.join('|')})(?![a-z0-9])`);

/** Where the writer's own words begin: after any stock sentences the note opens with. */
function ownStart(text: string, stock: readonly Span[]): number {
  let start = 0;
  for (const span of stock) {
    if (span.start < start || /[a-z0-9]/.test(text.slice(start, span.start))) break;
    start = span.end;
  }
  return start;
}
const SIGN_OFF = compilePhrases(SIGN_OFFS);
const NAME_GAP = /^(?: |\/| or |\. )$/;

/**
 * The opening greeting, if there is one, with up to four name, title or generic words after it.
 * A greeting that follows opening stock sentences (`stock`, sorted) still counts as the opening.
 */
export function findGreeting(text: string, tokens: readonly Token[], stock: readonly Span[]): Greeting | null {
  const offset = ownStart(text, stock);
  const match = GREETING.exec(offset === 0 ? text : text.slice(offset, offset + 64));
  if (match === null) return null;
  const names: Span[] = [];
  // Words such as "there" or "Sir/Madam" belong to the greeting but name nobody.
  let generic = 0;
  let end = offset + match[0].length;
  let previousWord = '';
  for (let index = tokenIndexAt(tokens, end); index < tokens.length && names.length + generic < 4; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    const gap = text.slice(end, token.start);
    if (!NAME_GAP.test(gap) || (gap === '. ' && !TITLES.has(previousWord))) break;
    if (GENERIC_ADDRESSEES.has(token.word)) generic++;
    else if (!TITLES.has(token.word)) {
      // A title ("Dr.") is part of the greeting; a capitalised word after it is the name.
      if (!token.capitalized || NOT_PROPER_NOUNS.has(token.word)) break;
      names.push(token);
    }
    end = token.end;
    previousWord = token.word;
  }
  return { span: { start: offset, end }, names };
}

/** True when every token is written with a capital (a name, a job title, a company) or a digit. */
function allCapitalized(tokens: readonly Token[]): boolean {
  return tokens.every((token) => token.capitalized || token.hasDigit);
}

/** The tokens from `offset` on that `ignore` does not mark, or null when there are more than `max`. */
function tailTokens(tokens: readonly Token[], offset: number, max: number, ignore: Uint8Array): Token[] | null {
  const tail: Token[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token === undefined || token.start < offset) break;
    if (isTokenMarked(ignore, token)) continue;
    if (tail.length === max) return null;
    tail.push(token);
  }
  return tail;
}

/** The last character before `offset` that is not a space (a line break counts), or '' at the start. */
function previousVisible(text: string, offset: number): string {
  let at = offset - 1;
  while (at >= 0 && text.charAt(at) === ' ') at--;
  return at < 0 ? '' : text.charAt(at);
}

/**
 * Where the signature starts: a sign-off ("Best,", "Thanks!") followed only by capitalised words,
 * a closing "- Name", or a last line that is only a name. Words marked in `stock` (LinkedIn's stock
 * sentences) do not count against a signature, so stock text pasted after it cannot hide it.
 * Null when the note has none.
 */
export function findSignature(text: string, tokens: readonly Token[], stock: Uint8Array): Span | null {
  const starts: number[] = [];
  for (const signOff of findAll(SIGN_OFF, text, 50)) {
    if (/[a-z0-9]/.test(previousVisible(text, signOff.start))) continue;
    const tail = tailTokens(tokens, signOff.end, 8, stock);
    if (tail !== null && allCapitalized(tail)) {
      starts.push(signOff.start);
      break;
    }
  }
  const dash = Math.max(text.lastIndexOf('-'), text.lastIndexOf('~'));
  if (dash >= 0 && (dash === 0 || /[ \n]/.test(text.charAt(dash - 1)))) {
    const tail = tailTokens(tokens, dash, 4, stock);
    if (tail !== null && tail.length >= 1 && allCapitalized(tail)) starts.push(dash);
  }
  // The last line with words of the writer's own, when it holds nothing but a name.
  let lastOwn: Token | undefined;
  for (let i = tokens.length - 1; i >= 0 && lastOwn === undefined; i--) {
    const token = tokens[i];
    if (token !== undefined && !isTokenMarked(stock, token)) lastOwn = token;
  }
  if (lastOwn !== undefined) {
    const lineStart = text.lastIndexOf('\n', lastOwn.start) + 1;
    const tail = tailTokens(tokens, lineStart, 4, stock);
    if (lineStart > 0 && /[.!?,]/.test(previousVisible(text, lineStart - 1)) && tail !== null && allCapitalized(tail)) {
      starts.push(lineStart);
    }
  }
  return starts.length === 0 ? null : { start: Math.min(...starts), end: text.length };
}
