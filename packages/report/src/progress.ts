import { palette } from '@dari/core';

/** How a progress line looks: `check [##########..........] 120/360 files`. */
export interface ProgressStyle {
  /** The command, first on the line. */
  readonly label: string;
  /** What is counted, after the numbers (`files`, `articles`). */
  readonly unit: string;
  /** Cells of the bar. */
  readonly width?: number;
  readonly color?: boolean;
}

const WIDTH = 30;

/** Cells of the bar filled at `done` of `total`. */
const filledOf = (done: number, total: number, width: number) =>
  total <= 0 ? width : Math.min(width, Math.floor((done / total) * width));

/** One frame: a carriage return, then the line, so each frame draws over the last one. */
export function progressFrame(done: number, total: number, style: ProgressStyle): string {
  const width = style.width ?? WIDTH;
  const filled = filledOf(done, total, width);
  const c = palette(style.color ?? false);
  const bar = c.cyan('#'.repeat(filled)) + c.dim('.'.repeat(width - filled));
  return `\r${style.label} [${bar}] ${done}/${total} ${style.unit}`;
}

/** What `progressReporter` returns: `update` after each step, `end` once, also when the run failed. */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly end: () => void;
}

/**
 * Draws the progress line through `write` (the CLI gives stderr when it is a terminal): at most
 * every `interval` ms unless the bar grows, always the last frame, then a newline. `end` closes a
 * line cut short (a run stopped by bad input), so the error starts on a line of its own.
 */
export function progressReporter(
  write: (text: string) => void,
  style: ProgressStyle,
  clock: { now: () => number; interval?: number } = { now: Date.now },
): Progress {
  const interval = clock.interval ?? 100;
  let open = false;
  let lastFilled = -1;
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    update(done, total) {
      const final = done >= total;
      const filled = filledOf(done, total, style.width ?? WIDTH);
      const at = clock.now();
      if (!final && filled === lastFilled && at - lastAt < interval) return;
      lastFilled = filled;
      lastAt = at;
      write(progressFrame(done, total, style));
      open = true;
      if (final) {
        write('\n');
        open = false;
      }
    },
    end() {
      if (open) write('\n');
      open = false;
    },
  };
}
