import { z } from 'astro/zod';

/** Longest reply we accept: short enough to read in a glance and to fit a LinkedIn message easily. */
export const REPLY_MAX = 400;

/** One ready-made reply to a blank or default invitation, in `src/content/replies/<id>.yaml`. */
export const ReplySchema = z
  .object({
    order: z.number().int().min(0).max(99).describe('Position on the reply kit page, from 0.'),
    title: z
      .string()
      .trim()
      .min(3)
      .max(60)
      .describe('Who sent the invitation, as the card’s heading, e.g. “A recruiter”.'),
    situation: z.string().trim().min(10).max(200).describe('One sentence on when this reply fits.'),
    text: z
      .string()
      .trim()
      .min(40)
      .max(REPLY_MAX, `keep a reply to ${REPLY_MAX} characters or fewer: short replies get read`)
      .refine(
        (text) => !/\[[^\]]*\]|\{\{/.test(text),
        'no placeholders such as [Name] or {{name}}: a reply must read well as it is',
      )
      .describe('The reply, kind and short, ready to send without edits; the learner may still change it.'),
  })
  .strict();

/** A reply as written in YAML. */
export type ReplyInput = z.input<typeof ReplySchema>;
/** A reply after validation. */
export type ReplyData = z.output<typeof ReplySchema>;
