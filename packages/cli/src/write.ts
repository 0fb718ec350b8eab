/** What `writeBlocks` needs of a stream (a `Writable`: `process.stdout`). */
export interface BlockSink {
  write(bytes: Uint8Array, done: (error?: Error | null) => void): unknown;
}

/** Block size and count: 4 MB of a report is encoded ahead of a slow reader, no more. */
export interface BlockOptions {
  /** UTF-8 bytes per write (at least 4: one character). */
  readonly blockBytes?: number;
  readonly blocks?: number;
}

/**
 * Writes text given in pieces to `sink` as UTF-8, through a few blocks that are reused once the
 * sink has taken them: the same bytes as `sink.write(pieces.join(''))`. A 149 MB report was one
 * string, then one fresh buffer of it held until the pipe drained; now the encoding overlaps the
 * reader, memory stays at a few megabytes, and no buffer is allocated per piece.
 */
export async function writeBlocks(
  sink: BlockSink,
  pieces: Iterable<string>,
  { blockBytes = 1 << 20, blocks = 4 }: BlockOptions = {},
): Promise<void> {
  const encoder = new TextEncoder();
  const idle: Uint8Array[] = [];
  let made = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const take = async (): Promise<Uint8Array> => {
    for (;;) {
      if (failure) throw failure;
      const free = idle.pop();
      if (free) return free;
      if (made < blocks) {
        made++;
        return new Uint8Array(blockBytes);
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
  const send = (block: Uint8Array, length: number) => {
    sink.write(block.subarray(0, length), (error) => {
      if (error) failure ??= error;
      idle.push(block);
      const resume = wake;
      wake = undefined;
      resume?.();
    });
  };
  let block = await take();
  let used = 0;
  for (const piece of pieces) {
    let rest = piece;
    while (rest.length > 0) {
      // encodeInto stops before a character that does not fit whole, surrogate pairs included.
      const { read, written } = encoder.encodeInto(rest, block.subarray(used));
      used += written;
      rest = read === rest.length ? '' : rest.slice(read);
      if (rest.length > 0 || used === blockBytes) {
        send(block, used);
        block = await take();
        used = 0;
      }
    }
  }
  if (used > 0) send(block, used);
  else idle.push(block);
  // Done when every block is back: the sink has taken (or refused) all of it.
  while (idle.length < made) {
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
  if (failure) throw failure;
}
