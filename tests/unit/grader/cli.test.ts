import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';
import { ResultSchema } from '../../../src/lib/grader/result-schema.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Runs `node src/cli/grade.ts ARGS` with `input` on standard input. */
function grade(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  // Room for the whole corpus graded: the default 1 MB buffer would cut the process off.
  const run = spawnSync(process.execPath, ['src/cli/grade.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const NOTES = [
  "I'd like to add you to my professional network on LinkedIn.",
  'Hi Lena, we met at the Berlin JS meetup last night. I’m rewriting our dashboard with signals and would love to follow your work.',
  'Hi [Name], our platform helps teams hire faster. Book a demo!',
];

// Each test starts Node once or more; give slow machines room (this is not a timing assertion).
describe('npm run grade', { timeout: 60_000 }, () => {
  it('prints one result per line, in input order, equal to gradeNote', () => {
    const input = NOTES.map((text, i) => JSON.stringify({ id: `n${i}`, text })).join('\n');
    const run = grade(['-'], input);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(NOTES.length);
    lines.forEach((line, i) => {
      const result = ResultSchema.parse(JSON.parse(line));
      expect(result).toEqual(gradeNote(NOTES[i] ?? ''));
    });
  });

  it('skips blank lines, reports bad lines with their line number and exits 1', () => {
    const input = [
      JSON.stringify({ text: NOTES[0] }),
      '',
      'not json',
      JSON.stringify({ note: 'no text field' }),
      JSON.stringify({ text: NOTES[1], limit: 250 }),
      JSON.stringify({ text: NOTES[1], scenario: { name: ['Lena'], context: [], want: ['signals'] } }),
      JSON.stringify({ text: NOTES[1], limit: 300 }),
    ].join('\n');
    const run = grade(['-'], input);
    expect(run.status).toBe(1);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(6);
    expect(lines[0]?.['verdict']).toBe('default');
    expect(lines[1]?.['error']).toMatch(/^line 3: not valid JSON/);
    expect(lines[2]?.['error']).toMatch(/^line 4: "text" must be a string/);
    expect(lines[3]?.['error']).toMatch(/^line 5: limit: must be 200/);
    expect(lines[4]?.['error']).toMatch(/^line 6: scenario\.context/);
    expect(lines[5]?.['limit']).toBe(300);
  });

  it('prints a readable report with --pretty', () => {
    const run = grade(['--pretty', '-'], JSON.stringify({ text: NOTES[2] }));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Line 1: lazy,');
    expect(run.stdout).toMatch(/✗ They’re doing you a favour: .*(?:our platform|Book a demo)/i);
    expect(run.stdout).toContain('Penalties:');
    expect(run.stdout).toMatch(/−\d+ \(favor\)/);
  });

  it('reads a file given by path', () => {
    const run = grade(['tests/corpus/notes.jsonl']);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').length).toBeGreaterThanOrEqual(120);
  });

  it('explains itself with --help', () => {
    const help = grade(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run grade -- [--pretty] FILE');
  });

  it.each([[[]], [['--fast', '-']], [['no/such/file.jsonl']]])('refuses bad usage %j with exit code 2', (args) => {
    const run = grade(args);
    expect(run.status).toBe(2);
    expect(run.stderr.length).toBeGreaterThan(0);
  });
});
