import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from './gc.js';

describe('collectGarbage', () => {
  it('collects an object nothing refers to any more, at once', async () => {
    const ref = (() => new WeakRef(Array.from({ length: 100_000 }, (_, i) => i)))();
    // A WeakRef keeps its target alive until the job that made it ends.
    await tick();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});
