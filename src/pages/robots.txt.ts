import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/manifest.ts';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(withBase('/sitemap-index.xml'), site).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
