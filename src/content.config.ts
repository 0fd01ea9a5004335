import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonSchema } from './lib/schemas/lesson-schema.ts';

/** The course’s lessons, one MDX file each; the file name is the URL slug. */
const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/lessons' }),
  schema: LessonSchema,
});

export const collections = { lessons };
