import {
  type Content,
  hasTranslation,
  isTranslatedState,
  type Unit,
  type UnitFile,
  unitsOf,
} from '@dari/core';
import { recogniseTranslated } from './carry.js';
import { sourceKey } from './key.js';
import type { MemoryEntry, TranslationMemory } from './types.js';

/**
 * The translation memory: source sentence → target per locale, first entry wins. Callers add the
 * live locale files before the archive, so a current translation beats one of a removed unit.
 * Only exact matches (normalized text, same code sequence) are looked up; fuzzy proposals across
 * articles would need review anyway and are the CAT tool's job with the exported TMX.
 */
export class MemoryIndex implements TranslationMemory {
  readonly #byLocale = new Map<string, Map<string, MemoryEntry>>();

  /** Adds an entry unless the locale already remembers a translation of the same source. */
  add(entry: MemoryEntry): void {
    let map = this.#byLocale.get(entry.locale);
    if (!map) {
      map = new Map();
      this.#byLocale.set(entry.locale, map);
    }
    const key = sourceKey(entry.source);
    if (key !== '' && !map.has(key)) map.set(key, entry);
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
    return this.#byLocale.get(locale)?.get(sourceKey(source));
  }

  /** Every entry, by locale then insertion order. */
  *entries(): Iterable<MemoryEntry> {
    for (const map of this.#byLocale.values()) yield* map.values();
  }

  get size(): number {
    let n = 0;
    for (const map of this.#byLocale.values()) n += map.size;
    return n;
  }
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
