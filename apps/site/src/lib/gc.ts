import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: ((options?: { type: 'major' | 'minor' }) => void) | undefined | null = null;

/**
 * A full garbage collection, now. Reading the index parses every article and XLIFF file once and
 * drops it; V8 collects that garbage late and grows its heap meanwhile (at 10,000 articles by
 * ≈ 500 MB of resident memory it then keeps). Collecting every few hundred articles bounds it.
 * V8's `gc()` is exposed once, here; where it cannot be, this does nothing. A `minor` collection
 * (the young generation only, about a millisecond) frees short-lived native objects' wrappers
 * (their finalizers run on the next turn of the event loop); JavaScript `WeakRef` targets wait for
 * a major one.
 */
export function collectGarbage(kind: 'major' | 'minor' = 'major'): void {
  if (gc === null) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as NonNullable<typeof gc>;
    } catch {
      gc = undefined;
    }
  }
  gc?.({ type: kind });
}
