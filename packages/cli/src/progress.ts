import { type Progress, progressReporter } from '@dari/report';
import type { Io } from './io.js';

/** The progress line of a long run on `io.err`, or undefined where none may be drawn (`Io.tty`). */
export function progressFor(io: Io, label: string, unit: string): Progress | undefined {
  if (!io.tty) return undefined;
  return progressReporter(io.err, { label, unit, color: io.errColor ?? false });
}

/**
 * Runs `step` with the progress callback, closing the line however it ends, so an error that
 * stops the run starts on a line of its own.
 */
export async function withProgress<T>(
  progress: Progress | undefined,
  step: (onProgress: { onProgress?: (done: number, total: number) => void }) => Promise<T>,
): Promise<T> {
  try {
    return await step(progress ? { onProgress: progress.update } : {});
  } finally {
    progress?.end();
  }
}
