/**
 * Renders a page's 1200×630 link-preview image at build time: satori lays out the card as SVG with
 * the self-hosted Atkinson Hyperlegible font (satori reads .woff, not .woff2), resvg turns it into PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { PreviewCard } from './share.ts';

/** Size of every preview image, the one Open Graph and Twitter cards both show uncropped. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(
    require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`),
  );
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** The site's colours, from global.css (light scheme), so previews match the pages. */
const COLOURS = { bg: '#fdfcf9', text: '#1c1c1e', muted: '#4f4f55', accent: '#0a58a8', white: '#ffffff' };

/** The site icon (the same drawing as public/favicon.svg), shared by the preview cards and the app icons. */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a58a8"/><path d="M8 9h16v11H14l-5 4v-4H8z" fill="#fff"/><path d="M12 13h8M12 16h5" stroke="#0a58a8" stroke-width="2" stroke-linecap="round"/></svg>';
const ICON_DATA_URL = `data:image/svg+xml;base64,${Buffer.from(ICON_SVG).toString('base64')}`;

type Node = { type: string; props: Record<string, unknown> };
const box = (style: Record<string, unknown>, children: (Node | string)[] | Node | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The card's layout as satori's element tree (plain objects, so no JSX build step is needed). */
function layout(card: PreviewCard): Node {
  const titleSize = card.title.length > 34 ? 72 : 88;
  return box(
    { width: '100%', height: '100%', background: COLOURS.bg, fontFamily: 'Atkinson', flexDirection: 'column' },
    [
      box({ height: 24, background: COLOURS.accent }, ''),
      box({ flex: 1, flexDirection: 'column', justifyContent: 'center', padding: '0 80px' }, [
        box({ fontSize: 34, color: COLOURS.accent, fontWeight: 700, marginBottom: 20 }, card.kicker),
        box({ fontSize: titleSize, color: COLOURS.text, fontWeight: 700, lineHeight: 1.1 }, card.title),
        box({ fontSize: 40, color: COLOURS.muted, marginTop: 28, lineHeight: 1.3 }, card.subtitle),
      ]),
      box({ alignItems: 'center', justifyContent: 'space-between', padding: '0 80px 48px' }, [
        box({ alignItems: 'center', fontSize: 40, fontWeight: 700, color: COLOURS.text }, [
          { type: 'img', props: { src: ICON_DATA_URL, width: 56, height: 56, style: { marginRight: 20 } } },
          'Add a\u00a0',
          box({ color: COLOURS.accent }, 'Note'),
        ]),
        box({ fontSize: 30, color: COLOURS.muted }, 'Free · private · no sign-up'),
      ]),
    ],
  );
}

/** Renders one preview card to PNG bytes. */
export async function renderPreviewImage(card: PreviewCard): Promise<Uint8Array<ArrayBuffer>> {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Atkinson',
    data: font(weight),
    weight,
    style: 'normal' as const,
  }));
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width } }).render().asPng());
}

/** Renders the site icon to a square PNG of `size` pixels. */
export function renderIcon(size: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(ICON_SVG, { fitTo: { mode: 'width', value: size } }).render().asPng());
}
