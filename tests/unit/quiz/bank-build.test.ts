import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const fixture = mkdtempSync(join(tmpdir(), 'add-a-note-questions-'));

/** Copies the real content configuration into a scratch project with one question file, then syncs it. */
function syncWithQuestions(yaml: string): { status: number | null; output: string } {
  rmSync(join(fixture, 'src'), { recursive: true, force: true });
  cpSync(join(root, 'src/lib'), join(fixture, 'src/lib'), { recursive: true });
  cpSync(join(root, 'src/content.config.ts'), join(fixture, 'src/content.config.ts'));
  mkdirSync(join(fixture, 'src/content/questions'), { recursive: true });
  writeFileSync(join(fixture, 'src/content/questions/broken-bank.yaml'), yaml);
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'sync'], {
    cwd: fixture,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

cpSync(join(root, 'astro.config.mjs'), join(fixture, 'astro.config.mjs'));
cpSync(join(root, 'package.json'), join(fixture, 'package.json'));
symlinkSync(join(root, 'node_modules'), join(fixture, 'node_modules'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

/** A one-question file whose answer key is `answer`. */
const bank = (answer: string) => `questions:
  - id: rude-sample
    type: single
    reason: rude
    prompt: Which first note keeps things even?
    options:
      - id: give
        text: One that gives context and a reason.
      - id: take
        text: One that asks for a referral.
    answer: ${answer}
    explanation: Giving before asking keeps the invitation balanced and kind.
    lessonSection: /lessons/rude/#give
`;

describe('question files at build time', () => {
  it('fail the build naming the file and the field when an answer key points to no option', { timeout: 60_000 }, () => {
    const { status, output } = syncWithQuestions(bank('gift'));
    expect(status).not.toBe(0);
    expect(output).toContain('broken-bank');
    expect(output).toContain('questions.0.answer');
    expect(output).toContain('answer key "gift" points to no option');
  });

  it('pass with a sound file (so the failure above is about the key)', { timeout: 60_000 }, () => {
    const { status, output } = syncWithQuestions(bank('give'));
    expect(output).not.toContain('does not match collection schema');
    expect(status).toBe(0);
  });
});
