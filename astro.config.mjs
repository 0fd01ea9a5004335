// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/**
 * Where the site is published. Both come from the environment so that one build can live at a
 * domain's root or under a sub-path (a GitHub Pages project site, say).
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  // Test runs build into their own folders so that parallel runs never share an output.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: {
    // Inline every stylesheet: the first response then carries all render-blocking CSS.
    inlineStylesheets: 'always',
  },
  // Static pages with nothing to prefetch or transition; keep the output plain.
  prefetch: false,
  devToolbar: { enabled: false },
});
