import { colorsFor } from '@dari/core';
import { writeBlocks } from './write.js';

/** Where a command writes, so commands can be run in tests without a process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colours on `out`: Node's rule (a terminal, not under NO_COLOR, always under FORCE_COLOR). */
  readonly color: boolean;
  /**
   * Whether `err` is a terminal a progress line may be drawn on (`progressAllowed`). Progress never
   * goes to `out`, so it cannot end up in a report written to a file or a pipe.
   */
  readonly tty: boolean;
  /** Colours on `err`, for the progress line; default off. */
  readonly errColor?: boolean;
  /**
   * Writes a large text on `out`'s stream given in pieces (a report), resolving once it is taken;
   * without it, `writePieces` hands `out` the pieces gathered.
   */
  readonly outPieces?: (pieces: Iterable<string>) => Promise<void>;
}

/**
 * Whether to draw progress on `stream`: a terminal, not under CI (a CI log keeps every redraw as a
 * line of its own), not TERM=dumb (no carriage return there).
 */
export function progressAllowed(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return stream.isTTY === true && !ci && env.TERM !== 'dumb';
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: colorsFor(process.stdout),
    tty: progressAllowed(process.stderr, process.env),
    errColor: colorsFor(process.stderr),
    outPieces: (pieces) => writeBlocks(process.stdout, pieces),
  };
}

/** Pieces smaller than this are gathered before `out` is called: a report's separators are a few bytes. */
const GATHER = 1 << 16;

/**
 * Writes a report given in pieces (see `reportChunks`) on `io`'s output: the same bytes as
 * `io.out` of the joined text, without ever holding all of it.
 */
export async function writePieces(io: Io, pieces: Iterable<string>): Promise<void> {
  if (io.outPieces) return io.outPieces(pieces);
  let pending: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    pending.push(piece);
    size += piece.length;
    if (size >= GATHER) {
      io.out(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  if (size > 0) io.out(pending.join(''));
}
