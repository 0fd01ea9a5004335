import { z } from 'astro/zod';
import { ScenarioSchema } from '../grader/result-schema.ts';
import { REASON_IDS } from '../reasons.ts';

/** Fewest questions the bank must hold for each reason, so the draw and the breakdown have enough. */
export const MIN_QUESTIONS_PER_REASON = 5;
/** Most questions a lesson's self-check may ask: it is a quick check, not a second quiz. */
export const MAX_SELF_CHECK = 4;

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A root-relative link into a lesson: its slug, then optionally a heading's anchor. */
export const LESSON_SECTION = /^\/lessons\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/;

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** One answer option of a `single` or `multiple` question. */
export const OptionSchema = z
  .object({
    id: z
      .string()
      .regex(kebab, 'option id: use lower-case letters, digits and hyphens, e.g. "a" or "no-name"')
      .describe('Short id the answer key points to, unique within the question.'),
    text: text(1, 300).describe('What the learner reads next to the radio button or checkbox.'),
  })
  .strict();

const common = {
  id: z
    .string()
    .regex(kebab, 'id: use lower-case letters, digits and hyphens, e.g. "impersonal-trust-line"')
    .describe('Unique id across the whole bank; used for test hooks and never shown.'),
  reason: z
    .enum(REASON_IDS)
    .optional()
    .describe(
      'The reason this question practises, for the results by reason; leave it out for a question on another topic (the limits, the steps, situations).',
    ),
  selfCheck: z
    .boolean()
    .default(false)
    .describe(
      'True when the lesson’s self-check asks this question. The final quiz never draws it, so learners meet it only once.',
    ),
  prompt: text(10, 400).describe('The question itself, shown as the legend of its fieldset; unique in the bank.'),
  explanation: text(20, 700).describe(
    'Why the answer is right, shown after the learner checks; warm and specific, and it says what the lesson teaches.',
  ),
  lessonSection: z
    .string()
    .regex(
      LESSON_SECTION,
      'lessonSection: write a root-relative lesson link such as "/lessons/rude/#what-to-write-instead"',
    )
    .describe('Where the explanation sends the learner to read more, e.g. "/lessons/rude/#give".'),
};

/** Checks that an option list has unique ids and that every key in `keys` names one of them. */
function checkKeys(
  options: readonly { id: string }[],
  keys: readonly string[],
  keyPath: (index: number) => (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const ids = options.map((option) => option.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', index, 'id'],
        message: `options: the id "${id}" is used twice`,
      });
    }
  });
  keys.forEach((key, index) => {
    if (!ids.includes(key)) {
      ctx.addIssue({
        code: 'custom',
        path: keyPath(index),
        message: `answer key "${key}" points to no option (options are ${ids.join(', ')})`,
      });
    }
  });
}

/** Pick one option. */
export const SingleQuestionSchema = z
  .object({
    type: z.literal('single').describe('One right answer, chosen with radio buttons.'),
    ...common,
    options: z.array(OptionSchema).min(2).max(6).describe('Two to six options, in the order shown.'),
    answer: z.string().describe('The id of the one right option.'),
  })
  .strict()
  .superRefine((question, ctx) => checkKeys(question.options, [question.answer], () => ['answer'], ctx));

/** Pick every option that applies. */
export const MultipleQuestionSchema = z
  .object({
    type: z.literal('multiple').describe('Select all that apply, chosen with checkboxes.'),
    ...common,
    options: z.array(OptionSchema).min(3).max(8).describe('Three to eight options, in the order shown.'),
    answers: z
      .array(z.string())
      .min(1, 'answers: list at least one right option id')
      .describe('The ids of every right option; all of them and nothing else is correct.'),
  })
  .strict()
  .superRefine((question, ctx) => {
    checkKeys(question.options, question.answers, (index) => ['answers', index], ctx);
    if (new Set(question.answers).size !== question.answers.length) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'answers: an option id is listed twice' });
    }
    if (question.answers.length === question.options.length) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'answers: at least one option should be wrong' });
    }
  });

/** Two notes to the same person; pick the one you would accept. */
export const BetterOfTwoQuestionSchema = z
  .object({
    type: z.literal('better-of-two').describe('Two notes to the same person: which one would you accept?'),
    ...common,
    context: text(10, 300).describe('One line: who the receiver is and how the writer knows them.'),
    noteA: text(1, 300).describe('The first note, shown as "Note A".'),
    noteB: text(1, 300).describe('The second note, shown as "Note B".'),
    better: z.enum(['a', 'b']).describe('Which note the receiver would rather accept; the explanation says why.'),
  })
  .strict()
  .superRefine((question, ctx) => {
    if (question.noteA === question.noteB) {
      ctx.addIssue({ code: 'custom', path: ['noteB'], message: 'noteB: the two notes must differ' });
    }
  });

