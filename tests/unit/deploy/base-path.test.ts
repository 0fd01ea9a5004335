/**
 * Builds the whole site under a sub-path, as a GitHub Pages project site would serve it, and checks
 * that every internal link and asset of every page carries the base and lands on a built file, and
 * that every page's share tags point at its own 1200×630 preview image.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from './png.ts';

const root = resolve(import.meta.dirname, '../../..');
const SITE = 'https://example.github.io';
const BASE = '/add-a-note/';
const scratch = mkdtempSync(join(tmpdir(), 'add-a-note-base-'));
const out = join(scratch, 'dist');

/** The built file a site path points to, or undefined when there is none. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  const inside = join(out, clean.slice(BASE.length));
  for (const candidate of [inside, join(inside, 'index.html'), `${inside}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

let pages: { file: string; html: string }[] = [];

beforeAll(() => {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  // Vitest sets Vite's own variables (BASE_URL, MODE, …) in the environment; a child build would read them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...inherited,
      SITE_URL: SITE,
      BASE_PATH: BASE,
      ASTRO_OUT_DIR: out,
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
  pages = readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(out, file), 'utf8') }));
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ATTRIBUTE = /\s(?:href|src|component-url|renderer-url|action|poster)=["']([^"']+)["']/g;
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe(`a build under ${BASE}`, () => {
  it('builds the pages this issue adds', () => {
    const files = pages.map((page) => page.file);
    for (const page of ['index.html', 'reply/index.html', 'lessons/index.html', 'complete/index.html', '404.html']) {
      expect(files).toContain(page);
    }
  });

  it('gives every internal link and asset the base, and each lands on a built file', () => {
    const broken: string[] = [];
    for (const { file, html } of pages) {
      for (const [, url = ''] of html.matchAll(ATTRIBUTE)) {
        if (/^(?:[a-z]+:|#)/i.test(url)) {
          // Absolute URLs are fine when they point elsewhere; on this site they must carry the base.
          if (url.startsWith(SITE) && !url.startsWith(`${SITE}${BASE}`)) broken.push(`${file}: ${url} (no base)`);
          continue;
        }
        if (!url.startsWith(BASE)) broken.push(`${file}: ${url} (no base)`);
        else if (!fileFor(url)) broken.push(`${file}: ${url} (no such file)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page a canonical URL, share tags and its own 1200×630 preview image', () => {
    const images = new Set<string>();
    for (const { file, html } of pages) {
      expect(html, file).toMatch(/<title>[^<]+<\/title>/);
      expect(meta(html, 'description'), file).toBeTruthy();
      expect(html, file).toMatch(new RegExp(`<link rel="canonical" href="${SITE}${BASE}`));
      for (const key of ['og:title', 'og:description', 'og:url', 'twitter:card', 'twitter:title', 'twitter:image']) {
        expect(meta(html, key), `${file} ${key}`).toBeTruthy();
      }
      const image = meta(html, 'og:image') ?? '';
      expect(image, file).toMatch(new RegExp(`^${SITE}${BASE}og/.+\\.png$`));
      expect(meta(html, 'twitter:image'), file).toBe(image);
      const png = fileFor(new URL(image).pathname);
      expect(png, `${file}: ${image}`).toBeDefined();
      expect(pngSize(readFileSync(png!)), image).toEqual({ width: 1200, height: 630 });
      images.add(image);
    }
    expect(images.size).toBe(pages.length);
  });

  it('serves a manifest, icons, robots.txt and a sitemap under the base', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.start_url).toBe(BASE);
    for (const icon of manifest.icons) {
      const file = fileFor(icon.src);
      expect(file, icon.src).toBeDefined();
      if (icon.sizes !== 'any') {
        const side = Number(icon.sizes.split('x')[0]);
        expect(pngSize(readFileSync(file!))).toEqual({ width: side, height: side });
      }
    }
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const sitemap = readdirSync(out)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(join(out, file), 'utf8'))
      .join('');
    expect(sitemap).toContain(`<loc>${SITE}${BASE}lessons/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}${BASE}reply/</loc>`);
    expect(sitemap).not.toContain('404');
  });
});
