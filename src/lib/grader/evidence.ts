/**
 * The words a result quotes: whole phrases of the learner's own note, never part of a word, and
 * each passage quoted once per result. A single word is quoted only when it is a name; otherwise
 * the phrase grows to the words around it, within its clause.
 */
import { toOriginalRange } from './normalize.ts';
import type { Span } from './patterns.ts';
import type { Note } from './read-note.ts';
import { tokenIndexAt } from './tokens.ts';

/** Quotes longer than this many characters are cut at a word with an ellipsis. */
const MAX_QUOTE = 80;

/** A phrase of the note: its range in the original text and its words, on one line. */
export interface Phrase {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Cuts `words` to a readable length at a word boundary. */
function clip(words: string): string {
  const chars = Array.from(words);
  if (chars.length <= MAX_QUOTE) return words;
  const cut = chars.slice(0, MAX_QUOTE - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_QUOTE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The whole-word phrase of `note` behind the folded `span`: widened to word edges, and when it is
 * a single word that is not a name, to the next word of its clause (or the one before).
 */
export function phraseOf(note: Note, span: Span): Phrase {
  const { tokens } = note;
  let first = tokenIndexAt(tokens, span.start);
  let last = Math.min(Math.max(first, tokenIndexAt(tokens, Math.max(span.start, span.end - 1))), tokens.length - 1);
  if (first >= tokens.length) return { start: 0, end: 0, text: '' };
  // The span may end in punctuation ("[Name]"): its last word is the last one that starts inside it.
  while (last > first && (tokens[last]?.start ?? 0) >= span.end) last--;
  const lone = tokens[first];
  // A single word, and only the word (a placeholder's brackets make it a phrase of its own).
  if (first === last && lone && !lone.capitalized && lone.start === span.start) {
    const next = tokens[first + 1];
    const previous = tokens[first - 1];
    if (next && !next.clauseStart) last++;
    else if (previous && !lone.clauseStart) first--;
  }
  const from = Math.min(span.start, tokens[first]?.start ?? span.start);
  const to = Math.max(span.end, tokens[last]?.end ?? span.end);
  const range = toOriginalRange(note.normalized, from, to);
  const text = clip(note.original.slice(range.start, range.end).replace(/\s+/g, ' ').trim());
  return { ...range, text };
}

/** Hands out quotes so that each passage is quoted once in a result. */
export class Quotes {
  readonly #used = new Set<string>();
  readonly #note: Note;

  constructor(note: Note) {
    this.#note = note;
  }

  /** The phrases behind `spans`, without repeats, at most `max`. */
  phrases(spans: readonly Span[], max = 3): string[] {
    const texts = spans.map((span) => phraseOf(this.#note, span).text).filter(Boolean);
    return [...new Set(texts)].slice(0, max);
  }

  /** The first phrase of `spans` not yet quoted in this result, in curly quotes, and marks it quoted. */
  once(spans: readonly Span[]): string | null {
    for (const text of this.phrases(spans, 25)) {
      // A lone common word ("connect?") says nothing quoted; the message then speaks of it in words.
      const lone = !/\s/.test(text) && !/^\p{Lu}|[-./[{<(_%+]/u.test(text);
      if (this.#used.has(text) || (lone && this.#note.tokens.length > 1)) continue;
      this.#used.add(text);
      return `“${text}”`;
    }
    return null;
  }
}