/** One piece of a `spot-phrases` note. */
export const PhraseSchema = z
  .object({
    text: z.string().min(1).describe('The phrase exactly as it appears in the note, spaces included.'),
    lazy: z.boolean().default(false).describe('True when this phrase is one the learner should mark as lazy.'),
  })
  .strict();

/** A note split into phrases; mark the lazy ones. */
export const SpotPhrasesQuestionSchema = z
  .object({
    type: z.literal('spot-phrases').describe('A note split into phrases; the learner marks the lazy ones.'),
    ...common,
    note: text(10, 400).describe('The whole note, as the receiver would see it.'),
    phrases: z
      .array(PhraseSchema)
      .min(2)
      .max(12)
      .describe('The note in order; joined together they must rebuild `note` exactly.'),
  })
  .strict()
  .superRefine((question, ctx) => {
    const rebuilt = question.phrases.map((phrase) => phrase.text).join('');
    if (rebuilt !== question.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['phrases'],
        message: `phrases: joined together they give "${rebuilt}", which is not the note "${question.note}"`,
      });
    }
    if (!question.phrases.some((phrase) => phrase.lazy)) {
      ctx.addIssue({ code: 'custom', path: ['phrases'], message: 'phrases: mark at least one phrase `lazy: true`' });
    }
    if (question.phrases.every((phrase) => phrase.lazy)) {
      ctx.addIssue({
        code: 'custom',
        path: ['phrases'],
        message: 'phrases: leave at least one phrase that is not lazy',
      });
    }
    question.phrases.forEach((phrase, index) => {
      if (phrase.text.trim() === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['phrases', index, 'text'],
          message: 'phrases: attach spaces to a neighbouring phrase; a phrase must hold words',
        });
      }
    });
  });

/** Rewrite a short note until the grader rates it well enough. */
export const FixItQuestionSchema = z
  .object({
    type: z.literal('fix-it').describe('Rewrite a short note; the grader checks the rewrite.'),
    ...common,
    note: text(1, 300).describe('The weak note the learner starts from.'),
    required: z
      .enum(['needs-work', 'thoughtful'])
      .describe('The lowest grader verdict that counts as correct: "needs-work" or "thoughtful".'),
    scenario: ScenarioSchema.optional().describe(
      'The situation as the grader checks it: ways to name the receiver, how the writer knows them, what they want.',
    ),
    modelAnswer: text(20, 300).describe('A rewrite that reaches `required`; shown as the answer.'),
  })
  .strict()
  .superRefine((question, ctx) => {
    if (question.selfCheck) {
      ctx.addIssue({
        code: 'custom',
        path: ['selfCheck'],
        message:
          'selfCheck: a fix-it question belongs in the final quiz; the lesson’s exercise already asks for a rewrite',
      });
    }
  });

/** One quiz question: a discriminated union on `type`. */
export const QuestionSchema = z.discriminatedUnion('type', [
  SingleQuestionSchema,
  MultipleQuestionSchema,
  BetterOfTwoQuestionSchema,
  SpotPhrasesQuestionSchema,
  FixItQuestionSchema,
]);

/** One YAML file of the bank in `src/content/questions/`, named after its lesson: a list of questions. */
export const QuestionFileSchema = z
  .object({
    questions: z
      .array(QuestionSchema)
      .min(1)
      .describe('The questions of this lesson, in the order its self-check asks them.'),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = file.questions.map((question) => question.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `id: "${id}" is used twice in this file`,
        });
      }
    });
  });

/** A question as written in YAML. */
export type QuestionInput = z.input<typeof QuestionSchema>;
/** A validated question. */
export type Question = z.output<typeof QuestionSchema>;
/** The five question types. */
export type QuestionType = Question['type'];
/** The five question types, in the order the course introduces them. */
export const QUESTION_TYPES = [
  'single',
  'multiple',
  'better-of-two',
  'spot-phrases',
  'fix-it',
] as const satisfies readonly QuestionType[];
/** A validated question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** A question of the bank: as validated, plus the lesson it belongs to and the title of the lesson it links to. */
export type BankQuestion = Question & {
  /** Slug of the lesson the question belongs to: the name of its file. */
  lesson: string;
  /** Title of the lesson its `lessonSection` opens, for the "Read more" link. */
  linkTitle: string;
};

