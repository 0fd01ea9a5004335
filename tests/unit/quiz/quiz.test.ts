import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, recordQuizResult } from '../../../src/lib/progress.ts';
import {
  breakdown,
  describeAnswer,
  drawQuiz,
  finalQuizPool,
  hasPassed,
  lazyPhraseIndexes,
  meetsVerdict,
  percent,
  QUIZ_SIZE,
  rememberQuizQuestions,
  sampleQuiz,
  scoreAnswer,
  seededRandom,
  selfCheckQuestions,
} from '../../../src/lib/quiz.ts';
import {
  QUESTION_TYPES,
  type BankQuestion,
  type QuestionOf,
  type QuestionType,
} from '../../../src/lib/schemas/question-schema.ts';
import { bank, lessonFiles } from './real-bank.ts';

function first<T extends QuestionType>(type: T): BankQuestion & QuestionOf<T> {
  const question = bank.find((q): q is BankQuestion & QuestionOf<T> => q.type === type);
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
    const thoughtful: QuestionOf<'fix-it'> = { ...first('fix-it'), required: 'thoughtful' };
    const needsWork: QuestionOf<'fix-it'> = { ...thoughtful, required: 'needs-work' };
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
  const pool = finalQuizPool(bank);
  const selfCheckIds = new Set(bank.filter((q) => q.selfCheck).map((q) => q.id));
  const mostPerLesson = Math.ceil(QUIZ_SIZE / new Set(pool.map((q) => q.lesson)).size);

  it('draws 12 different questions, none from a self-check, spread over the lessons and covering every type', () => {
    expect(selfCheckIds.size).toBeGreaterThan(0);
    for (const seed of seeds) {
      const drawn = drawQuiz(bank, seed);
      expect(drawn).toHaveLength(QUIZ_SIZE);
      expect(new Set(drawn.map((q) => q.id)).size).toBe(QUIZ_SIZE);
      expect(
        drawn.filter((q) => selfCheckIds.has(q.id)).map((q) => q.id),
        `seed ${seed}`,
      ).toEqual([]);
      const perLesson = new Map<string, number>();
      for (const q of drawn) perLesson.set(q.lesson, (perLesson.get(q.lesson) ?? 0) + 1);
      expect(Math.max(...perLesson.values()), `seed ${seed}: most questions from one lesson`).toBeLessThanOrEqual(
        mostPerLesson,
      );
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

  it('reaches every question outside the self-checks over many seeds', () => {
    const seen = new Set(seeds.flatMap((seed) => drawQuiz(bank, seed).map((q) => q.id)));
    expect(seen).toEqual(new Set(pool.map((q) => q.id)));
  });

  it('avoids the last attempt’s questions on a retry, while the bank allows', () => {
    for (const seed of seeds.slice(0, 50)) {
      const last = drawQuiz(bank, seed).map((q) => q.id);
      const retry = drawQuiz(bank, seed + 1, { avoid: last }).map((q) => q.id);
      expect(retry).toHaveLength(QUIZ_SIZE);
      expect(
        retry.filter((id) => last.includes(id)),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });

  it('tops up from the last attempt’s questions when too few others are left', () => {
    const small = pool.slice(0, 15);
    const last = drawQuiz(small, 5).map((q) => q.id);
    const retry = drawQuiz(small, 6, { avoid: last }).map((q) => q.id);
    expect(retry).toHaveLength(QUIZ_SIZE);
    const fresh = small.filter((q) => !last.includes(q.id)).map((q) => q.id);
    expect(fresh).toHaveLength(3);
    for (const id of fresh) expect(retry).toContain(id);
  });

  it('draws what it can from a small bank', () => {
    expect(drawQuiz(pool.slice(0, 5), 1)).toHaveLength(5);
    expect(
      drawQuiz(
        bank.filter((q) => q.selfCheck),
        1,
      ),
    ).toEqual([]);
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
  it('lists one full quiz covering every type, in course order, with no self-check question', () => {
    const order = lessonFiles.map((lesson) => lesson.id);
    const sample = sampleQuiz(bank, order);
    expect(sample).toHaveLength(QUIZ_SIZE);
    expect(new Set(sample.map((q) => q.id)).size).toBe(QUIZ_SIZE);
    expect(sample.some((q) => q.selfCheck)).toBe(false);
    expect(new Set(sample.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    const places = sample.map((q) => order.indexOf(q.lesson));
    expect(places).toEqual([...places].sort((x, y) => x - y));
  });
});

describe('selfCheckQuestions', () => {
  it('asks the questions of that lesson marked for its self-check, never a rewrite', () => {
    const lessons = [...new Set(bank.filter((q) => q.selfCheck).map((q) => q.lesson))];
    expect(lessons.length).toBeGreaterThanOrEqual(6);
    for (const lesson of lessons) {
      const picked = selfCheckQuestions(bank, lesson);
      expect(picked.length, lesson).toBeGreaterThanOrEqual(3);
      expect(picked.every((q) => q.lesson === lesson && q.selfCheck && q.type !== 'fix-it')).toBe(true);
      expect(picked).toEqual(bank.filter((q) => q.lesson === lesson && q.selfCheck));
    }
    expect(selfCheckQuestions(bank, 'no-such-lesson')).toEqual([]);
  });
});

describe('remembering the last attempt', () => {
  it('keeps the ids with the result, in progress that still validates', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const progress = rememberQuizQuestions(recordQuizResult(emptyProgress(now), { correct: 9, total: 12 }, now), [
      'a',
      'b',
    ]);
    expect(progress.quiz).toMatchObject({ last: { correct: 9, total: 12 }, lastQuestionIds: ['a', 'b'] });
    expect(parseProgress(JSON.stringify(progress))).toEqual({ progress });
  });
});

describe('results', () => {
  const lessons = [
    { id: 'impersonal', title: 'It’s impersonal' },
    { id: 'tell-me-why', title: 'It doesn’t say why' },
    { id: 'no-note-left', title: 'No note left?' },
    { id: 'wrap-up', title: 'Wrap-up' },
  ];

  it('breaks the results down by reason in lesson order, then by lesson for other topics', () => {
    const rows = breakdown(
      [
        { reason: 'why', lesson: 'tell-me-why', correct: true },
        { reason: 'impersonal', lesson: 'impersonal', correct: false },
        { reason: 'why', lesson: 'wrap-up', correct: false },
        { lesson: 'wrap-up', correct: true },
        { reason: 'impersonal', lesson: 'impersonal', correct: true },
        { lesson: 'no-note-left', correct: false },
        { lesson: 'wrap-up', correct: true },
      ],
      lessons,
    );
    expect(rows).toEqual({
      reasons: [
        { key: 'impersonal', label: 'It’s impersonal', href: '/lessons/impersonal/', correct: 1, total: 2 },
        { key: 'why', label: 'It doesn’t say why', href: '/lessons/tell-me-why/', correct: 1, total: 2 },
      ],
      others: [
        { key: 'no-note-left', label: 'No note left?', href: '/lessons/no-note-left/', correct: 0, total: 1 },
        { key: 'wrap-up', label: 'Wrap-up', href: '/lessons/wrap-up/', correct: 2, total: 2 },
      ],
    });
  });

  it('passes at 80%', () => {
    expect(hasPassed(10, 12)).toBe(true);
    expect(hasPassed(9, 12)).toBe(false);
    expect(hasPassed(8, 10)).toBe(true);
    expect(hasPassed(0, 0)).toBe(false);
    expect(percent(10, 12)).toBe(83);
  });
});
