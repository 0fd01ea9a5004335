/**
 * Weighs every page of the built site in `dist/`: the gzip bytes of its HTML plus render-blocking
 * CSS (what the first round trip must carry), of the JavaScript that loads with the page (entry
 * scripts and islands, through their static imports) and of the JavaScript it may fetch later on
 * demand (through dynamic `import()`), so neither figure hides the other.
 *
 *   node scripts/page-sizes.ts [dist] [--json]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The budgets every page keeps, in gzip bytes: JavaScript that loads with the page, each chunk it
 * fetches later on demand (the grader), and HTML plus render-blocking CSS (the first round trip).
 * `tests/e2e/build-output.spec.ts` holds the build to them; `npm run sizes` marks what is over.
 */
export const BUDGETS = { jsWithPage: 20 * 1024, onDemandChunk: 20 * 1024, htmlCss: 14 * 1024 } as const;

/** The weight of one built page, in gzip bytes. */
export interface PageWeight {
  /** The page’s URL path, e.g. `/lessons/impersonal/`. */
  page: string;
  /** HTML plus every stylesheet linked from it (inline styles are part of the HTML). */
  htmlCss: number;
  /** JavaScript that loads with the page: entry scripts and islands, followed through static imports. */
  js: number;
  /** The script files counted in `js`, relative to `dist`. */
  scripts: string[];
  /** Further JavaScript reachable only through dynamic `import()`, fetched when the page asks for it. */
  jsOnDemand: number;
  /** The script files counted in `jsOnDemand`, relative to `dist`. */
  onDemandScripts: string[];
  /** The heaviest single file among `onDemandScripts` (0 when there is none): each is fetched on its own. */
  largestOnDemand: number;
  /** Dynamic imports left out by a named rule in `NEVER_RUNS`, as `rule: file`, so none is dropped silently. */
  excluded: string[];
}

/** The gzip size of a file’s bytes, at the level static hosts commonly use. */
function gzipBytes(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file))
    .sort();
}

/** One built page: its HTML file and the URL path it is served at, e.g. `/lessons/impersonal/`. */
export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** The page’s URL path without the base path. */
  page: string;
}

/** Every HTML page under `dist`, found on disk, so new pages are covered without a list to keep. */
export function builtPages(dist: string): BuiltPage[] {
  return htmlFiles(dist).map((file) => {
    const rel = relative(dist, file).split(sep).join('/');
    return { file, page: `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}` };
  });
}

/** The site’s base path from `BASE_PATH`, as Astro uses it: `/` or `/sub-path/`. */
export function siteBase(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env['BASE_PATH']?.replace(/^\/+|\/+$/g, '');
  return raw ? `/${raw}/` : '/';
}

/** Resolves a URL found in `fromFile` to a file in `dist`, or undefined for other sites. */
function toDistFile(dist: string, base: string, fromFile: string, url: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  if (url.startsWith('/')) {
    const path = url.startsWith(base) ? url.slice(base.length) : url.slice(1);
    return join(dist, path.split('?')[0] ?? '');
  }
  return resolve(dirname(fromFile), url.split('?')[0] ?? '');
}

