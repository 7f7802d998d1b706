import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from './invite-unfurl.rules.js';

/**
 * Draws the 1200×630 social card: satori lays the text out with Inter (shipped by @fontsource/inter; satori reads
 * woff, not woff2) into an SVG, resvg turns it into a PNG. See docs/decisions/105-invite-unfurls.md.
 */

const FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'];
type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  // Several subsets so names in Latin, extended Latin, Greek and Cyrillic scripts all have glyphs.
  const files = FONT_SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      subset,
      weight,
      path: require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
    })),
  );
  // Each subset is its own family: satori falls back from one family to the next for a missing glyph.
  fonts ??= Promise.all(
    files.map(async ({ subset, weight, path }) => ({
      name: `Inter ${subset}`,
      data: await readFile(path),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown> } };
const h = (type: string, style: Record<string, unknown>, ...children: Array<Node | string | null>): Node => ({
  type,
  props: { style, children: children.filter((child) => child !== null) },
});

const PADDING = 72;
const GAP = 56;
const pictureSize = 240;
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING - pictureSize - GAP;

export async function renderInviteCard(text: CardText, picture?: Buffer): Promise<Buffer> {
  const face = picture
    ? {
        type: 'img',
        props: {
          src: `data:image/png;base64,${picture.toString('base64')}`,
          width: pictureSize,
          height: pictureSize,
          style: { borderRadius: 40 },
        },
      }
    : h(
        'div',
        {
          width: pictureSize,
          height: pictureSize,
          borderRadius: 40,
          background: `hsl(${text.hue}, 55%, 30%)`,
          color: '#ffffff',
          fontSize: 96,
          fontWeight: 700,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
        },
        text.initials,
      );
  const card = h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING}px`,
      boxSizing: 'border-box',
      background: 'linear-gradient(135deg, #fff7ed 0%, #ffedd5 100%)',
      color: '#1c1917',
      fontFamily: FONT_SUBSETS.map((subset) => `'Inter ${subset}'`).join(', '),
    },
    h(
      'div',
      { display: 'flex', alignItems: 'center', flex: 1 },
      face,
      h(
        'div',
        { display: 'flex', flexDirection: 'column', width: TEXT_WIDTH, marginLeft: GAP },
        text.invitedBy && h('div', { fontSize: 36, color: '#57534e', marginBottom: 12 }, text.invitedBy),
        h(
          'div',
          { fontSize: 68, fontWeight: 700, lineHeight: 1.1, lineClamp: 3, wordBreak: 'break-word', display: 'block' },
          text.groupName,
        ),
        text.memberCount && h('div', { fontSize: 34, color: '#57534e', marginTop: 20 }, text.memberCount),
      ),
    ),
    h(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        width: CARD_WIDTH - 2 * PADDING,
        fontSize: 34,
        fontWeight: 700,
      },
      h('div', { color: '#c2410c' }, text.siteName),
      h('div', { fontSize: 28, fontWeight: 400, color: '#57534e' }, text.invitedBy ? 'Open the link to join' : ''),
    ),
  );
  const svg = await satori(card as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
