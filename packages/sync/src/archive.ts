import { sourceKey } from './key.js';
import type { MemoryEntry } from './types.js';

/**
 * The archive after adding removed translations: one entry per source sentence and target, so no
 * earlier translation of a sentence is dropped; one archived again in another state moves to the
 * end (the latest, which the memory prefers) with that state.
 */
export function mergeArchive(
  existing: readonly MemoryEntry[],
  added: readonly MemoryEntry[],
): { entries: MemoryEntry[]; changed: boolean } {
  const byKey = new Map<string, MemoryEntry>();
  const id = (e: MemoryEntry) => `${e.locale}\u0000${sourceKey(e.source)}\u0000${sourceKey(e.target)}`;
  for (const e of existing) byKey.set(id(e), e);
  let changed = false;
  for (const e of added) {
    const key = id(e);
    const before = byKey.get(key);
    if (before && before.state === e.state) continue;
    byKey.delete(key);
    byKey.set(key, e);
    changed = true;
  }
  return { entries: [...byKey.values()], changed };
}
