import { describe, expect, it } from 'vitest';
import { ExerciseSchema, type ExerciseInput } from '../../../src/lib/schemas/exercise-schema.ts';

const good: ExerciseInput = {
  id: 'impersonal-test',
  lesson: 'impersonal',
  title: 'A test situation',
  recipient: { name: 'Chris', role: 'Does marketing for a charity' },
  howYouKnowThem: { text: 'You met at a beach clean-up.', keywords: ['beach', 'clean-up'] },
  whatYouWant: { text: 'You would like to stay in touch.', keywords: ['stay in touch'] },
  lazyNote: "I'd like to connect with you on LinkedIn.",
  modelAnswers: [
    'Hi Chris, it was good to meet you at the beach clean-up. I do charity marketing too and would like to stay in touch.',
  ],
  hints: ['Use his name.', 'Say where you met him.'],
};

/** The paths of every issue zod reports, so each case shows which field it is about. */
function failures(input: unknown): string[] {
  const parsed = ExerciseSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('ExerciseSchema', () => {
  it('accepts a complete exercise', () => {
    expect(failures(good)).toEqual([]);
  });

  it.each([
    [
      'a model answer over 200 characters',
      { modelAnswers: [`Hi Chris, ${'very '.repeat(40)}nice.`] },
      'modelAnswers.0: keep each model answer within 200',
    ],
    ['no model answer', { modelAnswers: [] }, 'modelAnswers'],
    ['one hint', { hints: ['Only one hint here.'] }, 'hints'],
    [
      'four hints',
      { hints: ['Hint number one.', 'Hint number two.', 'Hint number three.', 'Hint number four.'] },
      'hints',
    ],
    ['a lesson without exercises', { lesson: 'no-note-left' }, 'lesson'],
    ['an id that is not kebab-case', { id: 'Impersonal Test' }, 'id: use lowercase words'],
    [
      'a fact without keywords',
      { whatYouWant: { text: 'You would like to stay in touch.', keywords: [] } },
      'whatYouWant.keywords',
    ],
    ['a recipient without a name', { recipient: { name: '', role: 'Does marketing' } }, 'recipient.name'],
    ['an unknown field (a typo)', { hint: ['x'] }, 'Unrecognized key'],
  ])('rejects %s, naming the field', (_case, change, expected) => {
    const messages = failures({ ...good, ...change });
    expect(messages.join('\n')).toContain(expected);
  });

  it('counts an emoji as one character, like LinkedIn', () => {
    const answer = `Hi Chris, ${'x'.repeat(185)} 👋👋👋👋`;
    expect(answer.length).toBeGreaterThan(200);
    expect(failures({ ...good, modelAnswers: [answer] })).toEqual([]);
  });
});
