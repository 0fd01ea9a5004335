import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  breakdownByReason,
  describeAnswer,
  drawQuiz,
  hasPassed,
  lazyPhraseIndexes,
  meetsVerdict,
  percent,
  QUIZ_SIZE,
  sampleQuiz,
  scoreAnswer,
  seededRandom,
  selfCheckQuestions,
} from '../../../src/lib/quiz.ts';
import { REASON_IDS } from '../../../src/lib/reasons.ts';
import {
  QUESTION_TYPES,
  QuestionFileSchema,
  type Question,
  type QuestionOf,
} from '../../../src/lib/schemas/question-schema.ts';

const dir = resolve(import.meta.dirname, '../../../src/content/questions');
const bank: Question[] = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => QuestionFileSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))).questions);

function first<T extends Question['type']>(type: T): QuestionOf<T> {
  const question = bank.find((q): q is QuestionOf<T> => q.type === type);
  if (!question) throw new Error(`no ${type} question in the bank`);
  return question;
}

describe('scoreAnswer', () => {
  it('scores a single-answer question', () => {
    const q = first('single');
    const wrongId = q.options.find((o) => o.id !== q.answer)!.id;
    expect(scoreAnswer(q, { type: 'single', optionId: q.answer })).toEqual({ correct: true, missed: [], wrong: [] });
    expect(scoreAnswer(q, { type: 'single', optionId: wrongId })).toEqual({
      correct: false,
      missed: [q.answer],
      wrong: [wrongId],
    });
  });

  it('scores select-all-that-apply: all right ones and nothing else', () => {
    const q = first('multiple');
    const wrongId = q.options.find((o) => !q.answers.includes(o.id))!.id;
    expect(scoreAnswer(q, { type: 'multiple', optionIds: [...q.answers].reverse() }).correct).toBe(true);
    expect(scoreAnswer(q, { type: 'multiple', optionIds: q.answers.slice(1) })).toMatchObject({
      correct: false,
      missed: [q.answers[0]],
    });
    expect(scoreAnswer(q, { type: 'multiple', optionIds: [...q.answers, wrongId] })).toMatchObject({
      correct: false,
      wrong: [wrongId],
    });
    expect(scoreAnswer(q, { type: 'multiple', optionIds: [] }).correct).toBe(false);
  });

  it('scores better-of-two', () => {
    const q = first('better-of-two');
    const other = q.better === 'a' ? 'b' : 'a';
    expect(scoreAnswer(q, { type: 'better-of-two', choice: q.better }).correct).toBe(true);
    expect(scoreAnswer(q, { type: 'better-of-two', choice: other }).correct).toBe(false);
  });

  it('scores spot-phrases: exactly the lazy phrases', () => {
    const q = first('spot-phrases');
    const lazy = lazyPhraseIndexes(q);
    const fine = q.phrases.findIndex((p) => !p.lazy);
    expect(lazy.length).toBeGreaterThan(0);
    expect(scoreAnswer(q, { type: 'spot-phrases', selected: lazy }).correct).toBe(true);
    expect(scoreAnswer(q, { type: 'spot-phrases', selected: [...lazy, fine] })).toMatchObject({
      correct: false,
      wrong: [fine],
    });
    expect(scoreAnswer(q, { type: 'spot-phrases', selected: [] })).toMatchObject({ correct: false, missed: lazy });
  });

  it('scores fix-it by comparing the verdict with what the question requires', () => {
    const needsWork = bank.find((q): q is QuestionOf<'fix-it'> => q.type === 'fix-it' && q.required === 'needs-work')!;
    const thoughtful = bank.find((q): q is QuestionOf<'fix-it'> => q.type === 'fix-it' && q.required === 'thoughtful')!;
    const text = 'A rewritten note';
    expect(scoreAnswer(needsWork, { type: 'fix-it', text, verdict: 'needs-work' })).toMatchObject({
      correct: true,
      verdict: 'needs-work',
    });
    expect(scoreAnswer(needsWork, { type: 'fix-it', text, verdict: 'thoughtful' }).correct).toBe(true);
    expect(scoreAnswer(needsWork, { type: 'fix-it', text, verdict: 'lazy' }).correct).toBe(false);
    expect(scoreAnswer(thoughtful, { type: 'fix-it', text, verdict: 'needs-work' }).correct).toBe(false);
    expect(scoreAnswer(thoughtful, { type: 'fix-it', text, verdict: 'thoughtful' }).correct).toBe(true);
  });

  it('never counts the unchanged note as a fix', () => {
    const q = first('fix-it');
    expect(scoreAnswer(q, { type: 'fix-it', text: ` ${q.note} `, verdict: 'thoughtful' }).correct).toBe(false);
  });

  it('counts an answer of the wrong type as wrong', () => {
    expect(scoreAnswer(first('single'), { type: 'better-of-two', choice: 'a' }).correct).toBe(false);
  });
});

