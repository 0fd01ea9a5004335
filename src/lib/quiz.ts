/**
 * The quiz's rules, free of any UI: scoring each question type, drawing a fair set of questions
 * from the bank with a seeded random generator, and summing results by reason.
 *
 * Runs in the browser, so it imports only types from the schema (no zod at run time) and nothing
 * from the grader: a fix-it answer arrives already graded (see `quiz-fix-it.ts`), which keeps the
 * grader out of every page that shows no fix-it question.
 */
import type { Verdict } from './grader/index.ts';
import { REASON_IDS, REASON_LABELS, REASON_LESSON_SLUGS, type ReasonId } from './reasons.ts';
import type { Question, QuestionOf, QuestionType } from './schemas/question-schema.ts';

/** The grader's verdicts, weakest first. */
export const VERDICT_ORDER: readonly Verdict[] = ['default', 'lazy', 'needs-work', 'thoughtful'];

/** How each verdict reads in feedback. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  default: 'default',
  lazy: 'lazy',
  'needs-work': 'needs work',
  thoughtful: 'thoughtful',
};

/** Share of correct answers needed to pass the final quiz. */
export const PASS_MARK = 0.8;
/** How many questions the final quiz draws. */
export const QUIZ_SIZE = 12;

/** What the learner gave for one question, shaped by the question's type. */
export type Answer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: readonly string[] }
  | { type: 'better-of-two'; choice: 'a' | 'b' }
  | { type: 'spot-phrases'; selected: readonly number[] }
  | { type: 'fix-it'; text: string; verdict: Verdict };

/** The outcome of one answer. */
export interface Score {
  /** True when the answer is fully right. */
  correct: boolean;
  /** Option ids or phrase indexes that were right to pick but not picked. */
  missed: (string | number)[];
  /** Option ids or phrase indexes picked that should not have been. */
  wrong: (string | number)[];
  /** For fix-it: the grader's verdict on the rewrite. */
  verdict?: Verdict;
}

/** True when `verdict` is at least as good as `required`. */
export function meetsVerdict(verdict: Verdict, required: Verdict): boolean {
  return VERDICT_ORDER.indexOf(verdict) >= VERDICT_ORDER.indexOf(required);
}

/** The indexes of the lazy phrases of a spot-phrases question. */
export function lazyPhraseIndexes(question: QuestionOf<'spot-phrases'>): number[] {
  return question.phrases.flatMap((phrase, index) => (phrase.lazy ? [index] : []));
}

function compareSets<T extends string | number>(expected: readonly T[], given: readonly T[]): Score {
  const missed = expected.filter((item) => !given.includes(item));
  const wrong = [...new Set(given)].filter((item) => !expected.includes(item));
  return { correct: missed.length === 0 && wrong.length === 0, missed, wrong };
}

/** Scores one answer. An answer of another type than its question is simply wrong. */
export function scoreAnswer(question: Question, answer: Answer): Score {
  if (question.type === 'single' && answer.type === 'single') {
    const correct = answer.optionId === question.answer;
    return { correct, missed: correct ? [] : [question.answer], wrong: correct ? [] : [answer.optionId] };
  }
  if (question.type === 'multiple' && answer.type === 'multiple')
    return compareSets(question.answers, answer.optionIds);
  if (question.type === 'better-of-two' && answer.type === 'better-of-two') {
    const correct = answer.choice === question.better;
    return { correct, missed: correct ? [] : [question.better], wrong: correct ? [] : [answer.choice] };
  }
  if (question.type === 'spot-phrases' && answer.type === 'spot-phrases') {
    return compareSets(lazyPhraseIndexes(question), answer.selected);
  }
  if (question.type === 'fix-it' && answer.type === 'fix-it') {
    const correct = answer.text.trim() !== question.note.trim() && meetsVerdict(answer.verdict, question.required);
    return { correct, missed: [], wrong: [], verdict: answer.verdict };
  }
  return { correct: false, missed: [], wrong: [] };
}

/** The right answer in words, for feedback and for the page without JavaScript. */
export function describeAnswer(question: Question): string[] {
  switch (question.type) {
    case 'single':
      return question.options.filter((option) => option.id === question.answer).map((option) => option.text);
    case 'multiple':
      return question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.text);
    case 'better-of-two':
      return [question.better === 'a' ? `Note A: “${question.noteA}”` : `Note B: “${question.noteB}”`];
    case 'spot-phrases':
      return question.phrases.filter((phrase) => phrase.lazy).map((phrase) => `“${phrase.text.trim()}”`);
    case 'fix-it':
      return [`“${question.modelAnswer}”`];
  }
}

