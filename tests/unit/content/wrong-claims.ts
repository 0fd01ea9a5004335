/**
 * Claims about LinkedIn that were once wrong on this site (issue 13) and must not come back. Every
 * claim the course makes must agree with `facts.md`, hedged as it hedges; these are the ones an editor
 * found stated wrongly or as settled. Each rule names the fact it protects. A rule either forbids a
 * phrase outright or, with `unlessHedged`, forbids it in a sentence that has no hedge.
 */

/** One claim that must not return. */
export interface Rule {
  /** Short name, shown when the rule fails. */
  id: string;
  /** What must not be said. */
  pattern: RegExp;
  /** Why, from facts.md. */
  fact: string;
  /** When set, the claim may stand in a sentence that also matches this hedge. */
  unlessHedged?: RegExp;
}

export const RULES: Rule[] = [
  {
    id: 'connect-sends-blank',
    pattern:
      /\bgoes out blank\b|\b(?:tap|press|click)(?:s|ed|ing)? connect,? and (?:the|your) invitation (?:goes|is sent|is on its way)/i,
    fact: 'Connect on a profile usually offers “Add a note”; lists, search results and imports are what send blank invitations.',
  },
  {
    id: 'contacts-always-visible',
    pattern: /\b(?:see|sees|seeing|browse|view)\b(?:\s+\S+){0,6}?\s+(?:contacts|connections)\b/i,
    fact: 'Members can hide their connections list (Visibility → Connections): say a connection can usually see it.',
    unlessHedged: /\busually\b|\bby default\b|\bunless\b|\bhide\b|\bshared connections\b/i,
  },
  {
    id: 'message-a-stranger',
    pattern:
      /\bas a message\b|\bmessage (?:them|him|her) first\b|\bbefore (?:we|I) (?:connect|accept)\b|\bsend (?:them|him|her) a message before\b/i,
    fact: 'A free account can message only its connections: reply to the invitation if the app offers Reply, or accept and ask.',
  },
  {
    id: 'free-limit-settled',
    pattern:
      /\b(?:free|basic)\b[^.!?\n]{0,60}?\b(?:is|are|gets?|has|have|allows?|limited to|capped at|only)\b[^.!?\n]{0,40}?\b200\b|\b200[- ]character (?:limit|maximum|cap)\b|\b(?:limit|maximum|cap)\b[^.!?\n]{0,30}?\b(?:is|of)\b[^.!?\n]{0,12}?\b200\b/i,
    fact: 'No LinkedIn page states 200 characters for free accounts: say “plan for”, “about” or “sources agree”.',
    unlessHedged:
      /\b(?:probably|about|around|roughly|likely|plan for|treat|reported|sources?|guides?|agree|publish|state|may|might|usually|sure)\b/i,
  },
  {
    id: 'note-box-settled',
    pattern:
      /\b(?:tap|press|click)(?:s|ed|ing)? \W{0,2}connect\W{0,2}[^.!?\n]{0,80}?add a note|\badd a note\W{0,2}[^.!?\n]{0,80}?\b(?:tap|press|click)(?:s|ed|ing)? \W{0,2}connect\b/i,
    fact: 'LinkedIn moves its buttons: say where “Add a note” usually is.',
    unlessHedged: /\busually\b|\boften\b|\bmay\b|\bmight\b|\bsome\b|\brecent\b|\bwhen (?:the|your) app offers\b/i,
  },
  {
    id: 'app-cannot-add-note',
    pattern:
      /\b(?:app|apps|phone|mobile)\b[^.!?\n]{0,30}?\b(?:can[’']?t|cannot|doesn[’']?t|does not|won[’']?t)\b[^.!?\n]{0,30}?\bnotes?\b/i,
    fact: 'The apps have offered a note since about 2017; the old advice to use a computer is out of date.',
    unlessHedged: /\b(?:older|early|used to|was|heard|advice says)\b/i,
  },
  {
    id: 'note-raises-acceptance',
    pattern:
      /\bmore likely to accept\b|\b(?:raises?|increases?|boosts?) (?:your )?acceptance\b|\bget(?:s)? you accepted\b/i,
    fact: 'The evidence on acceptance is mixed: the course promises replies and relationships, not acceptance.',
    unlessHedged: /\bwon[’']t promise\b|\bmixed\b|\bnot\b/i,
  },
];

/** The words a reader could see: comments and markup dropped, white space and emphasis flattened. */
export function readable(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/^\s*#.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ');
}

/** The sentence around `index`, to look for a hedge next to a claim. */
function sentenceAround(text: string, index: number, length: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('? ', index), text.lastIndexOf('! ', index));
  const ends = ['. ', '? ', '! '].map((end) => text.indexOf(end, index + length)).filter((i) => i !== -1);
  return text.slice(start + 1, ends.length ? Math.min(...ends) + 1 : undefined).trim();
}

/** Every rule broken in `text`, with the sentence that breaks it. */
export function brokenRules(text: string): { rule: string; sentence: string }[] {
  const found: { rule: string; sentence: string }[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(new RegExp(rule.pattern.source, `${rule.pattern.flags}g`))) {
      const sentence = sentenceAround(text, match.index, match[0].length);
      if (!rule.unlessHedged?.test(sentence)) found.push({ rule: rule.id, sentence });
    }
  }
  return found;
}
