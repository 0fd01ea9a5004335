/**
 * The quiz's rules, free of any UI: scoring each question type, choosing each lesson's self-check,
 * drawing a fair final quiz from the other questions with a seeded random generator (avoiding the
 * last attempt's questions while the bank allows), and summing results by reason and by lesson.
 *
 * Runs in the browser, so it imports only types from the schema (no zod at run time) and nothing
 * from the grader: a fix-it answer arrives already graded (see `quiz-fix-it.ts`), which keeps the
 * grader out of every page that shows no fix-it question.
 */
import type { Verdict } from './grader/index.ts';
import type { Progress } from './progress.ts';
import { REASON_IDS, REASON_LABELS, REASON_LESSON_SLUGS, type ReasonId } from './reasons.ts';
import type { BankQuestion, LessonTitle, Question, QuestionOf, QuestionType } from './schemas/question-schema.ts';

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

/** What the draw needs to know of a question. */
type Drawable = Pick<BankQuestion, 'id' | 'lesson' | 'type' | 'selfCheck'>;

/** The questions the final quiz may draw: every question no lesson's self-check asks. */
export function finalQuizPool<Q extends Pick<BankQuestion, 'selfCheck'>>(bank: readonly Q[]): Q[] {
  return bank.filter((question) => !question.selfCheck);
}

/**
 * Up to `size` questions from `pool`, one at a time: each time the question whose lesson the draw has
 * asked least, and among those the one whose type it has asked least, ties broken by a shuffle. So the
 * draw spreads over the lessons and covers every type the pool has before any type comes twice.
 */
function spreadDraw<Q extends Drawable>(
  pool: readonly Q[],
  size: number,
  random: () => number,
  counts: { lessons: Map<string, number>; types: Map<QuestionType, number> },
): Q[] {
  const remaining = shuffle(pool, random);
  const weight = (q: Q): [number, number] => [counts.lessons.get(q.lesson) ?? 0, counts.types.get(q.type) ?? 0];
  const picked: Q[] = [];
  while (picked.length < size && remaining.length > 0) {
    let best = 0;
    remaining.forEach((question, index) => {
      const [lesson, type] = weight(question);
      const [bestLesson, bestType] = weight(remaining[best] as Q);
      if (lesson < bestLesson || (lesson === bestLesson && type < bestType)) best = index;
    });
    const [question] = remaining.splice(best, 1);
    if (!question) break;
    picked.push(question);
    counts.lessons.set(question.lesson, (counts.lessons.get(question.lesson) ?? 0) + 1);
    counts.types.set(question.type, (counts.types.get(question.type) ?? 0) + 1);
  }
  return picked;
}

/** Options for a draw. */
export interface DrawOptions {
  /** How many questions to draw; the quiz's size by default. */
  size?: number;
  /** Ids of questions to leave out while the bank has enough others: the last attempt's. */
  avoid?: readonly string[];
}

/**
 * Draws the final quiz: `size` questions that no self-check asks, spread over the lessons and
 * covering every question type the pool has where the draw is big enough, in a shuffled order. Questions in
 * `avoid` are drawn only when the others run out. Deterministic for a given seed.
 */
export function drawQuiz<Q extends Drawable>(bank: readonly Q[], seed: number, options: DrawOptions = {}): Q[] {
  const { size = QUIZ_SIZE, avoid = [] } = options;
  const random = seededRandom(seed);
  const pool = finalQuizPool(bank);
  const counts = { lessons: new Map<string, number>(), types: new Map<QuestionType, number>() };
  const fresh = spreadDraw(
    pool.filter((q) => !avoid.includes(q.id)),
    size,
    random,
    counts,
  );
  const again = spreadDraw(
    pool.filter((q) => avoid.includes(q.id)),
    size - fresh.length,
    random,
    counts,
  );
  return shuffle([...fresh, ...again], random);
}

/** The seed of the one fixed draw the quiz page lists for reading without JavaScript. */
export const SAMPLE_SEED = 1;

/**
 * A stable, representative quiz for the page without JavaScript (listing the whole bank would make
 * the page too heavy for its first round trip), ordered as the lessons are in `lessonOrder`.
 */
export function sampleQuiz<Q extends Drawable>(bank: readonly Q[], lessonOrder: readonly string[]): Q[] {
  const place = (q: Q) => lessonOrder.indexOf(q.lesson);
  return drawQuiz(bank, SAMPLE_SEED).sort((a, b) => place(a) - place(b));
}

/** The questions a lesson's self-check asks: those of the lesson marked `selfCheck`, in file order. */
export function selfCheckQuestions<Q extends Pick<BankQuestion, 'lesson' | 'selfCheck'>>(
  bank: readonly Q[],
  lesson: string,
): Q[] {
  return bank.filter((q) => q.lesson === lesson && q.selfCheck);
}

/** Progress with the ids of the questions just asked in the final quiz, so "try again" can avoid them. */
export function rememberQuizQuestions(progress: Progress, ids: readonly string[]): Progress {
  return { ...progress, quiz: { ...progress.quiz, lastQuestionIds: [...ids] } };
}

/** One row of the results: how the learner did on one reason, or on one lesson's other questions. */
export interface ResultRow {
  /** The reason, or for a question on no reason its lesson's slug. */
  key: string;
  /** The reason's label, or the lesson's title. */
  label: string;
  /** Root-relative link to the lesson to revisit. */
  href: string;
  /** Questions answered correctly. */
  correct: number;
  /** Questions asked. */
  total: number;
}

/** The results split in two: by reason, and by lesson for the questions on other topics. */
export interface Breakdown {
  /** One row per reason asked, in lesson order. */
  reasons: ResultRow[];
  /** One row per lesson whose questions have no reason (the limits, the steps, situations…), in course order. */
  others: ResultRow[];
}

/** One checked question, as the breakdown needs it. */
export interface Outcome {
  /** The reason the question practises, if any. */
  reason?: ReasonId | undefined;
  /** The lesson it belongs to. */
  lesson: string;
  /** Whether the answer was right. */
  correct: boolean;
}

function row(key: string, label: string, href: string, mine: readonly Outcome[]): ResultRow {
  return { key, label, href, correct: mine.filter((o) => o.correct).length, total: mine.length };
}

/**
 * Results by reason in lesson order, then by lesson (in the order of `lessons`) for questions with
 * no reason. Reasons and lessons that were not asked get no row.
 */
export function breakdown(results: readonly Outcome[], lessons: readonly LessonTitle[]): Breakdown {
  const reasons = REASON_IDS.flatMap((reason) => {
    const mine = results.filter((result) => result.reason === reason);
    return mine.length === 0
      ? []
      : [row(reason, REASON_LABELS[reason], `/lessons/${REASON_LESSON_SLUGS[reason]}/`, mine)];
  });
  const others = lessons.flatMap((lesson) => {
    const mine = results.filter((result) => result.reason === undefined && result.lesson === lesson.id);
    return mine.length === 0 ? [] : [row(lesson.id, lesson.title, `/lessons/${lesson.id}/`, mine)];
  });
  return { reasons, others };
}

/** True when `correct` out of `total` reaches the pass mark. */
export function hasPassed(correct: number, total: number): boolean {
  return total > 0 && correct / total >= PASS_MARK;
}

/** A score as a whole percentage. */
export function percent(correct: number, total: number): number {
  return total > 0 ? Math.round((correct / total) * 100) : 0;
}
