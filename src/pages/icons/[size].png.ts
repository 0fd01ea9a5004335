import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIcon } from '../../lib/og-image.ts';
import { ICON_SIZES } from '../../lib/manifest.ts';

/** The app icons the manifest and the Apple touch icon point to, drawn from the one SVG icon. */
export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(renderIcon(Number(params.size)), { headers: { 'Content-Type': 'image/png' } });
