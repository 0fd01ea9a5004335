/**
 * Weighs every page of the built site in `dist/`: the gzip bytes of its HTML plus render-blocking
 * CSS (what the first round trip must carry) and of all the JavaScript it loads, islands included.
 *
 *   node src/cli/page-sizes.ts [dist] [--json]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The weight of one built page, in gzip bytes. */
export interface PageWeight {
  /** The page’s URL path, e.g. `/lessons/impersonal/`. */
  page: string;
  /** HTML plus every stylesheet linked from it (inline styles are part of the HTML). */
  htmlCss: number;
  /** Every script the page loads, followed through static imports, counted once each. */
  js: number;
  /** The script files counted in `js`, relative to `dist`. */
  scripts: string[];
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
const JS_IMPORT = /(?:\bimport\s*(?:[\w*{}\s,$]+from\s*)?|\bexport\s*[\w*{}\s,$]+from\s*|\bimport\()\s*["']([^"']+\.m?js)["']/g;

function collectScripts(dist: string, base: string, start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(JS_IMPORT)) {
      const target = toDistFile(dist, base, file, match[1] ?? '');
      if (target) queue.push(target);
    }
  }
  return seen;
}

/** Weighs every HTML page under `dist`. `base` is the site’s base path, e.g. `/` or `/add-a-note/`. */
export function weighPages(dist: string, base = '/'): PageWeight[] {
  return htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const urls = (re: RegExp) => [...html.matchAll(re)].map((match) => match[1] ?? '');
    const local = (list: string[]) =>
      list.map((url) => toDistFile(dist, base, file, url)).filter((path): path is string => path !== undefined);
    const css = local(urls(STYLESHEET)).filter(existsSync);
    const entry = local([...urls(SCRIPT_SRC), ...urls(attr('component-url')), ...urls(attr('renderer-url'))]);
    const scripts = [...collectScripts(dist, base, entry)].sort();
    const rel = relative(dist, file).split(sep).join('/');
    const page = `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
    return {
      page,
      htmlCss: gzipBytes(html) + css.reduce((sum, path) => sum + gzipBytes(readFileSync(path)), 0),
      js: scripts.reduce((sum, path) => sum + gzipBytes(readFileSync(path)), 0),
      scripts: scripts.map((path) => relative(dist, path).split(sep).join('/')),
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

function main(args: string[]): void {
  const dist = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
  if (!existsSync(dist)) {
    console.error(`No built site at ${dist}. Run "npm run build" first.`);
    process.exit(2);
  }
  const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/|\/$/g, '')}/`.replace('//', '/') : '/';
  const pages = weighPages(dist, base);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ pages, site: weighSite(dist) }, null, 2));
    return;
  }
  const width = Math.max(...pages.map((p) => p.page.length), 4);
  console.log(`${'page'.padEnd(width)}  ${'HTML+CSS gz'.padStart(12)}  ${'JS gz'.padStart(10)}`);
  for (const p of pages) {
    console.log(`${p.page.padEnd(width)}  ${kb(p.htmlCss).padStart(12)}  ${kb(p.js).padStart(10)}`);
  }
  const site = weighSite(dist);
  console.log(`\n${pages.length} pages; whole site: ${site.files} files, ${kb(site.raw)} raw, ${kb(site.gzip)} gzip`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
