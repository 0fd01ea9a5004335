/**
 * Makes sure the browser tests have a Chromium before `npm test` runs them. Uses one that is
 * there; otherwise tries Playwright's installer, then (as root on Debian or Ubuntu) the
 * distribution's `chromium` package; otherwise says exactly what to do and exits 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { BROWSER_ENV_VARS, findBrowser } from './find-browser.ts';

function say(message: string): void {
  console.log(`[browser] ${message}`);
}

function run(command: string, args: string[]): boolean {
  say(`running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function isDebianLike(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
}

function report(found: ReturnType<typeof findBrowser>): boolean {
  if (!found) return false;
  say(found.executablePath ? `using ${found.executablePath} (${found.source})` : 'using Playwright’s own Chromium');
  return true;
}

function main(): void {
  const named = BROWSER_ENV_VARS.map((name) => process.env[name]).find(Boolean);
  if (named && !existsSync(named)) say(`${named} (from the environment) does not exist; looking elsewhere`);
  if (report(findBrowser())) return;

  say('no Chromium found; trying Playwright’s installer');
  const playwright = process.platform === 'win32' ? 'playwright.cmd' : 'playwright';
  if (run(playwright, ['install', 'chromium']) && report(findBrowser())) return;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && isDebianLike()) {
    say('Playwright’s download is not available here; installing Debian’s chromium package with apt-get');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
      if (report(findBrowser())) return;
    }
  }

  console.error(
    [
      '[browser] No Chromium could be found or installed, so the browser tests cannot run.',
      'Do one of these, then run npm test again:',
      '  - npx playwright install chromium            (Playwright’s own build)',
      '  - sudo apt-get install chromium              (Debian or Ubuntu)',
      '  - CHROMIUM_PATH=/path/to/chromium npm test   (any Chromium or Chrome you already have)',
    ].join('\n'),
  );
  process.exit(1);
}

main();
