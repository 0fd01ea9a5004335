import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Learner text is only ever rendered as text. The surest guard is that nothing in `src/` can turn a
 * string into HTML: no DOM HTML setters and no raw-HTML escape hatches in Preact or Astro.
 */
const FORBIDDEN =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment)\b|\bset:html\b|\bdocument\.write(ln)?\s*\(/g;

/**
 * Uses that were checked and are safe, as `path: the matched text`, each with why. Empty: nothing
 * in the site needs raw HTML.
 */
const ALLOWED = new Map<string, string>();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|js|mjs|astro|mdx|md)$/.test(file))
    .map((file) => join(dir, file));
}

/** Every forbidden use in `text`, as `path:line: match`. */
function findUses(path: string, text: string): string[] {
  return [...text.matchAll(FORBIDDEN)]
    .map((match) => ({ match: match[0], line: text.slice(0, match.index).split('\n').length }))
    .filter(({ match }) => !ALLOWED.has(`${path}: ${match}`))
    .map(({ match, line }) => `${path}:${line}: ${match}`);
}

describe('no HTML built from strings in src/', () => {
  it('finds no innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML or set:html', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(0);
    const uses = files.flatMap((file) => findUses(relative('.', file), readFileSync(file, 'utf8')));
    expect(uses).toEqual([]);
  });

  it('would catch each of them', () => {
    const sample = [
      'el.innerHTML = note;',
      'el.outerHTML = note;',
      "el.insertAdjacentHTML('beforeend', note);",
      '<div dangerouslySetInnerHTML={{ __html: note }} />',
      '<Fragment set:html={note} />',
      'document.write(note);',
    ].join('\n');
    expect(findUses('sample.tsx', sample)).toHaveLength(6);
    expect(findUses('sample.tsx', 'el.textContent = note;')).toEqual([]);
  });
});
