import { z } from 'astro/zod';
import { REASON_IDS } from '../reasons.ts';

/** Longest description we accept: search engines and link previews cut around here. */
export const DESCRIPTION_MAX = 160;

/** Front matter of one lesson (an MDX file in `src/content/lessons/`). */
export const LessonSchema = z
  .object({
    title: z.string().trim().min(3).max(80).describe('The lesson’s title, as shown in headings and the course map.'),
    description: z
      .string()
      .trim()
      .min(20)
      .max(DESCRIPTION_MAX, `keep the description to ${DESCRIPTION_MAX} characters or fewer: previews cut it there`)
      .describe('One sentence for link previews and the course map.'),
    order: z.number().int().min(0).max(99).describe('Position in the course, from 0.'),
    reason: z
      .enum(REASON_IDS)
      .optional()
      .describe(
        'The reason of the essay this lesson teaches; absent for the overview, today’s reality and the wrap-up.',
      ),
    minutes: z.number().int().min(1).max(15).describe('Minutes of reading, at about 200 words a minute.'),
    takeaway: z
      .string()
      .trim()
      .min(10)
      .max(240)
      .describe('The one thing to remember, shown at the end and on the course map.'),
  })
  .strict();

/** Lesson front matter as written. */
export type LessonInput = z.input<typeof LessonSchema>;
/** Lesson front matter after validation. */
export type LessonData = z.output<typeof LessonSchema>;
