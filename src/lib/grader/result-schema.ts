/**
 * The shape of what the grader returns, as zod schemas: the UI renders a `Result`, the command line
 * prints one per line, and tests parse every result with `ResultSchema`.
 *
 * Only this file imports zod. The grader itself imports nothing but types from here, so zod stays
 * out of the browser bundle of `gradeNote`.
 */
import { z } from 'astro/zod';
import { REASON_IDS } from '../reasons.ts';

/** Machine-readable flags a result may carry, each with what it means. */
export const FLAG_DESCRIPTIONS = {
  empty: 'Nothing visible was written: the invitation would go out blank.',
  'default-text':
    'The note is LinkedIn’s stock text or a close variant, whatever greeting, name or signature surrounds it.',
  'stock-phrase': 'A longer note contains a stock sentence such as “I’d like to add you to my professional network”.',
  placeholder: 'An unfilled template field such as {{first_name}}, [Name] or <name>.',
  'over-limit': 'The note is longer than the limit, so LinkedIn will not send it as it is.',
  'not-english': 'The note is clearly not English; the grader reads English only and judges only what it can.',
  pitch: 'A sales pitch: a product, a service, a demo, an offer, a promise of revenue.',
  demand: 'A demand on a stranger: a job, a referral, a call, minutes of their time, a click, an endorsement.',
  'soft-ask': 'A gentler ask for time in the first note: a chat, a coffee, advice.',
  rude: 'Pushy wording: insisting on acceptance, urgency, blame.',
  shouting: 'Three or more words in a row written in capitals.',
  'network-collecting': 'Collecting connections: “expand my network”, open networking, connection counts.',
  flattery: 'Praise that fits any profile, such as “impressive profile”.',
  'impersonal-greeting': 'A greeting that addresses nobody in particular: “Dear Sir/Madam”, “Hi there”.',
  generic: 'A “how we know each other” that is true of everyone: “came across your profile”, mutual connection counts.',
  link: 'A web address.',
  textspeak: 'Text-speak such as “pls” or “thx”.',
  boilerplate:
    'Mass-written boilerplate: “I hope this message finds you well”, “your impressive journey”, “synergies”, “explore potential collaboration opportunities”.',
  'wrong-name': 'The note greets someone other than the recipient the writer named: it is never thoughtful.',
  'no-context': 'Nothing says how the writer knows the recipient or what prompted the note.',
  'no-reason': 'Nothing says why the writer wants to connect.',
} as const;

/** One of the flags in `FLAG_DESCRIPTIONS`. */
export type Flag = keyof typeof FLAG_DESCRIPTIONS;

const FLAGS = Object.keys(FLAG_DESCRIPTIONS) as [Flag, ...Flag[]];

/** The ids of the criteria, in the order a result lists them: the six reasons, then the length limit. */
export const CRITERION_IDS = [...REASON_IDS, 'length'] as const;

/** How the note is judged overall. */
export const VerdictSchema = z
  .enum(['default', 'lazy', 'needs-work', 'thoughtful'])
  .describe(
    'default: empty, or LinkedIn’s stock text or a close variant; lazy: could be sent to anyone, or a pitch, a demand, network collecting, an unfilled template; needs-work: personal in part but something important is missing (or over the limit); thoughtful: specific to this person, says how you know them or what prompted it and why you want to connect, polite, no pitch, within the limit.',
  );

/** One of the six reasons, or `length` for the character limit. */
export const CriterionIdSchema = z
  .enum(CRITERION_IDS)
  .describe('A reason id from src/lib/reasons.ts, or "length" for the character limit.');

/** The character limit: 200 on a free account, 300 on Premium. */
export const LimitSchema = z
  .union([z.literal(200), z.literal(300)], { error: 'must be 200 (a free account) or 300 (Premium)' })
  .describe('The character limit the note must fit: 200 on a free account, 300 on Premium.');

const keywords = (what: string) => z.array(z.string().trim().min(1)).min(1).describe(what);

/** What an exercise tells the writer about the recipient, so the grader can check the note uses it. */
export const ScenarioSchema = z
  .object({
    name: keywords(
      'Ways the note may name the recipient; any one counts, e.g. ["Priya", "Ms Shah"]. Matched case-insensitively as whole words.',
    ),
    context: keywords(
      'Keywords for how the writer knows them or what prompted the note; any one counts, e.g. ["DevOpsDays", "alert fatigue"]. Plural and -ed/-ing endings match too.',
    ),
    want: keywords(
      'Keywords for what the writer wants from connecting; any one counts, e.g. ["runbook", "on-call"]. Plural and -ed/-ing endings match too.',
    ),
  })
  .describe('An exercise scenario: the recipient’s name, how the writer knows them and what the writer wants.');

