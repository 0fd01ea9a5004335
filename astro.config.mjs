// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

/**
 * Where the site is published. Both come from the environment so that one build can live at a
 * domain's root or under a sub-path (a GitHub Pages project site, say).
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

/**
 * Rolldown warns that the `"use astro:head-inject"` directive Astro itself writes into every MDX
 * module "may not be preserved when bundling". It is Astro's marker, Astro handles it, and the
 * warning is upstream noise (withastro/astro#18087) that reads like a failure on a first build.
 * Only that exact warning is dropped; every other warning, of this code or any other, still prints.
 * @param {{ code?: string; message: string }} warning
 */
function isAstroHeadInjectWarning(warning) {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

export default defineConfig({
  site,
  base,
  // Test runs build into their own folders so that parallel runs never share an output.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // The sitemap lists real pages only: the 404 page is not one.
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  build: {
    // Inline every stylesheet: the first response then carries all render-blocking CSS.
    inlineStylesheets: 'always',
  },
  security: {
    // A <meta> Content-Security-Policy on every page: Astro hashes its own inline scripts and
    // styles; everything else must come from this site. No third-party origin, no unhashed inline
    // script, so learner text that somehow reached the DOM as HTML still could not run.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Astro leaves the <style> of components used inside MDX out of its hashes, and islands may set
      // style attributes, which hashes cannot cover. Inline CSS cannot run code, so styles may be
      // inline; scripts stay hash-only.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // No lesson shows code, so Markdown needs no syntax highlighter. (Shiki, the default, also writes
  // inline styles, and Astro warns on every build that they do not sit well with the CSP above.)
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // `onLog`, not `onwarn`: the Preact integration sets its own `onwarn`, which would replace ours.
        onLog(level, log, handler) {
          if (level === 'warn' && isAstroHeadInjectWarning(log)) return;
          handler(level, log);
        },
        output: {
          // The grader's vocabulary (its phrase and word lists) is a chunk of its own, fetched with the
          // grader's code on demand, so neither piece passes the 20 KB per-chunk budget.
          codeSplitting: {
            groups: [{ name: 'grader-vocabulary', test: /src[\\/]lib[\\/]grader[\\/](?:lexicon|word-lists)\.ts$/ }],
          },
        },
      },
    },
  },
  // Static pages with nothing to prefetch or transition; keep the output plain.
  prefetch: false,
  devToolbar: { enabled: false },
});
