/**
 * Finds what a note says about how the writer knows the recipient (context) and why they write,
 * and how specific each is, judged by the words around the cue.
 */
import { CONTEXT_CUES, SHARED_CUES, WHY_CUES } from './lexicon.ts';
import { compilePhrases, findAll, MAX_MATCHES, type Span } from './phrases.ts';
import { tokenIndexAt, type Token } from './tokens.ts';
import { isGeneric } from './word-lists.ts';

/** How specific the context or the reason is: 0 none, 1 present but vague, 2 specific. */
export type Level = 0 | 1 | 2;

/** A stretch of the note that says how the writer knows them, or why they write. */
export interface Cue extends Span {
  /** How specific this stretch is. */
  readonly level: Level;
}

/** How the words of the note count: as a specific detail, as content, or as neither. */
export interface WordWeights {
  /** A proper noun, a number or a quoted title, outside greeting, signature and problems. */
  readonly isSpecific: (token: Token) => boolean;
  /** A word that says something: specific, or not a function word and not generic. */
  readonly isContent: (token: Token) => boolean;
}

const CONTEXT = compilePhrases(CONTEXT_CUES);
const SHARED = compilePhrases(SHARED_CUES);
const WHY = compilePhrases(WHY_CUES);

/** Words a context clause stops at. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'so', 'because']);

/** The highest level among `cues`. */
export function bestLevel(cues: readonly Cue[]): Level {
  return cues.reduce<Level>((level, cue) => (cue.level > level ? cue.level : level), 0);
}

/**
 * Context cues, each judged on its clause: specific when the clause names something (a proper noun,
 * a number) or has two content words ("we met at the Berlin JS meetup", "your post on hiring juniors").
 * Shared ground ("we both work in…") is specific only when it names something.
 */
export function findContext(
  text: string,
  tokens: readonly Token[],
  problemMask: Uint8Array,
  weights: WordWeights,
): Cue[] {
  const hits = [
    ...findAll(CONTEXT, text, MAX_MATCHES).map((span) => ({ span, shared: false })),
    ...findAll(SHARED, text, MAX_MATCHES).map((span) => ({ span, shared: true })),
  ];
  const cues: Cue[] = [];
  for (const { span: hit, shared } of hits) {
    if (problemMask.subarray(hit.start, hit.end).includes(1)) continue;
    let index = tokenIndexAt(tokens, hit.start);
    // The clause around the cue counts: "Jess Patel suggested I reach out" names who before the cue.
    for (let before = 0; before < 6 && index > 0 && tokens[index]?.clauseStart === false; before++) {
      if (CLAUSE_JOINERS.has(tokens[index - 1]?.word ?? '')) break;
      index--;
    }
    let specific = 0;
    let content = 0;
    let end = hit.end;
    for (let after = 0; index < tokens.length && after < 12; index++) {
      const token = tokens[index];
      if (token === undefined) break;
      if (token.start >= hit.end) {
        if (token.clauseStart || CLAUSE_JOINERS.has(token.word)) break;
        after++;
      }
      if (weights.isSpecific(token)) specific++;
      if (weights.isContent(token)) content++;
      end = Math.max(end, token.end);
    }
    // Shared ground that names nothing ("as a fellow alum") is true of thousands: it is no context.
    if (shared && specific === 0) continue;
    cues.push({ start: hit.start, end, level: specific >= 1 || content >= 2 ? 2 : 1 });
  }
  // "Your Figma notes", "your TestCon talk": something of theirs, named, is context whatever the noun.
  tokens.forEach((token, index) => {
    if (token.word !== 'your' || cues.length >= MAX_MATCHES) return;
    for (let next = index + 1; next <= index + 2; next++) {
      const named = tokens[next];
      if (named === undefined || named.clauseStart || isGeneric(named.word)) return;
      if (weights.isSpecific(named)) {
        cues.push({ start: token.start, end: named.end, level: 2 });
        return;
      }
    }
  });
  return cues;
}

/**
 * Reason cues, each judged on the rest of its sentence: specific with two content words ("I’m
 * rewriting our runbooks"), vague without ("I’d love to learn from your experience").
 */
export function findWhy(text: string, tokens: readonly Token[], problemMask: Uint8Array, weights: WordWeights): Cue[] {
  const cues: Cue[] = [];
  for (const hit of findAll(WHY, text, MAX_MATCHES)) {
    if (problemMask.subarray(hit.start, hit.end).includes(1)) continue;
    let index = tokenIndexAt(tokens, hit.start);
    const sentence = tokens[index]?.sentence ?? -1;
    let content = 0;
    let end = hit.end;
    for (let after = 0; index < tokens.length && after < 20; index++) {
      const token = tokens[index];
      if (token === undefined || token.sentence !== sentence) break;
      if (token.start >= hit.end) after++;
      if (weights.isContent(token)) content++;
      end = Math.max(end, token.end);
    }
    cues.push({ start: hit.start, end, level: content >= 2 ? 2 : 1 });
  }
  return cues;
}
