import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/index.ts';
import { finalQuizPool } from '../../../src/lib/quiz.ts';
import { REASON_IDS } from '../../../src/lib/reasons.ts';
import {
  bankProblems,
  LESSON_SECTION,
  MIN_QUESTIONS_PER_REASON,
  QUESTION_TYPES,
} from '../../../src/lib/schemas/question-schema.ts';
import { bank, bankFiles, lessonFiles } from './real-bank.ts';

/** Fewest questions the whole bank must hold (issue 13). */
const MIN_BANK = 90;

/** The `lesson` attribute of every `<SelfCheck … />` a lesson's MDX shows. */
function selfChecksShown(body: string): string[] {
  return [...body.matchAll(/^<SelfCheck\s+lesson="([^"]*)"\s*\/>/gm)].map((match) => match[1] ?? '');
}

/** Wrong claims and absurd options an editor's review removed; they must not come back. */
const RETIRED = [/more likely to accept/i, /how dare they/i, /praise is always rude/i, /will see their contacts/i];

describe('the question bank', () => {
  it('passes the bank rules', () => {
    expect(bankProblems(bankFiles, lessonFiles)).toEqual([]);
  });

  it(`holds at least ${MIN_BANK} questions, at least five per reason`, () => {
    expect(bank.length).toBeGreaterThanOrEqual(MIN_BANK);
    for (const reason of REASON_IDS) {
      expect(bank.filter((q) => q.reason === reason).length, reason).toBeGreaterThanOrEqual(MIN_QUESTIONS_PER_REASON);
    }
  });

  it('has questions for every lesson, in a file named after it', () => {
    const files = bankFiles.map((file) => file.lesson);
    for (const lesson of lessonFiles) {
      expect(files, `src/content/questions/${lesson.id}.yaml`).toContain(lesson.id);
      expect(bank.filter((q) => q.lesson === lesson.id).length, lesson.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives every lesson that shows a self-check its own questions for it, and no other lesson any', () => {
    for (const lesson of lessonFiles) {
      const shown = selfChecksShown(lesson.body);
      const marked = bank.filter((q) => q.lesson === lesson.id && q.selfCheck);
      expect(
        shown.every((id) => id === lesson.id),
        `${lesson.id}: <SelfCheck lesson="…"> names another lesson`,
      ).toBe(true);
      if (shown.length > 0) {
        expect(marked.length, `${lesson.id}: self-check questions`).toBeGreaterThanOrEqual(3);
      } else {
        expect(
          marked.map((q) => q.id),
          `${lesson.id} shows no self-check`,
        ).toEqual([]);
      }
    }
  });

  it('keeps enough questions for the final quiz outside the self-checks, every type among them', () => {
    const pool = finalQuizPool(bank);
    expect(pool.length).toBeGreaterThanOrEqual(48);
    for (const type of QUESTION_TYPES) {
      expect(pool.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(4);
    }
  });

  it('links every explanation to a section that exists in its lesson, and names that lesson', () => {
    const lessons = new Map(lessonFiles.map((lesson) => [lesson.id, lesson]));
    for (const question of bank) {
      const [, slug = '', anchor = ''] = LESSON_SECTION.exec(question.lessonSection) ?? [];
      const lesson = lessons.get(slug);
      expect(lesson, `${question.id}: lessonSection names no lesson`).toBeDefined();
      expect(lesson?.anchors, `${question.id}: lessonSection`).toContain(anchor);
      expect(question.explanation, `${question.id}: explanation should name “${question.linkTitle}”`).toContain(
        `“${question.linkTitle}”`,
      );
    }
  });

  it('keeps every note within the free account’s 200 characters', () => {
    for (const question of bank) {
      const notes =
        question.type === 'better-of-two'
          ? [question.noteA, question.noteB]
          : question.type === 'spot-phrases'
            ? [question.note]
            : question.type === 'fix-it'
              ? [question.note, question.modelAnswer]
              : [];
      for (const note of notes) expect([...note].length, question.id).toBeLessThanOrEqual(200);
    }
  });

  it('rarely pits a stock line against a good note, and puts the better note first about as often as second', () => {
    const pairs = bank.filter((q) => q.type === 'better-of-two');
    const easy = pairs.filter((q) => gradeNote(q.better === 'a' ? q.noteB : q.noteA).verdict === 'default');
    expect(easy.length, `weaker note is a default in ${easy.map((q) => q.id).join(', ')}`).toBeLessThanOrEqual(
      Math.floor(pairs.length / 5),
    );
    const firsts = pairs.filter((q) => q.better === 'a').length;
    expect(firsts / pairs.length).toBeGreaterThanOrEqual(0.3);
    expect(firsts / pairs.length).toBeLessThanOrEqual(0.7);
  });

  it('has none of the retired claims and options', () => {
    const text = JSON.stringify(bank);
    for (const phrase of RETIRED) expect(text).not.toMatch(phrase);
  });
});
