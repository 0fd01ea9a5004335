/**
 * Feedback that quotes each passage once. The grader's sentences often quote the same words (the
 * summary, a criterion and a highlight can all say “X” is a stock phrase); a panel that repeats
 * them reads as a wall of text. A tracker takes the panel's sentences in order of importance and
 * rewrites any later one that repeats a sentence or a quote already shown. Pure: no DOM.
 */

/** Curly-quoted passages, as the grader writes them. */
const QUOTE = /“([^”]+)”/gu;

/** A passage or sentence folded for comparison: case, spacing and closing punctuation ignored. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/gu, "'")
    .replace(/\s+/gu, ' ')
    .replace(/[\s.!?,;:]+$/u, '')
    .trim();
}

/** Splits text into sentences after `.`, `!` or `?` followed by a space. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A sentence with a quote it repeats taken out, in the way that keeps it readable. */
function dropQuote(sentence: string, quote: string): string {
  const q = `“${escape(quote)}”`;
  const stand = quote.trim().split(/\s+/u).length > 1 ? 'that phrase' : 'that word';
  const rules: [RegExp, string][] = [
    [new RegExp(`\\s*\\(${q}\\)`, 'u'), ''],
    [new RegExp(`:\\s*${q}(?=[.!?]?$)`, 'u'), ''],
    [new RegExp(`,\\s*${q},\\s*`, 'u'), ' '],
    [new RegExp(`^${q}:\\s*`, 'u'), ''],
    [new RegExp(`^${q}`, 'u'), stand.charAt(0).toUpperCase() + stand.slice(1)],
    [new RegExp(q, 'u'), stand],
  ];
  for (const [pattern, replacement] of rules) {
    if (!pattern.test(sentence)) continue;
    const out = sentence.replace(pattern, replacement);
    return sentence.startsWith('“') ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  }
  return sentence;
}

/** Takes texts in order and returns each with what was already said taken out ('' when all of it was). */
export type QuoteOnce = (text: string) => string;

/**
 * A tracker for one panel. Call it on each text in order of importance: a sentence said before is
 * dropped, a sentence that ends with one said before (“Not there yet: X.”) keeps only its lead, and a
 * passage quoted before is named rather than quoted again (“that phrase”).
 */
export function quoteOnce(): QuoteOnce {
  const said = new Set<string>();
  const quoted = new Set<string>();
  return (text) => {
    const kept: string[] = [];
    for (const original of sentences(text)) {
      let sentence = original;
      if (said.has(fold(sentence))) continue;
      const colon = sentence.indexOf(': ');
      if (colon > 0 && said.has(fold(sentence.slice(colon + 2)))) sentence = `${sentence.slice(0, colon)}.`;
      const fresh: string[] = [];
      for (const [, quote = ''] of sentence.matchAll(QUOTE)) {
        if (quoted.has(fold(quote))) sentence = dropQuote(sentence, quote);
        else fresh.push(fold(quote));
      }
      for (const quote of fresh) quoted.add(quote);
      said.add(fold(original));
      said.add(fold(sentence));
      kept.push(sentence);
    }
    return kept.join(' ');
  };
}
