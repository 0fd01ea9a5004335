/** An exercise scenario: where a note uses the recipient's name, the shared context and the want. */
import { normalizeNote } from './normalize.ts';
import { findAll, type Span } from './patterns.ts';
import type { Scenario } from './result-schema.ts';

/** Which parts of the scenario the note uses. */
export interface ScenarioUse {
  readonly name: readonly Span[];
  readonly context: readonly Span[];
  readonly want: readonly Span[];
  readonly scenario: Scenario;
}

/**
 * The pattern for a list of scenario keywords, as whole words with plural and verb endings; null
 * when the list folds to nothing. Kept per list: an exercise grades its note on every edit.
 */
const KEYWORD_PATTERNS = new WeakMap<readonly string[], RegExp | null>();
function keywordPattern(keywords: readonly string[]): RegExp | null {
  let pattern = KEYWORD_PATTERNS.get(keywords);
  if (pattern === undefined) {
    const folded = keywords
      .map((k) =>
        normalizeNote(k)
          .text.trim()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .filter(Boolean);
    pattern =
      folded.length === 0
        ? null
        : new RegExp(`(?<![a-z0-9])(?:${folded.join('|')})(?:s|es|ed|ing|'s)?(?![a-z0-9])`, 'g');
    KEYWORD_PATTERNS.set(keywords, pattern);
  }
  return pattern;
}

/** Where any of the `keywords` occurs in the folded text `flat`. */
function findKeywords(flat: string, keywords: readonly string[]): Span[] {
  const pattern = keywordPattern(keywords);
  return pattern ? findAll(pattern, flat) : [];
}

/** Where the note (folded, `flat`) uses each part of `scenario`. */
export function useOfScenario(flat: string, scenario: Scenario): ScenarioUse {
  return {
    name: findKeywords(flat, scenario.name),
    context: findKeywords(flat, scenario.context),
    want: findKeywords(flat, scenario.want),
    scenario,
  };
}
