/**
 * Runs every built page through the Nu HTML Checker (the `vnu-jar` package) and fails on any error.
 * The checker needs Java: where it is missing, this says so and skips, except in CI (`CI=true`),
 * where a missing Java is a failure, so the gate can never pass by not running.
 *
 *   node scripts/check-html.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './page-sizes.ts';

/** One message from the checker, as its JSON output gives it. */
export interface HtmlMessage {
  /** `error` or `info` (warnings are `info` with `subType: 'warning'`). */
  type: string;
  /** The checked file, as a `file:` URL. */
  url: string;
  /** What is wrong, in the checker's words. */
  message: string;
  /** The line the problem ends on, when known. */
  lastLine?: number;
  /** A few characters of source around the problem. */
  extract?: string;
}

/** What a run found: the errors, or why it could not run. */
export interface HtmlCheck {
  /** Number of pages checked. */
  pages: number;
  /** Every error the checker reported, less the known ones from Astro's own output. */
  errors: HtmlMessage[];
  /** How many errors were Astro's own known output (see `ASTRO_OUTPUT`). */
  ignored: number;
  /** Set when the check could not run (no Java); the errors are then empty. */
  skipped?: string;
}

/**
 * Errors in markup that Astro itself writes and a project cannot change, matched by message and
 * extract so nothing else slips through. Astro puts its one-rule island stylesheet
 * (`astro-island{display:contents}`) just before the first island on a page, wherever that is;
 * browsers apply a <style> anywhere in the body, and the rule is in the page's CSP hashes.
 */
export const ASTRO_OUTPUT = [
  { message: 'A “style” element in “body” must be the first child of its parent.', extract: '<style>astro-' },
  // Where an MDX page renders islands side by side, the style can land after an earlier island.
  ...[
    ['astro-island', '<style>astro-island'],
    ['astro-slot', 'island,astro-slot'],
  ].map(([selector, extract]) => ({
    message: `The selector “${selector}” matches, or might match, an element that comes before the parent of this “style” element. A “style” element in “body” must only have selectors that match its parent and elements after its parent.`,
    extract: extract ?? '',
  })),
];

const isAstroOutput = (m: HtmlMessage) =>
  ASTRO_OUTPUT.some(({ message, extract }) => m.message === message && (m.extract ?? '').includes(extract));

/** The checker's jar inside node_modules. */
export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return resolve(require.resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');
}

/** Whether `java` runs on this machine. */
export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Checks the given HTML files in one run of the checker (one JVM start for the whole site). */
export function checkHtmlFiles(files: string[]): HtmlCheck {
  if (!hasJava()) {
    return {
      pages: files.length,
      errors: [],
      ignored: 0,
      skipped: 'Java is not installed, so the Nu HTML Checker cannot run',
    };
  }
  const result = spawnSync('java', ['-jar', vnuJarPath(), '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // The checker writes its JSON report to standard error and exits 1 when it finds errors.
  const report = result.stderr.trim();
  if (!report.startsWith('{'))
    throw new Error(`The Nu HTML Checker did not report: ${report || result.error?.message}`);
  const { messages } = JSON.parse(report) as { messages: HtmlMessage[] };
  const errors = messages.filter((m) => m.type === 'error');
  return {
    pages: files.length,
    errors: errors.filter((m) => !isAstroOutput(m)),
    ignored: errors.filter(isAstroOutput).length,
  };
}

/** Checks every HTML page under `dist`. */
export function checkHtml(dist: string): HtmlCheck {
  return checkHtmlFiles(builtPages(dist).map(({ file }) => file));
}

/** The errors as lines a person can act on: file, line, message, extract. */
export function formatHtmlErrors(dist: string, errors: HtmlMessage[]): string {
  return errors
    .map((e) => {
      const file = relative(dist, fileURLToPath(e.url));
      const extract = e.extract ? `\n    ${e.extract.replace(/\s+/g, ' ').trim()}` : '';
      return `${file}:${e.lastLine ?? '?'}: ${e.message}${extract}`;
    })
    .join('\n');
}

function main(args: string[]): void {
  const dist = resolve(args[0] ?? process.env['ASTRO_OUT_DIR'] ?? 'dist');
  if (!existsSync(dist)) {
    console.error(`No built site at ${dist}. Run "npm run build" first.`);
    process.exit(2);
  }
  const result = checkHtml(dist);
  if (result.skipped) {
    const inCi = process.env['CI'] === 'true';
    console[inCi ? 'error' : 'log'](`HTML check ${inCi ? 'failed' : 'skipped'}: ${result.skipped}.`);
    process.exit(inCi ? 1 : 0);
  }
  if (result.errors.length > 0) console.error(formatHtmlErrors(dist, result.errors));
  console.log(
    `HTML check: ${result.pages} pages, ${result.errors.length} errors (Nu HTML Checker; ${result.ignored} from Astro's own island style ignored).`,
  );
  process.exit(result.errors.length > 0 ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