describe('meetsVerdict', () => {
  it('orders default < lazy < needs-work < thoughtful', () => {
    expect(meetsVerdict('default', 'lazy')).toBe(false);
    expect(meetsVerdict('lazy', 'needs-work')).toBe(false);
    expect(meetsVerdict('needs-work', 'needs-work')).toBe(true);
    expect(meetsVerdict('thoughtful', 'needs-work')).toBe(true);
    expect(meetsVerdict('needs-work', 'thoughtful')).toBe(false);
  });
});

describe('describeAnswer', () => {
  it('puts every type’s answer into words', () => {
    for (const type of QUESTION_TYPES) {
      const answer = describeAnswer(first(type));
      expect(answer.length, type).toBeGreaterThan(0);
      expect(
        answer.every((line) => line.trim().length > 0),
        type,
      ).toBe(true);
    }
    const spot = first('spot-phrases');
    expect(describeAnswer(spot)).toHaveLength(lazyPhraseIndexes(spot).length);
  });
});

describe('drawQuiz', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i * 7919 + 1);

  it('draws 12 different questions, two from every reason, covering every type', () => {
    for (const seed of seeds) {
      const drawn = drawQuiz(bank, seed);
      expect(drawn).toHaveLength(QUIZ_SIZE);
      expect(new Set(drawn.map((q) => q.id)).size).toBe(QUIZ_SIZE);
      for (const reason of REASON_IDS)
        expect(
          drawn.filter((q) => q.reason === reason),
          `seed ${seed}`,
        ).toHaveLength(2);
      for (const type of QUESTION_TYPES)
        expect(
          drawn.some((q) => q.type === type),
          `seed ${seed}, ${type}`,
        ).toBe(true);
    }
  });

  it('gives the same draw for the same seed and a different one for another seed', () => {
    const ids = (seed: number) => drawQuiz(bank, seed).map((q) => q.id);
    expect(ids(42)).toEqual(ids(42));
    expect(ids(42)).not.toEqual(ids(43));
  });

  it('reaches every question of the bank over many seeds', () => {
    const seen = new Set(seeds.flatMap((seed) => drawQuiz(bank, seed).map((q) => q.id)));
    expect(seen.size).toBe(bank.length);
  });

  it('draws what it can from a small bank', () => {
    expect(drawQuiz(bank.slice(0, 5), 1)).toHaveLength(5);
  });

  it('uses a generator that stays in [0, 1) and repeats for a seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    for (let i = 0; i < 1000; i += 1) {
      const value = a();
      expect(value).toBe(b());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('sampleQuiz', () => {
  it('lists one full quiz covering every reason and type, in lesson order', () => {
    const sample = sampleQuiz(bank);
    expect(sample).toHaveLength(QUIZ_SIZE);
    expect(new Set(sample.map((q) => q.id)).size).toBe(QUIZ_SIZE);
    expect(new Set(sample.map((q) => q.reason))).toEqual(new Set(REASON_IDS));
    expect(new Set(sample.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    const order = sample.map((q) => REASON_IDS.indexOf(q.reason));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });
});

describe('selfCheckQuestions', () => {
  it('asks three questions of the lesson’s reason, of different types and no rewrite', () => {
    for (const reason of REASON_IDS) {
      const picked = selfCheckQuestions(bank, reason);
      expect(picked).toHaveLength(3);
      expect(picked.every((q) => q.reason === reason && q.type !== 'fix-it')).toBe(true);
      expect(new Set(picked.map((q) => q.type)).size).toBe(3);
    }
  });
});

describe('results', () => {
  it('breaks the results down by reason in lesson order, linking each lesson', () => {
    const rows = breakdownByReason([
      { reason: 'why', correct: true },
      { reason: 'impersonal', correct: false },
      { reason: 'why', correct: false },
      { reason: 'impersonal', correct: true },
      { reason: 'impersonal', correct: true },
    ]);
    expect(rows).toEqual([
      { reason: 'impersonal', label: 'It’s impersonal', href: '/lessons/impersonal/', correct: 2, total: 3 },
      { reason: 'why', label: 'It doesn’t say why', href: '/lessons/tell-me-why/', correct: 1, total: 2 },
    ]);
  });

  it('passes at 80%', () => {
    expect(hasPassed(10, 12)).toBe(true);
    expect(hasPassed(9, 12)).toBe(false);
    expect(hasPassed(8, 10)).toBe(true);
    expect(hasPassed(0, 0)).toBe(false);
    expect(percent(10, 12)).toBe(83);
  });
});
