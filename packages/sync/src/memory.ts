import {
  type Content,
  hasTranslation,
  isTranslatedState,
  type Unit,
  type UnitFile,
  unitsOf,
} from '@dari/core';
import { recogniseTranslated } from './carry.js';
import { sourceDigest, sourceKey } from './key.js';
import type { MemoryEntry, TranslationMemory } from './types.js';

/**
 * The translation memory: source sentence → target per locale, first entry wins. Callers add the
 * live locale files before the archive, so a current translation beats one of a removed unit.
 * Only exact matches (normalized text, same code sequence) are looked up; fuzzy proposals across
 * articles would need review anyway and are the CAT tool's job with the exported TMX.
 *
 * Slots are keyed by the source key's digest (`sourceDigest`), so that the stamp cache can carry
 * an unchanged file's contribution as short digests instead of whole sentences; every hit is
 * checked against the full key, so a digest collision can only cost a pre-fill, never give a
 * wrong one.
 */
export class MemoryIndex implements TranslationMemory {
  readonly #byLocale = new Map<string, Map<string, MemoryEntry | Deferred>>();

  /** Adds an entry unless the locale already remembers a translation of the same source. */
  add(entry: MemoryEntry): void {
    this.#put(entry.locale, sourceDigest(sourceKey(entry.source)), entry);
  }

  /**
   * Reserves a source digest for an entry that is only read when looked up (from the stamp cache:
   * the file is unchanged, so reading it is needed only on a hit). `resolve` returns undefined when
   * the file no longer holds it; the lookup then finds nothing.
   */
  addDeferred(locale: string, digest: string, resolve: () => MemoryEntry | undefined): void {
    this.#put(locale, digest, { resolve });
  }

  #put(locale: string, key: string, slot: MemoryEntry | Deferred): void {
    let map = this.#byLocale.get(locale);
    if (!map) {
      map = new Map();
      this.#byLocale.set(locale, map);
    }
    if (key !== '' && !map.has(key)) map.set(key, slot);
  }

  /** Adds every translated unit of a bilingual file. */
  addFile(file: UnitFile, from: string): void {
    if (file.targetLang === undefined) return;
    for (const unit of unitsOf(file)) {
      const entry = memoryEntryOf(recogniseTranslated(unit), file.sourceLang, file.targetLang, from);
      if (entry) this.add(entry);
    }
  }

  lookup(locale: string, source: Content): MemoryEntry | undefined {
    const map = this.#byLocale.get(locale);
    const key = sourceKey(source);
    const digest = sourceDigest(key);
    const slot = map?.get(digest);
    if (!slot) return undefined;
    if (!('resolve' in slot)) return sourceKey(slot.source) === key ? slot : undefined;
    const entry = slot.resolve();
    if (entry && sourceKey(entry.source) === key) {
      map?.set(digest, entry);
      return entry;
    }
    // Gone from its file (or a digest collision): the slot answers no lookup.
    if (!entry || sourceDigest(sourceKey(entry.source)) !== digest) map?.delete(digest);
    return undefined;
  }

  /** Every entry, by locale then insertion order. */
  *entries(): Iterable<MemoryEntry> {
    for (const map of this.#byLocale.values()) {
      for (const [digest, slot] of map) {
        const entry = 'resolve' in slot ? slot.resolve() : slot;
        if (entry && ('resolve' in slot ? sourceDigest(sourceKey(entry.source)) === digest : true))
          yield entry;
      }
    }
  }

  get size(): number {
    let n = 0;
    for (const map of this.#byLocale.values()) n += map.size;
    return n;
  }
}

/** A memory slot filled on first lookup. */
interface Deferred {
  readonly resolve: () => MemoryEntry | undefined;
}

/** The memory entry a unit contributes: only translated (or later) units with a real target. */
export function memoryEntryOf(
  unit: Unit,
  sourceLang: string,
  locale: string,
  from?: string,
): MemoryEntry | undefined {
  if (!unit.target || !hasTranslation(unit) || !isTranslatedState(unit.state)) return undefined;
  return {
    source: unit.source,
    target: unit.target,
    sourceLang,
    locale,
    ...(from !== undefined ? { from } : {}),
    unitId: unit.id,
  };
}
