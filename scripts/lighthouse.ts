/**
 * Lighthouse on the pages that matter most, with the same Chromium as the browser tests: builds
 * the site into its own folder, serves it with `astro preview` on a free port, audits each page
 * with Lighthouse's default (mobile, throttled) settings, prints the four category scores and
 * fails when one is below its minimum.
 *
 *   npm run audit:lighthouse            (builds first)
 *   node scripts/lighthouse.ts --dist dist   (audits an existing build)
 *   node scripts/lighthouse.ts --pages /,/about/   (other pages)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowser } from './find-browser.ts';

/** The pages audited: the front door, a lesson, the quiz and the checker. */
export const AUDITED_PAGES = ['/', '/lessons/impersonal/', '/quiz/', '/check/'] as const;

/** The minimum score (0–100) for each Lighthouse category. */
export const MINIMUM_SCORES = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as const;

type Category = keyof typeof MINIMUM_SCORES;
const CATEGORIES = Object.keys(MINIMUM_SCORES) as Category[];

/** Chromium flags for a quiet, headless, container-friendly run. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** One page's scores, 0–100, and the audits that cost it points in a category below its minimum. */
interface PageScores {
  page: string;
  scores: Record<Category, number>;
  lost: string[];
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function chromePath(): string {
  const found = findBrowser();
  if (!found) throw new Error('No Chromium found. Run "node scripts/ensure-browser.ts" first.');
  return found.executablePath ?? chromium.executablePath();
}

async function audit(url: string, port: number): Promise<Omit<PageScores, 'page'>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const lost = CATEGORIES.filter((id) => scores[id] < MINIMUM_SCORES[id]).flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${audits[ref.id]?.title ?? ref.id} (${audits[ref.id]?.displayValue ?? 'failed'})`),
  );
  return { scores, lost };
}

function table(rows: PageScores[]): string {
  const width = Math.max(...rows.map((r) => r.page.length), 4);
  const head = `${'page'.padEnd(width)}  ${CATEGORIES.map((c) => c.padStart(14)).join('  ')}`;
  const minimum = `${'minimum'.padEnd(width)}  ${CATEGORIES.map((c) => String(MINIMUM_SCORES[c]).padStart(14)).join('  ')}`;
  const lines = rows.map(
    (r) =>
      `${r.page.padEnd(width)}  ${CATEGORIES.map((c) => `${r.scores[c] < MINIMUM_SCORES[c] ? '✗ ' : ''}${r.scores[c]}`.padStart(14)).join('  ')}`,
  );
  return [head, ...lines, minimum].join('\n');
}

async function main(args: string[]): Promise<number> {
  const port = await freePort();
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const given = option('--dist');
  const pages = option('--pages')?.split(',') ?? AUDITED_PAGES;
  const work = resolve(`.e2e/lighthouse-${port}`);
  const dist = given ? resolve(given) : `${work}/dist`;
  const env = { ...process.env, ASTRO_OUT_DIR: dist, ASTRO_CACHE_DIR: `${work}/cache` };
  const astro = resolve('node_modules/.bin/astro');
  if (!given) {
    console.log(`Building the site into ${dist} …`);
    const build = spawnSync(astro, ['build'], { env, encoding: 'utf8' });
    if (build.status !== 0) {
      console.error(build.stdout, build.stderr);
      return 1;
    }
  } else if (!existsSync(dist)) {
    console.error(`No built site at ${dist}.`);
    return 2;
  }
  const server = spawn(astro, ['preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    env,
    stdio: 'ignore',
  });
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' }).catch(
    (error: unknown) => {
      server.kill();
      throw error;
    },
  );
  const rows: PageScores[] = [];
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitFor(`${origin}/`, server);
    for (const page of pages) {
      const response = await fetch(`${origin}${page}`);
      if (!response.ok) throw new Error(`${page} answered ${response.status}: is the page built?`);
      rows.push({ page, ...(await audit(`${origin}${page}`, chrome.port)) });
    }
  } finally {
    chrome.kill();
    server.kill();
    if (!given) rmSync(work, { recursive: true, force: true });
  }
  console.log('\nLighthouse (default mobile emulation, simulated throttling)\n');
  console.log(table(rows));
  const failures = rows.flatMap((r) => r.lost.map((line) => `${r.page} ${line}`));
  if (failures.length > 0) {
    console.error(`\nBelow the minimum:\n${failures.map((line) => `  ${line}`).join('\n')}`);
    return 1;
  }
  console.log(`\nAll ${rows.length} pages meet every minimum.`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
