import { describe, expect, it } from 'vitest';
import {
  bankFromFiles,
  bankProblems,
  MAX_SELF_CHECK,
  QuestionFileSchema,
  QuestionSchema,
  type BankFile,
  type Question,
  type QuestionInput,
} from '../../../src/lib/schemas/question-schema.ts';

const base = {
  id: 'rude-sample',
  reason: 'rude',
  prompt: 'Which note keeps things even?',
  explanation: 'Because it gives context and a reason before it asks for anything.',
  lessonSection: '/lessons/rude/#give',
} as const;

const single: QuestionInput = {
  ...base,
  type: 'single',
  options: [
    { id: 'a', text: 'One' },
    { id: 'b', text: 'Two' },
  ],
  answer: 'b',
};
const multiple: QuestionInput = {
  ...base,
  type: 'multiple',
  options: [
    { id: 'a', text: 'One' },
    { id: 'b', text: 'Two' },
    { id: 'c', text: 'Three' },
  ],
  answers: ['a', 'c'],
};
const betterOfTwo: QuestionInput = {
  ...base,
  type: 'better-of-two',
  context: 'You met Sam at a workshop.',
  noteA: 'Hi Sam, great to meet you at the workshop.',
  noteB: "I'd like to connect with you on LinkedIn.",
  better: 'a',
};
const spot: QuestionInput = {
  ...base,
  type: 'spot-phrases',
  note: 'Hi Sam, I came across your profile. We met at the workshop.',
  phrases: [
    { text: 'Hi Sam, ' },
    { text: 'I came across your profile. ', lazy: true },
    { text: 'We met at the workshop.' },
  ],
};
const fixIt: QuestionInput = {
  ...base,
  type: 'fix-it',
  note: "I'd like to connect with you on LinkedIn.",
  required: 'needs-work',
  scenario: { name: ['Sam'], context: ['workshop'], want: ['budget'] },
  modelAnswer: 'Hi Sam, great to meet you at the budgeting workshop. I’d love to stay in touch.',
};

