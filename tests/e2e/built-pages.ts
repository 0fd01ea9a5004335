/**
 * The pages of the build the browser tests run against, found on disk (`ASTRO_OUT_DIR`, set per
 * run by playwright.config.ts), so a page added by anyone is covered without a list to keep.
 */
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { resolve } from 'node:path';
import { builtPages } from '../../scripts/page-sizes.ts';

/** A built page: where to visit it and its HTML as built. */
export interface SitePage {
  /** The path to visit, relative to the test server (`/lessons/rude/`, `/404.html`). */
  url: string;
  /** The page's HTML as built, to find pages by what they contain. */
  html: string;
}

/** The folder the site was built into for this run. */
export function distDir(): string {
  return resolve(process.env['ASTRO_OUT_DIR'] ?? 'dist');
}

/** Every built page. Files other than `index.html` (the 404 page) are visited by their file name. */
export function sitePages(): SitePage[] {
  return builtPages(distDir()).map(({ file, page }) => ({
    url: page.endsWith('/') ? page : `${page}.html`,
    html: readFileSync(file, 'utf8'),
  }));
}

/** The built pages whose HTML has the given attribute, e.g. `data-exercise`. */
export function pagesWith(attribute: string): SitePage[] {
  return sitePages().filter(({ html }) => new RegExp(`\\s${attribute}[\\s=>]`).test(html));
}

/** The first built lesson page with an exercise on it (`[data-exercise]`); fails the test when there is none. */
export function lessonWithExercise(): string {
  const [lesson] = pagesWith('data-exercise').filter(({ url }) => url.startsWith('/lessons/'));
  expect(lesson, 'a built lesson with an exercise ([data-exercise])').toBeDefined();
  return lesson?.url ?? '/';
}
