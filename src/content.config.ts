import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonSchema } from './lib/schemas/lesson-schema.ts';
import { ExerciseSchema } from './lib/schemas/exercise-schema.ts';
import { QuestionFileSchema } from './lib/schemas/question-schema.ts';
import { ReplySchema } from './lib/schemas/reply-schema.ts';

/** The course’s lessons, one MDX file each; the file name is the URL slug. */
const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/lessons' }),
  schema: LessonSchema,
});

/** Rewrite exercises, one YAML file each; the file name is the exercise id. */
const exercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/exercises' }),
  schema: ExerciseSchema,
});

/**
 * The quiz question bank, one YAML file per lesson, named after the lesson's slug; bank-wide rules
 * (ids, lessons, links, reasons) run where the bank is read, with the lessons at hand.
 */
const questions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/questions' }),
  schema: QuestionFileSchema,
});

/** The reply kit’s ready-made replies to blank invitations, one YAML file each; the file name is the id. */
const replies = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/replies' }),
  schema: ReplySchema,
});

export const collections = { lessons, exercises, questions, replies };
