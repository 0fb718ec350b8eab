import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { collectGarbage } from './gc.ts';

// This module and its imports run in the card workers too (card-worker.ts), straight from source
// with Node's type stripping: relative imports name their `.ts` file and the syntax stays erasable.

/** Size of a share card: the 1.91:1 image Open Graph and Twitter's large card both show uncropped. */
export const CARD = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface CardText {
  readonly title: string;
  /** Language of the title (a fallback title is in the source language). */
  readonly lang: string;
  readonly site: string;
  /** The date as the page prints it. */
  readonly date: string;
}

const require = createRequire(import.meta.url);
let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | undefined;

/**
 * Pretendard (OFL, from npm): one family with Hangul and Latin glyphs drawn to match, so a Korean
 * title with Latin words or digits is set in one face. Read once per thread; satori parses the
 * fonts once per array (it keeps the parsed fonts by the array's identity).
 */
function loadFonts() {
  fonts ??= Promise.all(
    (['Regular', 'Bold'] as const).map(async (w) => ({
      name: 'Pretendard',
      data: await readFile(require.resolve(`pretendard/dist/public/static/Pretendard-${w}.otf`)),
      weight: w === 'Bold' ? (700 as const) : (400 as const),
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The card's layout as satori's element tree (pure): site name, the title large, the date below it. */
export function cardTree(text: CardText): unknown {
  const size = text.title.length > 60 ? 54 : text.title.length > 34 ? 64 : 76;
  const div = (style: Record<string, unknown>, children: unknown) => ({
    type: 'div',
    props: { style, children },
  });
  return div(
    {
      width: CARD.width,
      height: CARD.height,
      display: 'flex',
      flexDirection: 'column',
      padding: '64px 72px',
      background: '#fdfcf9',
      color: '#1d1d1f',
      fontFamily: 'Pretendard',
      borderTop: '18px solid #0b5cad',
    },
    [
      div({ display: 'flex', fontSize: 34, color: '#0b5cad', fontWeight: 700 }, text.site),
      div(
        // Satori breaks Hangul between syllables unless told to keep words whole, as the page does.
        {
          display: 'flex',
          width: CARD.width - 144,
          fontSize: size,
          fontWeight: 700,
          lineHeight: 1.3,
          wordBreak: text.lang === 'ko' ? 'keep-all' : 'normal',
        },
        text.title,
      ),
      div({ display: 'flex', fontSize: 30, color: '#5a5a60', marginTop: 24 }, text.date),
    ],
  );
}

/** The card as SVG: satori lays it out and turns its text into paths. */
export async function cardSvg(text: CardText): Promise<string> {
  return satori(cardTree(text) as Parameters<typeof satori>[0], {
    width: CARD.width,
    height: CARD.height,
    fonts: await loadFonts(),
  });
}

/**
 * How resvg draws a card. Satori has already turned the text into paths: resvg needs no fonts, and
 * scanning the system's (CJK collections are large) would cost ten times the drawing.
 */
export const RESVG_OPTIONS = {
  fitTo: { mode: 'width', value: CARD.width },
  font: { loadSystemFonts: false },
} as const satisfies ResvgRenderOptions;

/** Cards drawn between two collections of the drawings' garbage. */
const COLLECT_EVERY = 10;
let drawn = 0;

/** A share card as PNG bytes, drawn in this thread. */
export async function renderCard(text: CardText): Promise<Uint8Array> {
  const image = await renderAsync(await cardSvg(text), RESVG_OPTIONS);
  const png = image.asPng();
  // The drawing's pixels (1200 × 630 × 4 bytes) and resvg's tree are native memory V8 does not
  // count: they are freed only when V8 collects the objects holding them, which it does late when
  // little else is allocated — drawing thousands of cards took hundreds of MB of RSS. The tree is
  // dropped by `renderAsync` itself; the image is young garbage a minor collection frees.
  if (++drawn % COLLECT_EVERY === 0) collectGarbage('minor');
  return png;
}

/**
 * A share card as PNG bytes, drawn synchronously: for a card worker, whose thread has nothing else
 * to do. resvg then allocates on this thread alone (`renderAsync` spreads its work over libuv's
 * pool, each thread with its own malloc arena: ≈ 90 MB more resident with two workers), and a
 * minor collection after each card frees its tree and pixels at once. The same bytes as
 * `renderCard` (card.test.ts).
 */
export async function renderCardHere(text: CardText): Promise<Uint8Array> {
  const png = new Resvg(await cardSvg(text), RESVG_OPTIONS).render().asPng();
  collectGarbage('minor');
  return png;
}
