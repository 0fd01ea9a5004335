import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const fixture = mkdtempSync(join(tmpdir(), 'add-a-note-content-'));

/** Copies the real content configuration into a scratch project with one lesson, then syncs it. */
function syncWithLesson(frontMatter: string): { status: number | null; output: string } {
  rmSync(join(fixture, 'src'), { recursive: true, force: true });
  cpSync(join(root, 'src/lib'), join(fixture, 'src/lib'), { recursive: true });
  cpSync(join(root, 'src/content.config.ts'), join(fixture, 'src/content.config.ts'));
  mkdirSync(join(fixture, 'src/content/lessons'), { recursive: true });
  writeFileSync(join(fixture, 'src/content/lessons/broken-lesson.mdx'), `---\n${frontMatter}\n---\n\nSome text.\n`);
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

const good = [
  'title: "A fine lesson"',
  'description: "A description that is long enough to pass the schema."',
  'order: 3',
  'minutes: 4',
  'takeaway: "Something worth remembering."',
];

describe('lesson front matter at build time', () => {
  it('fails the build naming the file and the field', { timeout: 60_000 }, () => {
    const { status, output } = syncWithLesson([...good.slice(0, 3), 'reason: lazzy', ...good.slice(3)].join('\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('broken-lesson.mdx');
    expect(output).toMatch(/reason: Invalid option/);
  });

  it('passes with valid front matter (so the failure above is about the field)', { timeout: 60_000 }, () => {
    const { status, output } = syncWithLesson(good.join('\n'));
    expect(output).not.toContain('does not match collection schema');
    expect(status).toBe(0);
  });
});
