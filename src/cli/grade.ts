/**
 * Grades connection notes from a JSON Lines file: `npm run grade -- FILE` (FILE a path, or `-` for
 * standard input). See `USAGE` below for the input and output formats and the exit codes.
 */
import { readFile } from 'node:fs/promises';
import { gradeNote } from '../lib/grader/index.ts';
import type { Criterion, Result, Status } from '../lib/grader/index.ts';
import { GradeOptionsSchema } from '../lib/grader/result-schema.ts';

const USAGE = `Grade LinkedIn connection notes.

Usage: npm run grade -- [--pretty] FILE
       npm run grade -- --help

FILE is a JSON Lines file, or - to read standard input. Each line is an object:
  {"text": "Hi Lena, we met at…", "limit": 200, "scenario": {"name": […], "context": […], "want": […]}}
"text" is required; "limit" (200 or 300, default 200), "scenario" and "recipient" (the name of
the person the note is for; a note greeting someone else is flagged wrong-name) are optional; other fields
are ignored, so a labelled corpus can be graded as it is.

Output: one result per graded line, as one line of JSON, in input order. Blank input lines are
skipped and print nothing, so output line k answers the k-th non-blank input line. A line that is
not valid JSON, has no string "text", or has an invalid "limit" or "scenario" prints
{"error": "line N: …"} in its place (N counts every input line from 1); the other lines go on.

--pretty  Print a readable report instead: verdict and score, each criterion with its status
          (✓ pass, ~ partial, ✗ fail), the marked words and the penalties.
--help    Print this help.

Exit code: 0 when every line was graded, 1 when any line was an error, 2 for a usage error
(unknown option, no FILE, FILE unreadable).
`;

/** A graded line, or the reason it could not be graded. */
type LineOutcome = { line: number; text: string; result: Result } | { line: number; error: string };

/** The symbol the pretty report shows for each status. */
const SYMBOLS: Record<Status, string> = { pass: '✓', partial: '~', fail: '✗' };

/** Reads the whole input: a file, or standard input for `-`. */
async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Grades one non-blank input line, numbered from 1. */
function gradeLine(source: string, line: number): LineOutcome {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { line, error: `line ${line}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, error: `line ${line}: expected an object with a "text" field` };
  }
  const record = value as Record<string, unknown>;
  if (typeof record['text'] !== 'string') return { line, error: `line ${line}: "text" must be a string` };
  const options = GradeOptionsSchema.safeParse({
    limit: record['limit'],
    scenario: record['scenario'],
    recipient: record['recipient'],
  });
  if (!options.success) {
    const problems = options.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`);
    return { line, error: `line ${line}: ${problems.join('; ')}` };
  }
  return { line, text: record['text'], result: gradeNote(record['text'], options.data) };
}

/** A note shortened to one line for the report. */
function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > 100 ? `${chars.slice(0, 99).join('')}…` : flat;
}

/** One criterion as a line of the report, with its suggestion when it did not pass. */
function criterionLines(criterion: Criterion): string[] {
  const lines = [`  ${SYMBOLS[criterion.status]} ${criterion.label}: ${criterion.message}`];
  if (criterion.status !== 'pass') lines.push(`      → ${criterion.suggestion}`);
  return lines;
}

/** The readable report for one line. */
function prettyReport(outcome: LineOutcome): string {
  if ('error' in outcome) return `Error on ${outcome.error}\n\n`;
  const { result, text, line } = outcome;
  const lines = [
    `Line ${line}: ${result.verdict}, ${result.score}/100, ${result.length}/${result.limit} characters`,
    `  “${preview(text)}”`,
    `  ${result.summary}`,
    ...result.criteria.flatMap(criterionLines),
  ];
  if (result.highlights.length > 0) {
    lines.push('  Marked:');
    for (const h of result.highlights) {
      lines.push(
        `    ${h.kind === 'problem' ? '−' : '+'} “${preview(text.slice(h.start, h.end))}” (${h.reason}): ${h.message}`,
      );
    }
  }
  if (result.penalties.length > 0) {
    lines.push('  Penalties:');
    for (const p of result.penalties) lines.push(`    −${p.points} (${p.reason}): ${p.message}`);
  }
  if (result.flags.length > 0) lines.push(`  Flags: ${result.flags.join(', ')}`);
  return `${lines.join('\n')}\n\n`;
}

/** Runs the command line; resolves to the exit code. */
async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const pretty = args.includes('--pretty');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--pretty');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || files.length !== 1) {
    process.stderr.write(
      `${unknown.length > 0 ? `Unknown option: ${unknown.join(' ')}\n` : 'Give one FILE, or - for standard input.\n'}\n${USAGE}`,
    );
    return 2;
  }
  let input: string;
  try {
    input = await readInput(files[0] ?? '-');
  } catch (error) {
    process.stderr.write(`Cannot read ${files[0]}: ${(error as Error).message}\n`);
    return 2;
  }
  let failed = false;
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, source] of lines.entries()) {
    if (source.trim() === '') continue;
    const outcome = gradeLine(source, index + 1);
    if ('error' in outcome) failed = true;
    const output = pretty
      ? prettyReport(outcome)
      : `${JSON.stringify('error' in outcome ? { error: outcome.error } : outcome.result)}\n`;
    process.stdout.write(output);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