/** A small, fast seeded generator (mulberry32): the same seed always gives the same draw. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new seed for a fresh draw. */
export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * Draws `size` questions spread evenly over the reasons, covering every question type the bank has
 * where the draw is big enough, in a shuffled order. Deterministic for a given seed.
 */
export function drawQuiz<Q extends Pick<Question, 'id' | 'reason' | 'type'>>(
  bank: readonly Q[],
  seed: number,
  size = QUIZ_SIZE,
): Q[] {
  const random = seededRandom(seed);
  const pools = new Map<ReasonId, Q[]>(
    shuffle(REASON_IDS, random).map((reason) => [
      reason,
      shuffle(
        bank.filter((q) => q.reason === reason),
        random,
      ),
    ]),
  );
  const picked: Q[] = [];
  const typeCount = new Map<QuestionType, number>();
  const pickFrom = (pool: Q[]): void => {
    // Prefer the type the draw has least of, so every type shows up and none crowds the others.
    const fewest = Math.min(...pool.map((q) => typeCount.get(q.type) ?? 0));
    const index = pool.findIndex((q) => (typeCount.get(q.type) ?? 0) === fewest);
    const [question] = pool.splice(index, 1);
    if (!question) return;
    picked.push(question);
    typeCount.set(question.type, (typeCount.get(question.type) ?? 0) + 1);
  };
  while (picked.length < size && [...pools.values()].some((pool) => pool.length > 0)) {
    for (const pool of pools.values()) {
      if (picked.length < size && pool.length > 0) pickFrom(pool);
    }
  }
  return shuffle(picked, random);
}

/** The seed of the one fixed draw the quiz page lists for reading without JavaScript. */
export const SAMPLE_SEED = 1;

/**
 * A stable, representative quiz (every reason, every type) for the page without JavaScript: listing
 * the whole bank would make the page too heavy for its first round trip. Ordered as the lessons are.
 */
export function sampleQuiz<Q extends Pick<Question, 'id' | 'reason' | 'type'>>(bank: readonly Q[]): Q[] {
  const drawn = drawQuiz(bank, SAMPLE_SEED);
  return REASON_IDS.flatMap((reason) => drawn.filter((q) => q.reason === reason));
}

/**
 * The questions a lesson's self-check asks: up to `count` of the reason, of different types where
 * possible, leaving out fix-it (the lesson's own exercise already asks for a rewrite).
 */
export function selfCheckQuestions<Q extends Pick<Question, 'reason' | 'type'>>(
  bank: readonly Q[],
  reason: ReasonId,
  count = 3,
): Q[] {
  const candidates = bank.filter((q) => q.reason === reason && q.type !== 'fix-it');
  const picked: Q[] = [];
  for (const question of candidates) {
    if (picked.length < count && !picked.some((p) => p.type === question.type)) picked.push(question);
  }
  for (const question of candidates) {
    if (picked.length < count && !picked.includes(question)) picked.push(question);
  }
  return picked;
}

/** One row of the results: how the learner did on one reason. */
export interface ReasonResult {
  /** The reason. */
  reason: ReasonId;
  /** Its label, as the lessons title it. */
  label: string;
  /** Root-relative link to its lesson. */
  href: string;
  /** Questions of this reason answered correctly. */
  correct: number;
  /** Questions of this reason asked. */
  total: number;
}

/** Results by reason, in lesson order, for the reasons that were asked. */
export function breakdownByReason(results: readonly { reason: ReasonId; correct: boolean }[]): ReasonResult[] {
  return REASON_IDS.flatMap((reason) => {
    const mine = results.filter((result) => result.reason === reason);
    if (mine.length === 0) return [];
    return [
      {
        reason,
        label: REASON_LABELS[reason],
        href: `/lessons/${REASON_LESSON_SLUGS[reason]}/`,
        correct: mine.filter((result) => result.correct).length,
        total: mine.length,
      },
    ];
  });
}

/** True when `correct` out of `total` reaches the pass mark. */
export function hasPassed(correct: number, total: number): boolean {
  return total > 0 && correct / total >= PASS_MARK;
}

/** A score as a whole percentage. */
export function percent(correct: number, total: number): number {
  return total > 0 ? Math.round((correct / total) * 100) : 0;
}
