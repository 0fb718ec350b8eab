import { colorsFor } from '@dari/core';

/** Where a command writes, so commands can be run in tests without a process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colours: Node's rule (a terminal, not under NO_COLOR, always under FORCE_COLOR). */
  readonly color: boolean;
  readonly tty: boolean;
}

/** The process's own streams. */
export function processIo(): Io {
  const tty = Boolean(process.stdout.isTTY);
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    tty,
    color: colorsFor(process.stdout),
  };
}

/** A progress reporter that draws a bar on stderr when it is a terminal, and nothing otherwise. */
export function progressBar(io: Io, label: string): ((done: number, total: number) => void) | undefined {
  if (!io.tty || !process.stderr.isTTY) return undefined;
  let last = -1;
  return (done, total) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    if (filled === last && done !== total) return;
    last = filled;
    io.err(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) io.err('\n');
  };
}
