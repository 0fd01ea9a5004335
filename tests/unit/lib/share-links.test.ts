import { describe, expect, it } from 'vitest';
import { contentHref } from '../../../src/lib/links.ts';
import { ICON_SIZES, robotsTxt, webManifest } from '../../../src/lib/manifest.ts';
import { addLine, courseLinkLine, profileNote, removeLine } from '../../../src/lib/reply.ts';
import { PAGE_CARDS, previewImagePath } from '../../../src/lib/share.ts';

describe('contentHref', () => {
  it.each([
    ['/', '/lessons/rude/', '/lessons/rude/'],
    ['/add-a-note/', '/lessons/rude/', '/add-a-note/lessons/rude/'],
    ['/add-a-note', '/lessons/rude/#give', '/add-a-note/lessons/rude/#give'],
    ['/add-a-note/', '/add-a-note/lessons/', '/add-a-note/lessons/'],
    ['/add-a-note/', 'https://example.com/', 'https://example.com/'],
    ['/add-a-note/', '//example.com/x', '//example.com/x'],
    ['/add-a-note/', '#takeaway', '#takeaway'],
    ['/add-a-note/', 'mailto:a@b.c', 'mailto:a@b.c'],
  ])('with base %s turns %s into %s', (base, href, expected) => {
    expect(contentHref(base, href)).toBe(expected);
  });
});

describe('previewImagePath', () => {
  it.each([
    ['/', '/', '/og/index.png'],
    ['/lessons/', '/', '/og/lessons.png'],
    ['/lessons/rude/', '/', '/og/lessons/rude.png'],
    ['/add-a-note/lessons/rude/', '/add-a-note/', '/og/lessons/rude.png'],
    ['/add-a-note/', '/add-a-note/', '/og/index.png'],
    ['/404.html', '/', '/og/404.png'],
  ])('%s under %s has its image at %s', (page, base, expected) => {
    expect(previewImagePath(page, base)).toBe(expected);
  });
  it('gives every fixed page its own image', () => {
    const images = PAGE_CARDS.map((card) => previewImagePath(card.path));
    expect(new Set(images).size).toBe(PAGE_CARDS.length);
  });
});

describe('manifest and robots.txt', () => {
  it('puts the base in front of every path', () => {
    const manifest = webManifest('/add-a-note/') as { start_url: string; scope: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe('/add-a-note/');
    expect(manifest.scope).toBe('/add-a-note/');
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      '/add-a-note/favicon.svg',
      '/add-a-note/icons/192.png',
      '/add-a-note/icons/512.png',
    ]);
    expect(ICON_SIZES).toContain(512);
  });
  it('names the sitemap', () => {
    expect(robotsTxt('https://x.io/a/sitemap-index.xml')).toContain('Sitemap: https://x.io/a/sitemap-index.xml');
  });
});

describe('reply kit text', () => {
  const line = courseLinkLine('https://x.io/');
  it('adds the course link once, on its own paragraph, and removes it again', () => {
    const withLink = addLine('Hi there!  ', line);
    expect(withLink).toBe(`Hi there!\n\n${line}`);
    expect(addLine(withLink, line)).toBe(withLink);
    expect(removeLine(withLink, line)).toBe('Hi there!');
  });
  it('keeps the learner’s edits when the link goes', () => {
    const edited = `Hi Ana!\n\n${line}\n\nSee you Tuesday.`;
    expect(removeLine(edited, line)).toBe('Hi Ana!\n\n\n\nSee you Tuesday.');
    expect(removeLine('No link here', line)).toBe('No link here');
  });
  it('writes the profile note with its link', () => {
    expect(profileNote('https://x.io/')).toBe(
      'Inviting me to connect? A line on how we know each other or why you’re writing helps me say yes. More: https://x.io/',
    );
  });
});
