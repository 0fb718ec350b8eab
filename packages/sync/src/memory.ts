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
  /** Per locale: digest → an entry, or the number of a deferred slot. */
  readonly #byLocale = new Map<string, Map<string, MemoryEntry | number>>();
  // Deferred slots as parallel arrays: an archive has hundreds of thousands, and an object (or a
  // closure) per slot was most of the cost of building the memory for a one-article edit.
  readonly #resolvers: Array<(unitId: string) => MemoryEntry | undefined> = [];
  readonly #slotResolver: number[] = [];
  readonly #slotUnit: string[] = [];

  /** Adds an entry unless the locale already remembers a translation of the same source. */
  add(entry: MemoryEntry): void {
    const map = this.#mapOf(entry.locale);
    const digest = sourceDigest(sourceKey(entry.source));
    if (!map.has(digest)) map.set(digest, entry);
  }

  /**
   * Reserves a file's source digests (`[digest, unitId, …]`, from the stamp cache) for entries that
   * are only read when looked up: the file is unchanged, so reading it is needed only on a hit.
   * `resolve` returns undefined when the file no longer holds the unit; the lookup then finds nothing.
   */
  addKeys(
    locale: string,
    keys: readonly string[],
    resolve: (unitId: string) => MemoryEntry | undefined,
  ): void {
    const map = this.#mapOf(locale);
    const resolver = this.#resolvers.push(resolve) - 1;
    for (let i = 0; i + 1 < keys.length; i += 2) {
      const digest = keys[i] as string;
      if (digest === '' || map.has(digest)) continue;
      map.set(digest, this.#slotUnit.length);
      this.#slotUnit.push(keys[i + 1] as string);
      this.#slotResolver.push(resolver);
    }
  }

  #mapOf(locale: string): Map<string, MemoryEntry | number> {
    let map = this.#byLocale.get(locale);
    if (!map) {
      map = new Map();
      this.#byLocale.set(locale, map);
    }
    return map;
  }

  #resolve(slot: number): MemoryEntry | undefined {
    const resolve = this.#resolvers[this.#slotResolver[slot] as number];
    return resolve?.(this.#slotUnit[slot] as string);
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
    if (slot === undefined) return undefined;
    if (typeof slot !== 'number') return sourceKey(slot.source) === key ? slot : undefined;
    const entry = this.#resolve(slot);
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
        if (typeof slot !== 'number') yield slot;
        else {
          const entry = this.#resolve(slot);
          if (entry && sourceDigest(sourceKey(entry.source)) === digest) yield entry;
        }
      }
    }
  }

  get size(): number {
    let n = 0;
    for (const map of this.#byLocale.values()) n += map.size;
    return n;
  }
}

/**
 * What the archive keeps of a unit that leaves a locale file: any target with text, in any state
 * (the archive rule: nothing a translator wrote is lost), with its state. Only an untouched source
 * pre-fill (an untranslated state whose target is the source) is not a translation and is dropped.
 */
export function archiveEntryOf(
  unit: Unit,
  sourceLang: string,
  locale: string,
  from?: string,
): MemoryEntry | undefined {
  if (!unit.target || !hasTranslation(unit)) return undefined;
  const untranslated = unit.state === 'new' || unit.state === 'needs-translation';
  if (untranslated && sourceKey(unit.target) === sourceKey(unit.source)) return undefined;
  // The archive keeps the state: a target removed while awaiting review comes back awaiting review.
  return { ...entryOf(unit, unit.target, sourceLang, locale, from), state: unit.state };
}

/**
 * Archive entries in the order the memory should prefer them (it keeps the first per source):
 * confirmed translations before ones still awaiting review, the latest archived first.
 */
export function preferredArchiveOrder(entries: readonly MemoryEntry[]): MemoryEntry[] {
  const rank = (e: MemoryEntry) => (e.state === undefined || isTranslatedState(e.state) ? 0 : 1);
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || b.i - a.i)
    .map(({ e }) => e);
}

/** The memory entry a unit contributes: only translated (or later) units with a real target. */
export function memoryEntryOf(
  unit: Unit,
  sourceLang: string,
  locale: string,
  from?: string,
): MemoryEntry | undefined {
  if (!unit.target || !hasTranslation(unit) || !isTranslatedState(unit.state)) return undefined;
  return entryOf(unit, unit.target, sourceLang, locale, from);
}

/** The entry for a unit whose target the caller has judged worth remembering. */
function entryOf(
  unit: Unit,
  target: Content,
  sourceLang: string,
  locale: string,
  from?: string,
): MemoryEntry {
  return {
    source: unit.source,
    target,
    sourceLang,
    locale,
    ...(from !== undefined ? { from } : {}),
    unitId: unit.id,
  };
}
