/**
 * Stage 1 of the grader: read the note once. Folds the text (with a map back to the original),
 * splits it into words, measures it against the limit, and finds its frame: the greeting with the
 * names in it, and the signature.
 */
import { countCharacters, offsetAfterCharacters } from './length.ts';
import { GREETINGS, SIGN_OFFS } from './lexicon.ts';
import type { NoteLimit } from './limits.ts';
import { normalizeNote, type NormalizedText } from './normalize.ts';
import { findAll, phrases, type Span } from './patterns.ts';
import { isTokenMarked, tokenIndexAt, tokenize, type Token } from './tokens.ts';
import { GENERIC_ADDRESSEES, NOT_PROPER_NOUNS, TITLES, isEverydayWord } from './word-lists.ts';

/** A note as read: the original, its folded form, its words, its length and its frame. */
export interface Note {
  readonly original: string;
  readonly normalized: NormalizedText;
  /** The folded text, and the same with line breaks as spaces (same offsets) for phrase patterns. */
  readonly text: string;
  readonly flat: string;
  readonly tokens: readonly Token[];
  /** Length in characters (see length.ts), the limit, and where the text past it begins (null when it fits). */
  readonly length: number;
  readonly limit: NoteLimit;
  readonly overflowStart: number | null;
  /** Nothing visible was written. */
  readonly empty: boolean;
}

/** The greeting ("Hi Lena,") and the names in it, and where the signature starts (-1 for none). */
export interface Frame {
  readonly greeting: Span | null;
  readonly names: readonly Token[];
  readonly signature: number;
}

/** Folds, splits and measures `original`. */
export function readNote(original: string, limit: NoteLimit): Note {
  const normalized = normalizeNote(original);
  const { text } = normalized;
  const length = countCharacters(original);
  return {
    original,
    normalized,
    text,
    flat: text.replaceAll('\n', ' '),
    tokens: tokenize(normalized, original),
    length,
    limit,
    overflowStart: length > limit ? offsetAfterCharacters(original, limit) : null,
    empty: text.trim() === '',
  };
}

/** Small words a signature's title may hold: "Head of Sales at Acme". */
const TITLE_JOINERS = new Set(['at', 'of', 'the', 'and', 'for', 'in', '&']);

// Up to eight marks (emoji, brackets) may come first, after any white space; letters may not.
const GREETING = new RegExp(`^\\s*[^\\p{L}\\p{N}]{0,8}?(?:${GREETINGS.join('|')})(?![a-z0-9])`, 'u');
const SIGN_OFF = phrases(SIGN_OFFS);

/**
 * The opening "Hi Lena," after any stock sentences the note opens with (`stock`), and the names in
 * it: up to four words that are names, titles ("Dr.") or words such as "there" that name nobody.
 * A note that opens with a bare name and a comma ("Meredith, …") is greeted by that name.
 */
function findGreeting(note: Note, stock: readonly Span[]): { span: Span; names: Token[] } | null {
  const { text, tokens } = note;
  let offset = 0;
  for (const span of stock) {
    if (span.start < offset || /[a-z0-9]/.test(text.slice(offset, span.start))) break;
    offset = span.end;
  }
  const match = GREETING.exec(text.slice(offset, offset + 64));
  const first = tokens[tokenIndexAt(tokens, offset)];
  if (match === null) {
    // "Meredith," or "Bettina —": a name alone, then a pause, opens the note.
    const after = first ? text.slice(first.end, first.end + 2) : '';
    const vocative = first?.capitalized && /^(?:,|:| -|!)/.test(after) && !NOT_PROPER_NOUNS.has(first.word);
    return vocative && first ? { span: { start: first.start, end: first.end }, names: [first] } : null;
  }
  const names: Token[] = [];
  let end = offset + match[0].length;
  let previous = '';
  for (let i = tokenIndexAt(tokens, end), taken = 0; taken < 4; i++, taken++) {
    const token = tokens[i];
    const gap = token && text.slice(end, token.start);
    if (!token || !/^(?: |\/| or |\. )$/.test(gap ?? '') || (gap === '. ' && !TITLES.has(previous))) break;
    if (!GENERIC_ADDRESSEES.has(token.word) && !TITLES.has(token.word)) {
      // "hey marcus": in a note written in lower case, a word that is no everyday word is a name.
      const lowerName = taken === 0 && token.letters >= 3 && !isEverydayWord(token.word);
      if ((!token.capitalized && !lowerName) || NOT_PROPER_NOUNS.has(token.word)) break;
      names.push(token);
    }
    end = token.end;
    previous = token.word;
  }
  return { span: { start: offset, end }, names };
}

/**
 * Where the signature starts: a sign-off ("Best,", "Thanks!") followed only by capitalised words,
 * a closing "- Name", or a last line that is only a name. Words marked in `stock` do not count
 * against a signature, so stock text pasted after it cannot hide it. -1 when there is none.
 */
function findSignature(note: Note, stock: Uint8Array): number {
  const { text, flat, tokens } = note;
  /** How many unmarked words there are from `offset` on, or -1 when more than `max` or not all look like a name. */
  const nameOnly = (offset: number, max: number): number => {
    const tail = tokens.filter((token) => token.start >= offset && !isTokenMarked(stock, token));
    const nameLike = (token: Token): boolean => token.capitalized || token.hasDigit || TITLE_JOINERS.has(token.word);
    return tail.length <= max && tail.every(nameLike) ? tail.length : -1;
  };
  /** True when the last character before `offset`, spaces aside, is one of `marks` (or there is none). */
  const after = (offset: number, marks: RegExp): boolean =>
    marks.test(text.slice(0, offset).replace(/ +$/, '').slice(-1) || '.');
  const starts: number[] = [];
  const signOff = findAll(SIGN_OFF, flat).find((s) => after(s.start, /[^a-z0-9]/) && nameOnly(s.end, 14) >= 0);
  if (signOff) starts.push(signOff.start);
  const dash = Math.max(text.lastIndexOf('-'), text.lastIndexOf('~'));
  // "- marco": after a dash at the end, one or two words are a name, whatever their case.
  const dashed = tokens.filter((token) => token.start > dash && !isTokenMarked(stock, token));
  const lowerName = dash > 0 && text.charAt(dash - 1) === '\n' && dashed.length > 0 && dashed.length <= 2;
  if (dash >= 0 && /^$|[ \n]/.test(text.charAt(dash - 1)) && (nameOnly(dash, 4) > 0 || lowerName)) starts.push(dash);
  const last = tokens.findLast((token) => !isTokenMarked(stock, token));
  // The last line may be a name and a title ("Kevin Osei\nStudent at Carleton University").
  for (let line = last ? text.lastIndexOf('\n', last.start) + 1 : 0, lines = 0; line > 0 && lines < 2; lines++) {
    // A name on its own last line, after a full stop or a blank line.
    const before = note.original.slice(0, note.normalized.starts[line] ?? 0);
    const pause = after(line - 1, /[.!?,]/) || /\n[^\S\n]*\n\s*$/.test(before);
    if (pause && nameOnly(line, 6) >= 0) starts.push(line);
    line = text.lastIndexOf('\n', line - 2) + 1;
  }
  return starts.length > 0 ? Math.min(...starts) : -1;
}

/** The greeting and signature of `note`, with the stock sentences in `stock` set aside. */
export function findFrame(note: Note, stock: readonly Span[], stockMask: Uint8Array): Frame {
  const greeting = findGreeting(note, stock);
  return {
    greeting: greeting?.span ?? null,
    names: greeting?.names ?? [],
    signature: findSignature(note, stockMask),
  };
}
