import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** A scratch Astro project with the real content configuration, for build-time validation tests. */
export interface SyncFixture {
  /** Replaces the content with `files` (paths under `src/content/`), runs `astro sync` and returns what it printed. */
  sync(files: Record<string, string>): { status: number | null; output: string };
  /** Deletes the scratch project. */
  remove(): void;
}

/** Creates a scratch project sharing the repository's node_modules, so `astro sync` runs in seconds. */
export function createSyncFixture(prefix: string): SyncFixture {
  const fixture = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(root, 'astro.config.mjs'), join(fixture, 'astro.config.mjs'));
  cpSync(join(root, 'package.json'), join(fixture, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(fixture, 'node_modules'));
  return {
    sync(files) {
      rmSync(join(fixture, 'src'), { recursive: true, force: true });
      cpSync(join(root, 'src/lib'), join(fixture, 'src/lib'), { recursive: true });
      cpSync(join(root, 'src/content.config.ts'), join(fixture, 'src/content.config.ts'));
      for (const [path, text] of Object.entries(files)) {
        const file = join(fixture, 'src/content', path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
      const astro = join(root, 'node_modules/astro/bin/astro.mjs');
      const result = spawnSync(process.execPath, [astro, 'sync'], {
        cwd: fixture,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(fixture, { recursive: true, force: true });
    },
  };
}
