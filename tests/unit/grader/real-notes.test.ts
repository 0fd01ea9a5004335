/**
 * Issue 11: how the grader reads notes as real people write them. Each case is a pattern the grader
 * before the rework got wrong (the issue lists them); the examples are new, not from any test set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import type { Result } from '../../../src/lib/grader/result-schema.ts';

const verdict = (text: string) => gradeNote(text, { limit: 300 }).verdict;

describe('specific context read from structure, not from a list of words', () => {
  it.each([
    'Hi Eva, the cycling-safety map your team published for Ghent is brilliant. I plan bike routes for our council and would love to learn from it.',
    'Hi Ana, great meeting you at Tuesday’s PyLadies night in Porto. Let’s keep in touch.',
    'Hi Tom, you ran our induction on the new ventilators last spring. I’m a charge nurse now and would like to stay in touch.',
    'Hi Kemi, turns out we both studied under Prof. Adeyemi. Would be good to connect.',
  ])('reads %j as thoughtful', (text) => {
    const result = gradeNote(text, { limit: 300 });
    expect(result.verdict).toBe('thoughtful');
    expect(result.criteria.find((c) => c.id === 'impersonal')?.status).toBe('pass');
  });
});

describe('a plain or implied reason after a specific context', () => {
  it.each([
    'Hi Luis, I run a small bakery and fight the same supplier delays. Would be good to compare notes.',
    'Your talk on allergen audits changed how I plan our depot checks. Seemed worth connecting.',
    'Your talk on allergen audits changed how I plan our depot checks. Would be an honour to connect.',
    'Thanks for showing our class round the recycling plant this morning!',
  ])('credits %j', (text) => {
    expect(verdict(text)).toBe('thoughtful');
  });

  it('does not credit the same plain wish with nothing specific before it', () => {
    expect(verdict('Great post. Let’s connect.')).not.toBe('thoughtful');
    expect(verdict('Would be an honour to connect.')).not.toBe('thoughtful');
  });
});

describe('stock texts and notes with nothing in them', () => {
  it.each([
    'Since you are a person I trust, I wanted to invite you to join my network on LinkedIn.',
    'Hi!',
    '🙂',
    'Hi Sara 👋',
  ])('rates %j default', (text) => {
    expect(verdict(text)).toBe('default');
  });
});

describe('asks by meaning', () => {
  it.each([
    'Hi Sam, we met at the Lisbon food fair on Friday and we’d love to partner. Are you free for a call on Thursday?',
    'Hi Ola, loved your talk on cold-chain logistics at ProMat. Could I have 15 minutes of your time next week?',
    'Hi Ruth, we both volunteer at the Leith food bank. Would you be open to a free audit of your site’s SEO?',
    'Hi Jin, your post on hiring juniors was great. Send me your resume and I’ll pass it on to our team.',
  ])('keeps %j from thoughtful and says it asks too much', (text) => {
    const result = gradeNote(text, { limit: 300 });
    expect(result.verdict).toBe('needs-work');
    expect(
      result.criteria.filter((c) => (c.id === 'rude' || c.id === 'favor') && c.status !== 'pass').length,
    ).toBeGreaterThan(0);
  });

  it('makes a pitch to a stranger with nothing real about them lazy, and flags boilerplate', () => {
    const text =
      'I hope this message finds you well. I came across your impressive profile and would love to explore potential collaboration opportunities. Are you interested?';
    const result = gradeNote(text, { limit: 300 });
    expect(result.verdict).toBe('lazy');
    expect(result.flags).toContain('boilerplate');
  });
});

/** The quoted passages of a result's sentences, in order. */
function quotes(result: Result): string[] {
  const sentences = [result.summary, ...result.criteria.map((c) => c.message)];
  return sentences.flatMap((s) => [...s.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? ''));
}

describe('evidence a learner can read', () => {
  const corpus = ['../../corpus/notes.jsonl', '../../corpus/published-notes.jsonl'].flatMap((file) =>
    readFileSync(resolve(import.meta.dirname, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );

  it('quotes whole phrases of the note, never part of a word, each once per result', () => {
    const problems: string[] = [];
    for (const text of corpus) {
      const result = gradeNote(text, { limit: 300 });
      const quoted = quotes(result);
      const flat = text.replace(/\s+/g, ' ');
      for (const quote of quoted) {
        const words = quote.replace(/…$/, '');
        const at = flat.indexOf(words);
        if (at < 0) problems.push(`not in the note: ${quote} | ${text}`);
        else if (/[\p{L}\p{N}]/u.test(flat.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(flat.charAt(at + words.length)))
          problems.push(`part of a word: ${quote} | ${text}`);
        // One token is a phrase when it is a name, a link, a compound, a template field or the whole note.
        const token = !/\s/.test(words.trim());
        if (token && !/^\p{Lu}|[-./[{<(_%+]/u.test(words) && words.trim() !== text.trim())
          problems.push(`a single common word: ${quote} | ${text}`);
      }
      const twice = quoted.filter((quote, i) => quoted.indexOf(quote) !== i);
      if (twice.length > 0) problems.push(`quoted twice: ${twice.join(', ')} | ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it('marks highlights on whole words only', () => {
    const problems: string[] = [];
    for (const text of corpus) {
      for (const h of gradeNote(text, { limit: 300 }).highlights) {
        const before = text.charAt(h.start - 1);
        const after = text.charAt(h.end);
        const edgeIn = (c: string) => /[\p{L}\p{N}]/u.test(c);
        if ((edgeIn(before) && edgeIn(text.charAt(h.start))) || (edgeIn(after) && edgeIn(text.charAt(h.end - 1))))
          problems.push(`${text.slice(h.start, h.end)} | ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
