import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../../src/lib/schemas/question-schema.ts';
import { bank, lessonFiles, root } from './real-bank.ts';

/**
 * Names and places in the bank: each belongs to one question, so no name is reused for two different
 * people, and none is taken from the lessons, exercises or replies, whose people are others.
 *
 * A name is a capitalised word whose lower-case form never appears in the course's text (so "Which"
 * or "Thanks" at the start of a sentence is not one) and that appears somewhere other than at the start
 * and is not a word in -ing starting a sentence (so "Ignoring" is not one either), apart from the few
 * proper words below.
 */
const NOT_NAMES = new Set([
  // Words that start sentences or instructions and are never written in lower case in the course.
  'Aim',
  'Mark',
  'Offering',
  'Please',
  'Select',
  // Languages, and LinkedIn's own words, titles and greetings.
  'English',
  'Hungarian',
  'Basic',
  'Premium',
  'Connect',
  'Follow',
  'Dear',
  'Dr',
  'Madam',
  'Sir',
  'Ms',
  'Mr',
  'Hi',
  'Hey',
  'Hello',
  'Note',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

const WORD = /(?<!\p{L})\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?!\p{L})/gu;

/** Every piece of text a question shows. */
function textOf(question: BankQuestion): string {
  const parts: string[] = [question.prompt, question.explanation];
  if (question.type === 'single' || question.type === 'multiple') parts.push(...question.options.map((o) => o.text));
  if (question.type === 'better-of-two') parts.push(question.context, question.noteA, question.noteB);
  if (question.type === 'spot-phrases') parts.push(question.note);
  if (question.type === 'fix-it') parts.push(question.note, question.modelAnswer);
  // Lesson titles are quoted in explanations; they are not names.
  return lessonFiles.reduce((text, lesson) => text.replaceAll(`“${lesson.title}”`, ''), parts.join('\n'));
}

/** Text of the other content folders, by file. */
function contentFiles(folder: string): { file: string; text: string }[] {
  const dir = join(root, 'src/content', folder);
  return readdirSync(dir).map((name) => ({
    file: `src/content/${folder}/${name}`,
    text: readFileSync(join(dir, name), 'utf8'),
  }));
}
const others = [...contentFiles('lessons'), ...contentFiles('exercises'), ...contentFiles('replies')];

const lowerWords = new Set(
  [...bank.map(textOf), ...others.map((other) => other.text)].flatMap((text) =>
    [...text.matchAll(/(?<!\p{L})\p{Ll}+(?:-\p{Ll}+)?(?!\p{L})/gu)].map((match) => match[0]),
  ),
);

/** True when the word at `index` of `text` starts a sentence, a quotation or a line. */
function startsSentence(text: string, index: number): boolean {
  return /(?:^|[.!?:;]\s+|[“"(]\s*|\n\s*)$/u.test(text.slice(Math.max(0, index - 4), index));
}

/** The names in a text. */
function namesIn(text: string): Set<string> {
  const words = [...text.matchAll(WORD)].filter(
    (match) => !NOT_NAMES.has(match[0]) && !lowerWords.has(match[0].toLowerCase()),
  );
  const midSentence = new Set(words.filter((match) => !startsSentence(text, match.index)).map((match) => match[0]));
  return new Set(words.map((match) => match[0]).filter((word) => midSentence.has(word)));
}

describe('names and places in the question bank', () => {
  const byName = new Map<string, string[]>();
  for (const question of bank) {
    for (const name of namesIn(textOf(question))) byName.set(name, [...(byName.get(name) ?? []), question.id]);
  }

  it('finds the names it is looking for', () => {
    expect(byName.size).toBeGreaterThan(bank.length / 2);
    expect(namesIn('Hi Siobhán, we met in São Paulo. Thanks, Hyun-woo. Ignoring is fine.')).toEqual(
      new Set(['Siobhán', 'São', 'Paulo', 'Hyun-woo']),
    );
  });

  it('gives every name to one question only', () => {
    const shared = [...byName].filter(([, ids]) => ids.length > 1).map(([name, ids]) => `${name}: ${ids.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('takes no name from the lessons, exercises or replies', () => {
    const taken = others.flatMap(({ file, text }) => {
      const found = [...text.matchAll(WORD)].map((match) => match[0]);
      return [...byName.keys()].filter((name) => found.includes(name)).map((name) => `${name} (${file})`);
    });
    expect(taken).toEqual([]);
  });
});
