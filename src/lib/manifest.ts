/** The web app manifest and robots.txt, built with the site's base so they work under a sub-path. */
import { joinBase } from './url.ts';

/** Square PNG icon sizes: 180 for Apple devices, 192 and 512 for the manifest. */
export const ICON_SIZES = [180, 192, 512] as const;

/** The web app manifest for a site served under `base`. */
export function webManifest(base: string): Record<string, unknown> {
  return {
    name: 'Add a Note',
    short_name: 'Add a Note',
    description: 'A free, short course on writing a real note with your LinkedIn connection requests.',
    lang: 'en-GB',
    start_url: joinBase(base, '/'),
    scope: joinBase(base, '/'),
    display: 'standalone',
    background_color: '#fdfcf9',
    theme_color: '#0a58a8',
    icons: [
      { src: joinBase(base, '/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ...ICON_SIZES.filter((size) => size !== 180).map((size) => ({
        src: joinBase(base, `/icons/${size}.png`),
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
    ],
  };
}

/** robots.txt: everything may be crawled; points to the sitemap at its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
