import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { CardText } from './card-draw.ts';

/** Bump when the card's look changes: cached cards of the old look are then not used. */
const CARD_VERSION = 2;

/** Where the card of `text` is kept in the card cache `dir`: named by its content. */
export function cardPath(dir: string, text: CardText): string {
  const key = createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, text.title, text.lang, text.site, text.date]))
    .digest('hex');
  return join(dir, `${key}.png`);
}

/** Stores a drawn card: written beside and renamed, so a build stopped halfway leaves no half card. */
export async function writeCard(path: string, png: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}-${threadId}.tmp`;
  await writeFile(temp, png);
  await rename(temp, path);
}

/** A card for a worker to draw and store at `path`; `id` pairs the reply with it. */
export interface CardJob {
  readonly id: number;
  readonly text: CardText;
  readonly path: string;
}

/** A worker's answer: the card is stored, or `error` (a stack) says why not. */
export interface CardReply {
  readonly id: number;
  readonly error?: string;
}
