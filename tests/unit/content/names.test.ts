/**
 * Each person in the course has a name of their own: no first or family name is used for two
 * different people across the lessons, their exercises and the reply kit (issue 13). A lesson and its
 * exercises form one scene, so a name may recur inside it; between scenes it may not.
 *
 * A name is found as a word that is always written with a capital (so “Grace” counts, “Keep” and
 * “Before” do not, since they also appear in lower case) and that appears at least once inside a
 * sentence (so a heading such as “Takeaway” does not), less the proper nouns that are not people.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
const content = (dir: string) => join(root, 'src/content', dir);

/** Capitalised words that are not people: the product, places, days, titles, languages, acronyms. */
const NOT_PEOPLE = new Set(
  [
    // The product and its buttons, and the site.
    'LinkedIn LinkedIn’s Premium Basic Sales Navigator Connect Follow More Reply Send Add Note Personalize InMail',
    'Open Profile Visibility Help People You May Know Mark',
    // Greetings, titles and the pronoun.
    'Hi Hello Dear Dr Ms Mr Mrs Professor Prof Sir Madam I I’m I’d I’ve I’ll',
    // Days, months and seasons.
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July',
    'August September October November December',
    // Languages, places and organisations.
    'English Chinese Japanese Korean Hungarian Baltic Freight Green Homes ICU Nurses UX AI',
    'Leeds Bristol Auckland Nairobi Osaka Bogotá Da Nang Singapore Addis Ababa Kisumu Lisbon São Paulo Melbourne',
    'Bergen Tunis Gdańsk Seoul Recife Amman Lagos Karachi Peru Andes Nigeria Ghana Cameroon Riverside Kumasi',
    'AAT ACCA OK',
  ]
    .join(' ')
    .split(' '),
);

/** One scene: a lesson with its exercises, or the reply kit. */
const scenes = new Map<string, string>();
const addTo = (scene: string, text: string) => scenes.set(scene, `${scenes.get(scene) ?? ''}\n${text}`);
for (const file of readdirSync(content('lessons')).filter((name) => name.endsWith('.mdx'))) {
  const source = readFileSync(join(content('lessons'), file), 'utf8');
  addTo(
    file.replace(/\.mdx$/, ''),
    source
      .replace(/^---[\s\S]*?---/, '')
      .replace(/^import .*$/gm, '')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<\/?[A-Z]\w*/g, '<'),
  );
}
for (const file of readdirSync(content('exercises')).filter((name) => name.endsWith('.yaml'))) {
  const exercise = parse(readFileSync(join(content('exercises'), file), 'utf8')) as { lesson: string };
  // Keywords are lower-case search terms, not prose: leave them out so “lars” doesn’t hide Lars.
  addTo(
    exercise.lesson,
    JSON.stringify(exercise, (key, value: unknown) => (key === 'keywords' ? undefined : value)),
  );
}
for (const file of readdirSync(content('replies')).filter((name) => name.endsWith('.yaml')))
  addTo('reply kit', readFileSync(join(content('replies'), file), 'utf8'));
addTo(
  'reply kit',
  readFileSync(join(root, 'src/pages/reply.astro'), 'utf8')
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<style>[\s\S]*<\/style>/, '')
    .replace(/<\/?[A-Z]\w*/g, '<'),
);

const all = [...scenes.values()].join('\n');
const WORD = /\p{L}[\p{L}’'-]*\p{L}|\p{L}/gu;
const lowerWords = new Set([...all.matchAll(WORD)].map((m) => m[0]).filter((word) => word === word.toLowerCase()));

/** A word without a possessive or a contraction: “Grace’s” is Grace, “They’re” is They. */
const bareWord = (word: string) => word.replace(/[’'](?:s|re|ve|ll|d|m|t)$/, '');

/** Capitalised words seen at least once inside a sentence: after a letter, a comma or a colon. */
const insideSentences = new Set(
  [...all.matchAll(/(?<=[\p{L},;:] )\p{Lu}[\p{L}’'-]*\p{L}/gu)].map((m) => bareWord(m[0])),
);

/** Names in a text: words always written with a capital, less those that are not people. */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const bare = bareWord(word);
    if (!/^\p{Lu}\p{Ll}/u.test(bare) || NOT_PEOPLE.has(bare) || !insideSentences.has(bare)) continue;
    if (lowerWords.has(bare.toLowerCase())) continue;
    names.add(bare);
  }
  return names;
}

const sceneNames = new Map([...scenes].map(([scene, text]) => [scene, namesIn(text)]));

describe('names in the course', () => {
  it('finds the people of each scene', () => {
    expect(sceneNames.get('doing-you-a-favour')).toEqual(expect.objectContaining(new Set(['Grace', 'Rosa'])));
    expect([...(sceneNames.get('situations') ?? [])]).toEqual(expect.arrayContaining(['Yuki', 'Thabo', 'Ngozi']));
  });

  it('gives no name to two people in different scenes', () => {
    const seen = new Map<string, string[]>();
    for (const [scene, names] of sceneNames)
      for (const name of names) seen.set(name, [...(seen.get(name) ?? []), scene]);
    const shared = [...seen]
      .filter(([, where]) => where.length > 1)
      .map(([name, where]) => `${name}: ${where.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
