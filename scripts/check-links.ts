/**
 * Crawls the built site on disk: every internal `href`, `src`, `srcset` (and Astro's island script
 * URLs) on every page must name a file in `dist`, and every `#fragment` an `id` on the target page.
 * Links to other sites are not followed: the site promises to load nothing from them.
 *
 *   node scripts/check-links.ts [dist]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtPages, siteBase } from './page-sizes.ts';

/** A link that leads nowhere. */
export interface BrokenLink {
  /** The page it was found on, e.g. `/lessons/rude/`. */
  page: string;
  /** The URL as written in the HTML. */
  url: string;
  /** Why it is broken. */
  reason: string;
}

/** What a crawl found. */
export interface LinkCheck {
  /** Pages crawled. */
  pages: number;
  /** Internal URLs followed, counting each occurrence. */
  links: number;
  /** The ones that lead nowhere. */
  broken: BrokenLink[];
}

/** Attributes whose value is a URL (or, for `srcset`, a list of them). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'poster',
  'action',
  'component-url',
  'renderer-url',
  'before-hydration-url',
]);
const TAG = /<([a-z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Every start tag's name and attributes, skipping comments and the text of scripts and styles. */
function startTags(html: string): { tag: string; attributes: Map<string, string> }[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  return [...markup.matchAll(TAG)].map(([, tag = '', rest = '']) => {
    const attributes = new Map<string, string>();
    for (const [, name = '', dq, sq, bare] of rest.matchAll(ATTRIBUTE)) {
      attributes.set(name.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
    }
    return { tag: tag.toLowerCase(), attributes };
  });
}

/** The `id`s (and `a[name]`s) a page offers as fragment targets. */
export function anchorsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { tag, attributes } of startTags(html)) {
    const id = attributes.get('id');
    if (id) ids.add(id);
    const name = attributes.get('name');
    if (tag === 'a' && name) ids.add(name);
  }
  return ids;
}

/** Every URL a page's markup points at, as written. */
export function urlsIn(html: string): string[] {
  const urls: string[] = [];
  for (const { attributes } of startTags(html)) {
    for (const [name, value] of attributes) {
      if (!URL_ATTRIBUTES.has(name)) continue;
      if (name === 'srcset') urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
      else urls.push(value.trim());
    }
  }
  return urls.filter((url) => url !== '');
}

/** The file in `dist` a served path maps to, as a static host (and `astro preview`) would find it. */
function fileFor(dist: string, path: string): string | undefined {
  const candidates = path.endsWith('/')
    ? [join(dist, path, 'index.html')]
    : [join(dist, path), join(dist, path, 'index.html'), join(dist, `${path}.html`)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Crawls every page under `dist`; `base` is the site's base path. */
export function checkLinks(dist: string, base = '/'): LinkCheck {
  const pages = builtPages(dist);
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (file: string): Set<string> => {
    let anchors = anchorCache.get(file);
    if (!anchors) {
      anchors = anchorsIn(readFileSync(file, 'utf8'));
      anchorCache.set(file, anchors);
    }
    return anchors;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const { file, page } of pages) {
    const pageUrl = new URL(`${base}${page.slice(1)}`, 'http://site.invalid');
    for (const raw of urlsIn(readFileSync(file, 'utf8'))) {
      // Other sites and schemes (https:, mailto:, data:) are not files here; `javascript:` is never fine.
      if (raw.startsWith('//') || /^[a-z][a-z\d+.-]*:/i.test(raw)) {
        if (/^javascript:/i.test(raw)) broken.push({ page, url: raw, reason: 'javascript: URLs are not allowed' });
        continue;
      }
      links += 1;
      const url = new URL(raw, pageUrl);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, url: raw, reason: `outside the base path ${base}` });
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length - 1));
      const target = fileFor(dist, path);
      if (!target) {
        broken.push({ page, url: raw, reason: `no file for ${path}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // A fragment with `=` carries state for a page's script (`/check/#note=…`), not a place on the page.
      if (
        url.hash === '#' ||
        (fragment !== '' && !fragment.includes('=') && target.endsWith('.html') && !anchorsOf(target).has(fragment))
      ) {
        broken.push({ page, url: raw, reason: `no element with id "${fragment}" on ${relative(dist, target)}` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}

function main(args: string[]): void {
  const dist = resolve(args[0] ?? process.env['ASTRO_OUT_DIR'] ?? 'dist');
  if (!existsSync(dist)) {
    console.error(`No built site at ${dist}. Run "npm run build" first.`);
    process.exit(2);
  }
  const result = checkLinks(dist, siteBase());
  for (const { page, url, reason } of result.broken) console.error(`${page}: ${url} (${reason})`);
  console.log(`Link check: ${result.pages} pages, ${result.links} internal links, ${result.broken.length} broken.`);
  process.exit(result.broken.length > 0 ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
