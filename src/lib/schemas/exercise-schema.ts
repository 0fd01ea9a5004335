import { z } from 'astro/zod';
import { countCharacters } from '../grader/length.ts';
import { REASON_LESSONS } from '../reasons.ts';

/** Longest model answer we accept: the free account’s note limit, so every answer works for everyone. */
export const MODEL_ANSWER_MAX = 200;

/**
 * Lessons that carry rewrite exercises: the six reason lessons, the lessons on machine-written notes,
 * the two on situations and the one on writing in a second language, and the wrap-up.
 */
export const EXERCISE_LESSONS = [
  ...REASON_LESSONS,
  'machine-written-notes',
  'situations',
  'situations-cold',
  'second-language',
  'wrap-up',
] as const;

const keywords = z
  .array(z.string().trim().min(2).max(60))
  .min(1)
  .max(12)
  .describe(
    'Words or short phrases (any one is enough) that show a note mentions this fact; matched case-insensitively.',
  );

/** One fact of the scenario, as told to the learner and as the grader looks for it. */
export const ScenarioFactSchema = z
  .object({
    text: z.string().trim().min(10).max(240).describe('The fact in a sentence, as the scenario card shows it.'),
    keywords: keywords,
  })
  .strict();

/** One rewrite exercise: a situation, the lazy note to start from and what a good rewrite looks like. */
export const ExerciseSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens')
      .describe('Stable id, used in the page (`data-exercise`) and in saved progress; must match the file name.'),
    lesson: z.enum(EXERCISE_LESSONS).describe('Slug of the lesson that shows this exercise.'),
    title: z.string().trim().min(3).max(80).describe('Short name of the situation, shown as the card’s heading.'),
    recipient: z
      .object({
        name: z
          .string()
          .trim()
          .min(2)
          .max(40)
          .describe('The name the note should greet: a first name, or a title and family name for a formal note.'),
        role: z.string().trim().min(3).max(120).describe('Who they are, in a few words.'),
      })
      .strict()
      .describe('The person the note goes to.'),
    howYouKnowThem: ScenarioFactSchema.describe('How the writer knows the recipient or what they share.'),
    whatYouWant: ScenarioFactSchema.describe('Why the writer wants to connect.'),
    lazyNote: z.string().trim().min(1).max(300).describe('The lazy or default note the learner starts from.'),
    modelAnswers: z
      .array(
        z
          .string()
          .trim()
          .min(40)
          .refine(
            (text) => countCharacters(text) <= MODEL_ANSWER_MAX,
            `keep each model answer within ${MODEL_ANSWER_MAX} characters (spaces count)`,
          ),
      )
      .min(1)
      .max(3)
      .describe('Good rewrites, each within 200 characters; every one must be rated thoughtful by the grader.'),
    hints: z
      .array(z.string().trim().min(10).max(200))
      .min(2)
      .max(3)
      .describe('Progressive hints, from a gentle nudge to nearly the answer; revealed one at a time.'),
  })
  .strict();

/** An exercise as written in its YAML file. */
export type ExerciseInput = z.input<typeof ExerciseSchema>;
/** An exercise after validation. */
export type ExerciseData = z.output<typeof ExerciseSchema>;
