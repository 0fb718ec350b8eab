import { sourceKey } from './key.js';
import type { MemoryEntry } from './types.js';

/**
 * The archive after adding removed translations: one entry per source sentence, the latest
 * translation replacing an older one, so a sentence that comes back is proposed as last translated.
 */
export function mergeArchive(
  existing: readonly MemoryEntry[],
  added: readonly MemoryEntry[],
): { entries: MemoryEntry[]; changed: boolean } {
  const byKey = new Map<string, MemoryEntry>();
  const id = (e: MemoryEntry) => `${e.locale}\u0000${sourceKey(e.source)}`;
  for (const e of existing) byKey.set(id(e), e);
  let changed = false;
  for (const e of added) {
    const key = id(e);
    const before = byKey.get(key);
    if (before && sourceKey(before.target) === sourceKey(e.target)) continue;
    byKey.delete(key);
    byKey.set(key, e);
    changed = true;
  }
  return { entries: [...byKey.values()], changed };
}
