import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { criterion, marked } from './helpers.ts';

/** LinkedIn's stock texts (facts.md) and the loose variants people type by hand. */
const DEFAULTS = [
  "I'd like to add you to my professional network on LinkedIn.",
  'I’d like to add you to my professional network on LinkedIn.\n- Jane Doe',
  "I'd like to connect with you on LinkedIn.",
  "Hi Sam, I'd like to join your LinkedIn network.",
  'Since you are a person I trust, I wanted to invite you to join my network on LinkedIn.',
  'Join my network on LinkedIn',
  'I would like to add you to my network',
  'I want to connect with you on LinkedIn.',
  "Ana Lima has indicated you are a fellow group member of Product People: I'd like to add you to my professional network on LinkedIn.",
  'i would like to CONNECT with you',
  'Hello Dr. Osei,\n\nI’d like to connect with you.\n\nKind regards,\nLina Park\nData Lead, Acme',
  'I\u2019d\u00a0like to add\u200b you to my profesional net\u00adwork on LinkedIn.',
  "Hey! I'd love to connect with you 🙂",
  'Since you’re someone I trust, I’d like to invite you to join my network. Thanks!',
  // A loose variant typed by hand: two independent labellers rated it default by the rubric.
  'Let’s connect!',
  // Nothing but a greeting, a name or a pleasantry.
  'Hi!',
  '🙂',
  'Hi Kim! How are you?',
  // The stock text in another of LinkedIn's languages.
  'Me gustaría añadirte a mi red profesional en LinkedIn.',
  // Signed with a bare name on its own line, or a lower-case one after a dash.
  "I'd like to add you to my professional network\n\nSimon",
  "Hi,\n\nI'd like to add you to my professional network on LinkedIn.\n\n- marco",
  // A whole e-mail signature after it: name, title and company, a phone number.
  "Hi Maria,\n\nI'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nTom Becker\nSenior Account Manager | Brightwave Solutions\n+44 7700 900123",
];

/** Notes that start like the stock text but go on to say something real. */
const NOT_DEFAULTS = [
  "I'd like to connect with you because your JSConf talk on web workers made them click for me, and I'm moving our editor onto them.",
  "I'd like to connect with you on LinkedIn. We met at the Lisbon Web Summit and talked about accessible maps.",
  'Loved your post! Would love to connect.',
  'Hey, how are you finding the new role at Tessera?',
];

describe('default text', () => {
  it.each(DEFAULTS)('rates %j as default', (text) => {
    const result = gradeNote(text);
    expect(result.verdict).toBe('default');
    expect(result.flags).toContain('default-text');
    expect(result.score).toBeLessThan(10);
    expect(result.penalties[0]?.message).toMatch(/stock text|greeting/);
  });

  it.each(NOT_DEFAULTS)('does not rate %j as default', (text) => {
    expect(gradeNote(text).verdict).not.toBe('default');
  });

  it('rates an empty or invisible note default and flags it empty', () => {
    for (const text of ['', '   \n\t', '\u200b\u200b\ufeff']) {
      const result = gradeNote(text);
      expect(result.verdict).toBe('default');
      expect(result.flags).toContain('empty');
      expect(result.score).toBe(0);
    }
  });

  it('quotes the stock words once in its messages and marks them', () => {
    const text = "Hi Marta, I'd like to add you to my professional network on LinkedIn.";
    const result = gradeNote(text);
    const quote = "“I'd like to add you to my professional network on LinkedIn”";
    expect(result.criteria.filter((c) => c.message.includes(quote))).toHaveLength(1);
    expect(criterion(result, 'lazy').message).toContain('stock text');
    expect(marked(text, result, 'problem')).toEqual(["I'd like to add you to my professional network on LinkedIn"]);
  });

  it('penalises a stock sentence inside a longer, personal note and keeps it below thoughtful', () => {
    const text =
      "Hi Yuki, saw your comment on Andrew's post about accessibility audits. I'm running our first audit next month. I'd like to add you to my professional network on LinkedIn.";
    const result = gradeNote(text);
    expect(result.verdict).toBe('needs-work');
    expect(result.flags).toContain('stock-phrase');
    expect(result.penalties.map((p) => p.evidence[0])).toContain(
      "I'd like to add you to my professional network on LinkedIn",
    );
  });

  it('judges a note in capitals by its words: capitals do not turn a word into a name', () => {
    expect(gradeNote('I WANT TO GROW MY NETWORK. PLEASE ACCEPT!!!').verdict).toBe(
      gradeNote('I want to grow my network. Please accept!!!').verdict,
    );
    expect(gradeNote('I WANT TO GROW MY NETWORK.').verdict).toBe('lazy');
    expect(gradeNote("I'D LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK ON LINKEDIN.").verdict).toBe('default');
  });
});