/** The error paths and messages of a failed parse. */
function issues(data: unknown): { path: string; message: string }[] {
  const result = QuestionSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('QuestionSchema', () => {
  it.each([single, multiple, betterOfTwo, spot, fixIt].map((q) => [q.type, q] as const))(
    'accepts a good %s question',
    (_type, question) => {
      expect(issues(question)).toEqual([]);
    },
  );

  it('fills in phrases that are not lazy', () => {
    const parsed = QuestionSchema.parse(spot) as Extract<Question, { type: 'spot-phrases' }>;
    expect(parsed.phrases.map((phrase) => phrase.lazy)).toEqual([false, true, false]);
  });

  it('rejects an unknown type', () => {
    expect(issues({ ...single, type: 'essay' })[0]?.path).toBe('type');
  });

  it('names the answer field when a single answer points to no option', () => {
    expect(issues({ ...single, answer: 'z' })).toEqual([
      { path: 'answer', message: 'answer key "z" points to no option (options are a, b)' },
    ]);
  });

  it('names the exact key when a multiple answer points to no option', () => {
    expect(issues({ ...multiple, answers: ['a', 'x'] })).toEqual([
      { path: 'answers.1', message: 'answer key "x" points to no option (options are a, b, c)' },
    ]);
  });

  it('rejects duplicate option ids, empty and all-right answer lists', () => {
    expect(
      issues({
        ...single,
        options: [
          { id: 'a', text: 'One' },
          { id: 'a', text: 'Two' },
        ],
        answer: 'a',
      }),
    ).toContainEqual({
      path: 'options.1.id',
      message: 'options: the id "a" is used twice',
    });
    expect(issues({ ...multiple, answers: [] })[0]?.path).toBe('answers');
    expect(issues({ ...multiple, answers: ['a', 'b', 'c'] })[0]?.message).toMatch(
      /at least one option should be wrong/,
    );
  });

  it('rejects phrases that do not rebuild the note, naming the field', () => {
    const broken = {
      ...spot,
      phrases: [
        { text: 'Hi Sam, ' },
        { text: 'I came across your profile.', lazy: true },
        { text: 'We met at the workshop.' },
      ],
    };
    const [problem] = issues(broken);
    expect(problem?.path).toBe('phrases');
    expect(problem?.message).toMatch(/which is not the note/);
  });

  it('rejects a spot-phrases question with nothing lazy, or everything lazy', () => {
    expect(issues({ ...spot, phrases: spot.phrases.map((p) => ({ text: p.text })) })[0]?.message).toMatch(
      /at least one phrase `lazy: true`/,
    );
    expect(issues({ ...spot, phrases: spot.phrases.map((p) => ({ text: p.text, lazy: true })) })[0]?.message).toMatch(
      /not lazy/,
    );
  });

  it('accepts a link into any lesson and a question on no reason, but not a link off the site', () => {
    const { reason: _reason, ...noReason } = single;
    expect(issues({ ...noReason, lessonSection: '/lessons/wrap-up/#the-four-part-formula' })).toEqual([]);
    expect(issues({ ...single, lessonSection: 'https://example.com/' })[0]?.path).toBe('lessonSection');
  });

  it('marks questions for the final quiz unless they say selfCheck, and keeps rewrites out of self-checks', () => {
    expect(QuestionSchema.parse(single).selfCheck).toBe(false);
    expect(QuestionSchema.parse({ ...single, selfCheck: true }).selfCheck).toBe(true);
    expect(issues({ ...fixIt, selfCheck: true })).toEqual([
      {
        path: 'selfCheck',
        message:
          'selfCheck: a fix-it question belongs in the final quiz; the lesson’s exercise already asks for a rewrite',
      },
    ]);
  });

  it('rejects a fix-it question that asks for a verdict below needs-work', () => {
    expect(issues({ ...fixIt, required: 'lazy' })[0]?.path).toBe('required');
  });

  it('rejects two identical notes in better-of-two', () => {
    expect(issues({ ...betterOfTwo, noteB: betterOfTwo.noteA })[0]?.path).toBe('noteB');
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    expect(issues({ ...single, explenation: 'x' }).length).toBeGreaterThan(0);
  });

  it('rejects a missing explanation', () => {
    const { explanation: _explanation, ...rest } = single;
    expect(issues(rest)[0]?.path).toBe('explanation');
  });
});

describe('QuestionFileSchema', () => {
  it('rejects the same id twice in one file, naming the index', () => {
    const result = QuestionFileSchema.safeParse({ questions: [single, { ...multiple, id: single.id }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['questions.1.id']);
  });
});

describe('bank rules', () => {
  const REASONS = ['impersonal', 'lazy', 'rude', 'quantity', 'why', 'favor'] as const;
  const LESSONS = [...REASONS.map((reason) => ({ id: `${reason}-lesson`, title: `Lesson on ${reason}` }))];
  /** A sound bank: five questions for every reason, one file per lesson. */
  function goodBank(): BankFile[] {
    return REASONS.map((reason) => ({
      file: `src/content/questions/${reason}-lesson.yaml`,
      lesson: `${reason}-lesson`,
      questions: Array.from({ length: 5 }, (_, i) =>
        QuestionSchema.parse({
          ...single,
          reason,
          id: `${reason}-${i}`,
          prompt: `Question ${i} on ${reason}?`,
          lessonSection: `/lessons/${reason}-lesson/#give`,
        }),
      ),
    }));
  }

  it('accepts a sound bank, giving each question its lesson and the title of the lesson it links to', () => {
    expect(bankProblems(goodBank(), LESSONS)).toEqual([]);
    const bank = bankFromFiles(goodBank(), LESSONS);
    expect(bank).toHaveLength(30);
    expect(bank[0]).toMatchObject({
      id: 'impersonal-0',
      lesson: 'impersonal-lesson',
      linkTitle: 'Lesson on impersonal',
    });
  });

  it('names the reason and its file when a reason has fewer than five questions', () => {
    const bank = goodBank();
    bank[2] = { ...bank[2]!, questions: bank[2]!.questions.slice(0, 4) };
    expect(bankProblems(bank, LESSONS)).toEqual([
      'src/content/questions/rude-lesson.yaml: reason "rude" has 4 questions (field questions.*.reason); it needs at least 5',
    ]);
  });

  it('names both files when an id is used twice across the bank', () => {
    const bank = goodBank();
    const copy: Question = { ...bank[1]!.questions[0]!, id: 'impersonal-0' };
    bank[1] = { ...bank[1]!, questions: [copy, ...bank[1]!.questions.slice(1)] };
    expect(bankProblems(bank, LESSONS)).toContain(
      'src/content/questions/lazy-lesson.yaml: questions.0.id "impersonal-0" is already used in src/content/questions/impersonal-lesson.yaml',
    );
  });

  it('names a prompt used twice, a file named after no lesson and a link to no lesson', () => {
    const bank = goodBank();
    const [first, ...rest] = bank[1]!.questions;
    bank[1] = {
      ...bank[1]!,
      questions: [{ ...first!, prompt: 'Question 0 on impersonal?', lessonSection: '/lessons/gone/' }, ...rest],
    };
    bank[2] = { ...bank[2]!, lesson: 'rude-lessons' };
    expect(bankProblems(bank, LESSONS)).toEqual([
      'src/content/questions/lazy-lesson.yaml: questions.0.prompt is the same as the prompt of "impersonal-0"; make each prompt its own',
      'src/content/questions/lazy-lesson.yaml: questions.0.lessonSection "/lessons/gone/" points to no lesson',
      'src/content/questions/rude-lesson.yaml: the file is named after no lesson ("rude-lessons"); name it after the lesson’s slug',
    ]);
  });

  it('names a self-check that asks too many questions', () => {
    const bank = goodBank();
    bank[0] = { ...bank[0]!, questions: bank[0]!.questions.map((q) => ({ ...q, selfCheck: true })) };
    expect(bankProblems(bank, LESSONS)).toEqual([
      `src/content/questions/impersonal-lesson.yaml: 5 questions have selfCheck: true; a self-check asks at most ${MAX_SELF_CHECK}`,
    ]);
  });

  it('throws with every problem listed, so the build stops', () => {
    expect(() => bankFromFiles(goodBank().slice(1), LESSONS)).toThrow(/reason "impersonal" has 0 questions/);
  });
});
