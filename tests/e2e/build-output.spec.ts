import { readFileSync } from 'node:fs';
import { checkHtml, formatHtmlErrors } from '../../scripts/check-html.ts';
import { checkLinks } from '../../scripts/check-links.ts';
import { BUDGETS, formatWeights, kb, siteBase, weighPages, weighSite } from '../../scripts/page-sizes.ts';
import { distDir } from './built-pages.ts';
import { expect, test } from './fixtures.ts';

/**
 * Gates on the built files themselves, the same build the browser tests use (the web server built
 * it into `ASTRO_OUT_DIR` before any test started): valid HTML, no broken internal link, and the
 * weight budgets.
 */

/** Gzip bytes of JavaScript that may load with a page: the heaviest page's allowance. */
const JS_BUDGET = BUDGETS.jsWithPage;
/** Gzip bytes of any one file a page fetches later on demand (the note grader and its feedback). */
const CHUNK_BUDGET = BUDGETS.onDemandChunk;
/**
 * Gzip bytes of JavaScript a page may load with everything it fetches later on demand. Reported
 * rather than held to the page budget, but capped so it cannot grow unnoticed.
 */
const JS_IN_ALL_CAP = 50 * 1024;
/** Gzip bytes of HTML plus render-blocking CSS: what fits in the first round trip. */
const FIRST_TRIP_BUDGET = BUDGETS.htmlCss;

test('every built page passes the Nu HTML Checker with no errors', () => {
  test.setTimeout(120_000);
  const dist = distDir();
  const result = checkHtml(dist);
  if (result.skipped) {
    expect(process.env['CI'], `${result.skipped}; CI must have Java`).not.toBe('true');
    test.skip(true, result.skipped);
  }
  console.log(
    `HTML check: ${result.pages} pages, ${result.errors.length} errors (${result.ignored} from Astro's island style ignored)`,
  );
  expect(result.pages).toBeGreaterThan(0);
  expect(result.errors.length, formatHtmlErrors(dist, result.errors)).toBe(0);
});

test('every internal link and asset in the build resolves', () => {
  const result = checkLinks(distDir(), siteBase());
  console.log(`Link check: ${result.pages} pages, ${result.links} internal links, ${result.broken.length} broken`);
  expect(result.links).toBeGreaterThan(0);
  expect(result.broken).toEqual([]);
});

test('every page keeps to its JavaScript and first-round-trip budgets', () => {
  const dist = distDir();
  const pages = weighPages(dist, siteBase());
  console.log(
    `${formatWeights(pages, weighSite(dist))}\nBudgets (gzip): JS with the page ≤ ${kb(JS_BUDGET)}, each on-demand chunk ≤ ${kb(CHUNK_BUDGET)}, JS in all ≤ ${kb(JS_IN_ALL_CAP)}, HTML+CSS ≤ ${kb(FIRST_TRIP_BUDGET)}`,
  );
  expect(pages.length).toBeGreaterThan(0);
  // The weighing must see the grader as on-demand somewhere, or it is not following dynamic imports.
  expect(pages.some((p) => p.jsOnDemand > 0)).toBe(true);
  const over: string[] = [];
  for (const { page, js, jsOnDemand, largestOnDemand, htmlCss } of pages) {
    const file = `${dist}${page.endsWith('/') ? `${page}index.html` : `${page}.html`}`;
    const html = readFileSync(file, 'utf8');
    const hasIslands = html.includes('<astro-island');
    if (js > JS_BUDGET) over.push(`${page}: JavaScript with the page ${kb(js)} > ${kb(JS_BUDGET)}`);
    if (largestOnDemand > CHUNK_BUDGET)
      over.push(`${page}: an on-demand chunk of ${kb(largestOnDemand)} > ${kb(CHUNK_BUDGET)}`);
    if (js + jsOnDemand > JS_IN_ALL_CAP)
      over.push(`${page}: JavaScript in all ${kb(js + jsOnDemand)} > ${kb(JS_IN_ALL_CAP)}`);
    if (!hasIslands && (js > 0 || jsOnDemand > 0 || /<script\b/i.test(html)))
      over.push(`${page}: has no island but loads script (${kb(js)} with the page, ${kb(jsOnDemand)} on demand)`);
    if (htmlCss > FIRST_TRIP_BUDGET) over.push(`${page}: HTML+CSS ${kb(htmlCss)} > ${kb(FIRST_TRIP_BUDGET)}`);
  }
  expect(over).toEqual([]);
});
