import { readFile } from 'node:fs/promises';
import { type CardText, renderCard } from './card-draw.ts';
import { cardPath, writeCard } from './card-file.ts';
import { takeDrawing } from './card-pool.ts';

export { CARD, type CardText, cardSvg, cardTree, RESVG_OPTIONS, renderCard } from './card-draw.ts';

/**
 * A card from `dir` (the project's cache folder) when one with the same text was drawn before or
 * is being drawn by the card workers (card-pool.ts), else drawn here and stored: an archive's cards
 * are drawn once, not on every build. `label` (`<locale>/<slug>`) names the card in an error.
 */
export async function cachedCard(dir: string, text: CardText, label?: string): Promise<Uint8Array> {
  const path = cardPath(dir, text);
  await takeDrawing(path);
  try {
    return await readFile(path);
  } catch {
    // Not drawn yet: drawn below.
  }
  try {
    const png = await renderCard(text);
    await writeCard(path, png);
    return png;
  } catch (e) {
    if (label === undefined) throw e;
    throw new Error(`The share card of ${label} could not be drawn: ${(e as Error).message}`, { cause: e });
  }
}
