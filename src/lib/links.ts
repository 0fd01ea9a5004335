/** Links written by content authors, adjusted for where the site is deployed. */
import { joinBase } from './url.ts';

/**
 * Puts the base path in front of a root-relative link (`/lessons/rude/`) so MDX authors can write
 * links as if the site lived at the domain's root. Other links (other sites, `#anchors`, relative
 * paths, protocol-relative `//host`) and links that already carry the base are left alone.
 */
export function contentHref(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix !== '/' && (href.startsWith(prefix) || `${href}/` === prefix)) return href;
  return joinBase(base, href);
}