const attr = (name: string) => new RegExp(`\\b${name}=["']([^"']+)["']`, 'g');
const SCRIPT_SRC = /<script\b[^>]*\bsrc=["']([^"']+)["']/g;
const STYLESHEET = /<link\b(?=[^>]*\brel=["']stylesheet["'])[^>]*\bhref=["']([^"']+)["']/g;
/** `import … from "x"`, `import "x"` and `export … from "x"`, in any quote style. */
const STATIC_IMPORT = /(?:\bimport\s*(?:[\w*{}\s,$]+from\s*)?|\bexport\s*[\w*{}\s,$]+from\s*)(["'`])([^"'`]+\.m?js)\1/g;
/** `import("x")`, `import('x')` and `import(\`x\`)`: Vite writes the last. */
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])([^"'`]+\.m?js)\1\s*\)/g;

/** A dynamic import that is known never to run on this site, and how to recognise it for certain. */
interface NeverRuns {
  /** The rule's name, printed under the table. */
  name: string;
  /** Why the import never runs. */
  why: string;
  /** True only for that import: checks the importing file, the imported file and the page. */
  matches(importer: { file: string; isRenderer: boolean }, target: string, pageHtml: string): boolean;
}

/**
 * The only exclusions. @astrojs/preact's client fetches @preact/signals only for an island given
 * signal props, which it marks with `data-preact-signals`; we pass none, and the rule stops
 * applying on any page where that changes.
 */
export const NEVER_RUNS: readonly NeverRuns[] = [
  {
    name: '@preact/signals',
    why: '@astrojs/preact loads it only for islands given signal props (data-preact-signals); no island here has any',
    matches: (importer, target, pageHtml) =>
      importer.isRenderer &&
      /^signals\.module\.[\w-]+\.js$/.test(basename(target)) &&
      existsSync(target) &&
      /Symbol\.for\((["'`])preact-signals\1\)/.test(readFileSync(target, 'utf8')) &&
      !/\bdata-preact-signals\b/.test(pageHtml),
  },
];

/** Scripts reachable from `start` through static imports, and the dynamic import targets they name. */
function follow(
  dist: string,
  base: string,
  start: readonly string[],
  renderers: ReadonlySet<string>,
  pageHtml: string,
  known: ReadonlySet<string> = new Set(),
): { files: Set<string>; dynamic: string[]; excluded: string[] } {
  const files = new Set<string>();
  const dynamic: string[] = [];
  const excluded: string[] = [];
  const queue = [...start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file) || known.has(file) || !existsSync(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const target = toDistFile(dist, base, file, match[2] ?? '');
      if (target) queue.push(target);
    }
    for (const match of source.matchAll(DYNAMIC_IMPORT)) {
      const target = toDistFile(dist, base, file, match[2] ?? '');
      if (!target) continue;
      const rule = NEVER_RUNS.find((r) => r.matches({ file, isRenderer: renderers.has(file) }, target, pageHtml));
      if (rule) excluded.push(`${rule.name}: ${relative(dist, target).split(sep).join('/')}`);
      else dynamic.push(target);
    }
  }
  return { files, dynamic, excluded };
}

const gzipTotal = (files: Iterable<string>) => [...files].reduce((sum, path) => sum + gzipBytes(readFileSync(path)), 0);
const distPaths = (dist: string, files: Iterable<string>) =>
  [...files].map((path) => relative(dist, path).split(sep).join('/')).sort();

/** Weighs every HTML page under `dist`. `base` is the site’s base path, e.g. `/` or `/add-a-note/`. */
export function weighPages(dist: string, base = '/'): PageWeight[] {
  return builtPages(dist).map(({ file, page }) => {
    const html = readFileSync(file, 'utf8');
    const urls = (re: RegExp) => [...html.matchAll(re)].map((match) => match[1] ?? '');
    const local = (list: string[]) =>
      list.map((url) => toDistFile(dist, base, file, url)).filter((path): path is string => path !== undefined);
    const css = local(urls(STYLESHEET)).filter(existsSync);
    const renderers = new Set(local(urls(attr('renderer-url'))));
    const entry = [...local([...urls(SCRIPT_SRC), ...urls(attr('component-url'))]), ...renderers];
    const withPage = follow(dist, base, entry, renderers, html);
    // Everything the dynamic imports reach, and what those reach in turn, less what already loaded.
    const onDemand = new Set<string>();
    const excluded = [...withPage.excluded];
    for (let queue = withPage.dynamic; queue.length > 0;) {
      const next = follow(dist, base, queue, renderers, html, new Set([...withPage.files, ...onDemand]));
      for (const path of next.files) onDemand.add(path);
      excluded.push(...next.excluded);
      queue = next.dynamic;
    }
    return {
      page,
      htmlCss: gzipBytes(html) + css.reduce((sum, path) => sum + gzipBytes(readFileSync(path)), 0),
      js: gzipTotal(withPage.files),
      scripts: distPaths(dist, withPage.files),
      jsOnDemand: gzipTotal(onDemand),
      onDemandScripts: distPaths(dist, onDemand),
      largestOnDemand: Math.max(0, ...[...onDemand].map((path) => gzipBytes(readFileSync(path)))),
      excluded: [...new Set(excluded)].sort(),
    };
  });
}

/** Total size of every file under `dist`, raw and gzip. */
export function weighSite(dist: string): { files: number; raw: number; gzip: number } {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dist, file))
    .filter((path) => statSync(path).isFile());
  return files.reduce(
    (sum, path) => {
      const data = readFileSync(path);
      return { files: sum.files + 1, raw: sum.raw + data.length, gzip: sum.gzip + gzipBytes(data) };
    },
    { files: 0, raw: 0, gzip: 0 },
  );
}

/** Bytes as KB with one decimal, the unit the budgets are written in. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The weights as a plain-text table, one page a line, with what was left out and the whole site at the foot. */
export function formatWeights(pages: PageWeight[], site: ReturnType<typeof weighSite>): string {
  const width = Math.max(...pages.map((p) => p.page.length), 4);
  const cells = (values: string[]) => values.map((value) => value.padStart(12)).join('  ');
  const lines = [
    `${''.padEnd(width)}  ${cells(['', 'JS gz', 'JS gz', 'JS gz'])}`,
    `${'page'.padEnd(width)}  ${cells(['HTML+CSS gz', 'with page', 'on demand', 'in all'])}`,
  ];
  const over = (bytes: number, budget: number) => `${kb(bytes)}${bytes > budget ? ' !' : ''}`;
  for (const p of pages)
    lines.push(
      `${p.page.padEnd(width)}  ${cells([
        over(p.htmlCss, BUDGETS.htmlCss),
        over(p.js, BUDGETS.jsWithPage),
        over(p.jsOnDemand, Infinity),
        kb(p.js + p.jsOnDemand),
      ])}`,
    );
  const excluded = [...new Set(pages.flatMap((p) => p.excluded))];
  lines.push(
    '',
    '“with page”: entry scripts and islands with their static imports. “on demand”: chunks reached only',
    'through dynamic import(), fetched when a page first needs them (e.g. the note grader).',
  );
  for (const rule of NEVER_RUNS) {
    const files = excluded
      .filter((line) => line.startsWith(`${rule.name}: `))
      .map((line) => line.slice(rule.name.length + 2));
    if (files.length > 0) lines.push(`Not counted: ${files.join(', ')} (rule “${rule.name}”: ${rule.why}).`);
  }
  const largest = Math.max(0, ...pages.map((p) => p.largestOnDemand));
  lines.push(
    `Budgets: HTML+CSS ≤ ${kb(BUDGETS.htmlCss)}, JS with the page ≤ ${kb(BUDGETS.jsWithPage)}, each on-demand chunk ≤ ${kb(BUDGETS.onDemandChunk)} (largest: ${kb(largest)}); “!” marks a page over.`,
    `${pages.length} pages; whole site: ${site.files} files, ${kb(site.raw)} raw, ${kb(site.gzip)} gzip`,
  );
  return lines.join('\n');
}

function main(args: string[]): void {
  const dist = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
  if (!existsSync(dist)) {
    console.error(`No built site at ${dist}. Run "npm run build" first.`);
    process.exit(2);
  }
  const pages = weighPages(dist, siteBase());
  if (args.includes('--json')) {
    console.log(JSON.stringify({ pages, site: weighSite(dist) }, null, 2));
    return;
  }
  console.log(formatWeights(pages, weighSite(dist)));
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
