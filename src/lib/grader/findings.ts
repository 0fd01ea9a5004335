/** What each kind of problem costs, which reason it belongs to, and how to tell the writer about it. */
import type { ProblemKind } from './problems.ts';
import { quote } from './evidence.ts';
import type { CriterionId, Flag } from './result-schema.ts';

/** How the grader treats one kind of problem. */
export interface ProblemRule {
  /** The reason (or `length`) the problem belongs to. */
  readonly reason: CriterionId;
  /** Points the problem takes off the score, once however often it occurs. */
  readonly points: number;
  /** The flag a result carries when the problem occurs. */
  readonly flag: Flag;
  /** One sentence to the writer about the words that triggered it. */
  readonly message: (words: string) => string;
  /** What to do about it. */
  readonly suggestion: string;
}

/** The rules for every kind of problem found in a note. */
export const PROBLEM_RULES: Readonly<Record<ProblemKind, ProblemRule>> = {
  placeholder: {
    reason: 'lazy',
    points: 40,
    flag: 'placeholder',
    message: (w) => `${quote(w)} is a template field nobody filled in, a sure sign of a mass-sent note.`,
    suggestion: 'Fill in every field by hand, or better, write the note for this one person.',
  },
  stock: {
    reason: 'lazy',
    points: 20,
    flag: 'stock-phrase',
    message: (w) => `${quote(w)} is LinkedIn’s stock wording, so it adds nothing your own words don’t say better.`,
    suggestion: 'Cut the stock sentence and end on your reason for connecting.',
  },
  'impersonal-greeting': {
    reason: 'impersonal',
    points: 15,
    flag: 'impersonal-greeting',
    message: (w) => `${quote(w)} addresses nobody in particular, so use their name instead.`,
    suggestion: 'Greet them by name, and say how you know them.',
  },
  flattery: {
    reason: 'impersonal',
    points: 15,
    flag: 'flattery',
    message: (w) => `${quote(w)} is praise that fits anyone, so it doesn’t show why you chose them.`,
    suggestion: 'Swap the praise for one specific thing of theirs you read, heard or used.',
  },
  'generic-context': {
    reason: 'impersonal',
    points: 5,
    flag: 'generic',
    message: (w) => `${quote(w)} is true of everyone you could invite, so it doesn’t say how you know them.`,
    suggestion: 'Name the event, post, group or person you actually share.',
  },
  pitch: {
    reason: 'favor',
    points: 40,
    flag: 'pitch',
    message: (w) => `${quote(w)} turns the note into a sales pitch, and a polite pitch is still a pitch.`,
    suggestion: 'Leave the pitch out; if they ever need what you sell, a real connection will tell you.',
  },
  demand: {
    reason: 'rude',
    points: 30,
    flag: 'demand',
    message: (w) => `${quote(w)} asks a stranger for a lot before they know you.`,
    suggestion: 'Ask for nothing yet: connect first, and ask once they have accepted.',
  },
  'soft-ask': {
    reason: 'rude',
    points: 10,
    flag: 'soft-ask',
    message: (w) => `${quote(w)} asks for their time in the first note, which is better left until they accept.`,
    suggestion: 'Leave the ask for a message after they accept; the note only needs to earn the connection.',
  },
  rude: {
    reason: 'rude',
    points: 20,
    flag: 'rude',
    message: (w) => `${quote(w)} sounds pushy, as if they owed you a reply.`,
    suggestion: 'Say it as a friendly invitation they are free to ignore.',
  },
  network: {
    reason: 'quantity',
    points: 25,
    flag: 'network-collecting',
    message: (w) => `${quote(w)} says you are collecting connections rather than choosing this person.`,
    suggestion: 'Drop the talk of your network and say why this person in particular.',
  },
  textspeak: {
    reason: 'lazy',
    points: 5,
    flag: 'textspeak',
    message: (w) => `${quote(w)} is text-speak, and spelling it out shows you took a moment.`,
    suggestion: 'Spell the words out; it takes seconds.',
  },
  link: {
    reason: 'favor',
    points: 10,
    flag: 'link',
    message: (w) => `${quote(w)} asks them to click a link before they know you.`,
    suggestion: 'Leave the link out of the first note.',
  },
  shouting: {
    reason: 'rude',
    points: 15,
    flag: 'shouting',
    message: (w) => `${quote(w)} is written in capitals, which reads as shouting.`,
    suggestion: 'Write in ordinary sentence case.',
  },
};

/** Points a default note loses, and what it is told. */
export const DEFAULT_RULE = {
  reason: 'lazy',
  points: 50,
  message: (w: string) => `${quote(w)} is LinkedIn’s stock text, so it reads as no note at all.`,
} as const;

/** Points a note over the limit loses. */
export const OVER_LIMIT_POINTS = 20;
