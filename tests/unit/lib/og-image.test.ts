import { describe, expect, it } from 'vitest';
import { PREVIEW_SIZE, renderIcon, renderPreviewImage } from '../../../src/lib/og-image.ts';
import { pngSize } from '../deploy/png.ts';

describe('preview images', () => {
  it('renders a 1200×630 PNG with the page’s text', { timeout: 20_000 }, async () => {
    const png = await renderPreviewImage({
      path: '/lessons/rude/',
      kicker: 'Lesson 4 of 9 · Reason: It’s rude',
      title: 'It’s rude',
      subtitle: 'A subtitle.',
    });
    expect(pngSize(png)).toEqual(PREVIEW_SIZE);
  });
  it('gives different pages different images', { timeout: 20_000 }, async () => {
    const a = await renderPreviewImage({ path: '/a/', kicker: 'K', title: 'One title', subtitle: 'S' });
    const b = await renderPreviewImage({ path: '/b/', kicker: 'K', title: 'Another title', subtitle: 'S' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
  it('draws square icons at the asked size', () => {
    expect(pngSize(renderIcon(192))).toEqual({ width: 192, height: 192 });
  });
});
