/** Checks which facts of an exercise scenario a note uses. */
import { normalizeNote } from './normalize.ts';
import { findAll, MAX_MATCHES, type Span } from './phrases.ts';
import type { Scenario } from './result-schema.ts';

/** Which parts of an exercise scenario the note uses. */
export interface ScenarioUse {
  /** Where the note uses the recipient's name. */
  readonly name: readonly Span[];
  /** Where the note uses one of the context keywords. */
  readonly context: readonly Span[];
  /** Where the note uses one of the want keywords. */
  readonly want: readonly Span[];
  /** The scenario itself, for suggestions. */
  readonly scenario: Scenario;
}

/** Escapes a folded keyword for use inside a regular expression. */
function escapeKeyword(keyword: string): string {
  return keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(' ', '[ \\n]');
}

/** Where any of the `keywords` occurs in the folded text, as whole words with plural and verb endings. */
function findKeywords(text: string, keywords: readonly string[]): Span[] {
  const folded = keywords.map((keyword) => normalizeNote(keyword).text.trim()).filter((keyword) => keyword.length > 0);
  if (folded.length === 0) return [];
  const pattern = new RegExp(
    `(?<![a-z0-9])(?:${folded.map(escapeKeyword).join('|')})(?:s|es|ed|ing|'s)?(?![a-z0-9])`,
    'g',
  );
  return findAll(pattern, text, MAX_MATCHES);
}

/** Which of the scenario’s name, context and want keywords the folded `text` uses. */
export function useOfScenario(text: string, scenario: Scenario): ScenarioUse {
  return {
    name: findKeywords(text, scenario.name),
    context: findKeywords(text, scenario.context),
    want: findKeywords(text, scenario.want),
    scenario,
  };
}