/** The options `gradeNote` accepts, as the command line validates them. */
export const GradeOptionsSchema = z
  .object({
    limit: LimitSchema.optional().describe('The character limit; 200 when left out.'),
    scenario: ScenarioSchema.optional().describe('An exercise scenario to check the note against.'),
    recipient: z
      .string()
      .trim()
      .max(80)
      .optional()
      .describe(
        'The recipient’s name as the writer gave it (the checker’s name field); a note that greets someone else is flagged wrong-name.',
      ),
  })
  .describe('Options for gradeNote.');

/** How one criterion went. */
export const StatusSchema = z
  .enum(['pass', 'partial', 'fail'])
  .describe('pass: the note does this well; partial: a start, but not enough; fail: missing or wrong.');

/** The judgement on one criterion. */
export const CriterionSchema = z
  .object({
    id: CriterionIdSchema,
    label: z.string().min(1).describe('A short title for the criterion, as the lessons name it.'),
    status: StatusSchema,
    message: z
      .string()
      .min(1)
      .describe('One sentence addressed to the writer, quoting the words that led to the judgement.'),
    evidence: z
      .array(z.string())
      .describe('The words of the note that led to the judgement, quoted as written; may be empty.'),
    suggestion: z.string().min(1).describe('One concrete thing the writer can do next.'),
    href: z
      .string()
      .startsWith('/')
      .describe('Root-relative link to the lesson section that teaches this, without the site base path.'),
  })
  .describe('The judgement on one of the six reasons or on the length limit.');

/** A marked stretch of the note. */
export const HighlightSchema = z
  .object({
    start: z.number().int().min(0).describe('UTF-16 offset into the original note where the stretch starts.'),
    end: z
      .number()
      .int()
      .min(1)
      .describe('UTF-16 offset into the original note just after the stretch; always greater than start.'),
    kind: z.enum(['problem', 'strength']).describe('Whether the stretch hurts or helps the note.'),
    reason: CriterionIdSchema,
    message: z.string().min(1).describe('One sentence about this stretch, addressed to the writer.'),
  })
  .refine((highlight) => highlight.start < highlight.end, 'A highlight must not be empty.')
  .describe(
    'A stretch of the note to mark, for problems (stock phrases, pitches, placeholders…) and strengths (their name, the shared context, the reason, thanks).',
  );

/** Points taken off the score, and why. */
export const PenaltySchema = z
  .object({
    points: z.number().int().min(1).max(100).describe('How many points this problem takes off.'),
    reason: CriterionIdSchema,
    message: z.string().min(1).describe('One sentence naming the words that cost the points.'),
    evidence: z.array(z.string()).describe('The words of the note that cost the points, quoted as written.'),
  })
  .describe('A deduction from the score, so the writer can see why the score is what it is.');

/** Everything the grader says about one note. */
export const ResultSchema = z
  .object({
    score: z
      .number()
      .int()
      .min(0)
      .max(100)
      .describe(
        'Points earned (context up to 30, reason up to 30, specific details 10, their name 5, thanks or an offer 10, fitting the limit 10, own words 5) minus penalties, kept inside the verdict’s band: default 0–9, lazy 10–39, needs-work 40–69, thoughtful 70–100.',
      ),
    verdict: VerdictSchema,
    summary: z.string().min(1).describe('One sentence for the writer that sums up the verdict.'),
    criteria: z
      .array(CriterionSchema)
      .length(CRITERION_IDS.length)
      .describe('One judgement per reason (impersonal, lazy, rude, quantity, why, favor), then length.'),
    highlights: z
      .array(HighlightSchema)
      .describe('Marked stretches of the note, sorted by start and never overlapping.'),
    flags: z.array(z.enum(FLAGS)).describe('Machine-readable flags; see FLAG_DESCRIPTIONS for each.'),
    penalties: z.array(PenaltySchema).describe('Deductions from the score, largest first.'),
    length: z
      .number()
      .int()
      .min(0)
      .describe(
        'The note’s length in characters as LinkedIn counts them: code points, spaces and line breaks included, CRLF as one.',
      ),
    limit: LimitSchema,
  })
  .refine(
    (result) => result.highlights.every((h, i, all) => i === 0 || (all[i - 1]?.end ?? 0) <= h.start),
    'Highlights must be sorted and must not overlap.',
  )
  .describe('What gradeNote says about one note.');

/** What gradeNote returns. */
export type Result = z.output<typeof ResultSchema>;
/** One of the four verdicts. */
export type Verdict = z.output<typeof VerdictSchema>;
/** A reason id or `length`. */
export type CriterionId = z.output<typeof CriterionIdSchema>;
/** pass, partial or fail. */
export type Status = z.output<typeof StatusSchema>;
/** The judgement on one criterion. */
export type Criterion = z.output<typeof CriterionSchema>;
/** A marked stretch of the note. */
export type Highlight = z.output<typeof HighlightSchema>;
/** A deduction from the score. */
export type Penalty = z.output<typeof PenaltySchema>;
/** An exercise scenario. */
export type Scenario = z.input<typeof ScenarioSchema>;
