import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CARD, cachedCard, cardSvg, RESVG_OPTIONS, renderCard } from './card.js';
import { renderCardHere } from './card-draw.js';

const size = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];

describe('share cards', () => {
  it('draws a 1200×630 PNG with a Korean title, once: the same text comes from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dari-cards-'));
    const text = { title: '한미 FTA 개정 협상 개시', lang: 'ko', site: '다리', date: '2017년 8월 17일' };
    const png = await cachedCard(dir, text);
    expect(size(png)).toEqual([CARD.width, CARD.height]);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(Buffer.from(await cachedCard(dir, text)).equals(Buffer.from(png))).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
    const other = await cachedCard(dir, { ...text, title: '증시 상승 마감' });
    expect(Buffer.from(other).equals(Buffer.from(png))).toBe(false);
    expect(readdirSync(dir)).toHaveLength(2);
  }, 60_000);

  it('names the article when a card cannot be drawn or stored in this thread', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dari-cards-')), 'not-a-folder');
    writeFileSync(file, '');
    const text = { title: 'Storm closes the port', lang: 'en', site: 'Dari', date: '2026-12-01' };
    await expect(cachedCard(join(file, 'cards'), text, 'en/storm')).rejects.toThrow(
      /^The share card of en\/storm could not be drawn: .*ENOTDIR/,
    );
  }, 60_000);

  it('draws off the main thread the same bytes as drawing in it (cards drawn before stay valid)', async () => {
    const text = {
      title: 'Council passes the 2027 budget',
      lang: 'en',
      site: 'Dari',
      date: 'December 1, 2026',
    };
    const inThread = new Resvg(await cardSvg(text), RESVG_OPTIONS).render().asPng();
    expect(Buffer.from(await renderCard(text)).equals(inThread)).toBe(true);
    // What the card workers draw (card-pool.ts).
    expect(Buffer.from(await renderCardHere(text)).equals(inThread)).toBe(true);
  }, 60_000);
});
