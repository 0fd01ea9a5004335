import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHtmlFiles, hasJava } from '../../../scripts/check-html.ts';
import { anchorsIn, checkLinks, urlsIn } from '../../../scripts/check-links.ts';

/** A tiny built site on disk, so the crawlers are tested on files like Astro's, not on mocks. */
const dist = mkdtempSync(join(tmpdir(), 'dist-checks-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

describe('check-links', () => {
  it('reads href, src, srcset and island URLs, but not text inside scripts or comments', () => {
    const html = `<a href="/a/">a</a><img src="b.png" srcset="c.png 1x, d.png 2x" alt="">
      <astro-island component-url="/_astro/e.js" renderer-url="/_astro/f.js"></astro-island>
      <!-- <a href="/commented/"> --><script>const s = '<a href="/in-script/">';</script>`;
    expect(urlsIn(html)).toEqual(['/a/', 'b.png', 'c.png', 'd.png', '/_astro/e.js', '/_astro/f.js']);
  });

  it('collects ids and named anchors as fragment targets', () => {
    expect([...anchorsIn('<h2 id="why">Why</h2><a name="old"></a><p name="not-an-anchor">')]).toEqual(['why', 'old']);
  });

  it('passes good links and reports each broken one', () => {
    write('index.html', page('<a href="/lessons/rude/#why">ok</a><a href="/lessons/rude/#nowhere">x</a>'));
    write(
      'lessons/rude/index.html',
      page(
        '<h2 id="why">Why</h2><a href="../../">home</a><a href="/missing/">x</a><a href="https://example.com/">out</a>',
      ),
    );
    write(
      'check/index.html',
      page('<h1>Check</h1><a href="/check/#note=Hi%20Sam">shared note</a><img src="/x.png" alt="">'),
    );
    const result = checkLinks(dist);
    expect(result.pages).toBe(3);
    expect(result.broken).toEqual([
      { page: '/check/', url: '/x.png', reason: 'no file for /x.png' },
      { page: '/', url: '/lessons/rude/#nowhere', reason: 'no element with id "nowhere" on lessons/rude/index.html' },
      { page: '/lessons/rude/', url: '/missing/', reason: 'no file for /missing/' },
    ]);
  });
});

describe.skipIf(!hasJava())('check-html', () => {
  it('reports the errors in broken markup and none in good markup', () => {
    const good = write('html/good.html', page('<main><h1>Fine</h1><p>Text.</p></main>'));
    const bad = write('html/bad.html', page('<p><div>Block in a paragraph</p>'));
    const result = checkHtmlFiles([good, bad]);
    expect(result.pages).toBe(2);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.every((error) => error.url.endsWith('bad.html'))).toBe(true);
  }, 60_000);
});
