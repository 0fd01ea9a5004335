/**
 * Joins the site's base path (`/` or a sub-path such as `/add-a-note/`) and a root-relative path,
 * so every internal link works wherever the site is deployed.
 */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${head}${tail}`;
}

/** The path of a page, for links: `withBase('/lessons/')` under the configured base. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