/** One validated file of the bank: its path (for messages), its lesson and its questions. */
export interface BankFile {
  /** Path of the YAML file, as error messages should name it. */
  file: string;
  /** Slug of the lesson the file's questions belong to (the file is named after it). */
  lesson: string;
  /** The file's validated questions. */
  questions: readonly Question[];
}

/** What the bank needs to know of a lesson: its slug and title. */
export interface LessonTitle {
  /** The lesson's slug. */
  id: string;
  /** The lesson's title. */
  title: string;
}

/**
 * Rules no single file can check: ids and prompts unique across files, enough questions for every
 * reason, files and links that name real lessons, and short self-checks. Returns one message per
 * problem, each naming the file and field; empty when the bank is sound.
 */
export function bankProblems(files: readonly BankFile[], lessons: readonly LessonTitle[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const prompts = new Map<string, string>();
  const perReason = new Map<string, number>(REASON_IDS.map((reason) => [reason, 0]));
  const reasonFiles = new Map<string, Set<string>>(REASON_IDS.map((reason) => [reason, new Set<string>()]));
  const slugs = new Set(lessons.map((lesson) => lesson.id));
  for (const { file, lesson, questions } of files) {
    if (!slugs.has(lesson)) {
      problems.push(`${file}: the file is named after no lesson ("${lesson}"); name it after the lesson’s slug`);
    }
    const selfChecks = questions.filter((question) => question.selfCheck).length;
    if (selfChecks > MAX_SELF_CHECK) {
      problems.push(
        `${file}: ${selfChecks} questions have selfCheck: true; a self-check asks at most ${MAX_SELF_CHECK}`,
      );
    }
    questions.forEach((question, index) => {
      const first = seen.get(question.id);
      if (first !== undefined && first !== `${file}#${index}`) {
        problems.push(`${file}: questions.${index}.id "${question.id}" is already used in ${first.split('#')[0]}`);
      } else {
        seen.set(question.id, `${file}#${index}`);
      }
      const prompt = question.prompt.replace(/\s+/g, ' ');
      const twin = prompts.get(prompt);
      if (twin !== undefined && twin !== question.id) {
        problems.push(
          `${file}: questions.${index}.prompt is the same as the prompt of "${twin}"; make each prompt its own`,
        );
      } else {
        prompts.set(prompt, question.id);
      }
      const linked = LESSON_SECTION.exec(question.lessonSection)?.[1];
      if (linked !== undefined && !slugs.has(linked)) {
        problems.push(`${file}: questions.${index}.lessonSection "${question.lessonSection}" points to no lesson`);
      }
      if (question.reason) {
        perReason.set(question.reason, (perReason.get(question.reason) ?? 0) + 1);
        reasonFiles.get(question.reason)?.add(file);
      }
    });
  }
  for (const [reason, count] of perReason) {
    if (count < MIN_QUESTIONS_PER_REASON) {
      const where = [...(reasonFiles.get(reason) ?? [])].join(', ') || 'src/content/questions/';
      problems.push(
        `${where}: reason "${reason}" has ${count} question${count === 1 ? '' : 's'} (field questions.*.reason); it needs at least ${MIN_QUESTIONS_PER_REASON}`,
      );
    }
  }
  return problems;
}

/**
 * The whole bank in file order, each question with its lesson and link title; throws with every
 * bank problem listed, so the build stops on them.
 */
export function bankFromFiles(files: readonly BankFile[], lessons: readonly LessonTitle[]): BankQuestion[] {
  const problems = bankProblems(files, lessons);
  if (problems.length > 0) throw new Error(`The question bank has problems:\n- ${problems.join('\n- ')}`);
  const titles = new Map(lessons.map((lesson) => [lesson.id, lesson.title]));
  return files.flatMap((file) =>
    file.questions.map((question) => ({
      ...question,
      lesson: file.lesson,
      linkTitle: titles.get(LESSON_SECTION.exec(question.lessonSection)?.[1] ?? '') ?? '',
    })),
  );
}

/**
 * The whole bank from the `questions` collection's entries (one per lesson, the entry id being the
 * lesson's slug) and the `lessons` collection's entries, checked by the bank rules.
 */
export function bankFromEntries(
  entries: readonly { id: string; filePath?: string | undefined; data: { questions: readonly Question[] } }[],
  lessons: readonly { id: string; data: { title: string } }[],
): BankQuestion[] {
  const files = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  return bankFromFiles(
    files.map((entry) => ({
      file: entry.filePath ?? `src/content/questions/${entry.id}.yaml`,
      lesson: entry.id,
      questions: entry.data.questions,
    })),
    lessons.map((lesson) => ({ id: lesson.id, title: lesson.data.title })),
  );
}
