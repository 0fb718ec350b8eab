/** One measured step. */
export interface Measurement {
  readonly id: string;
  readonly label: string;
  readonly seconds?: number;
  readonly peakMb?: number;
  /** Human-readable target, e.g. `≤ 20 s`. */
  readonly target?: string;
  /** Whether the target was met; undefined when it does not apply at this size. */
  readonly met?: boolean;
  readonly note?: string;
  /** Extra numbers (throughput, files rewritten, pages, bytes) kept in the JSON. */
  readonly data?: Readonly<Record<string, number | string | boolean>>;
}

/** Dari against a peer tool on the same corpus. */
export interface Ratio {
  readonly id: string;
  readonly label: string;
  readonly dariSeconds: number;
  readonly peerSeconds: number;
  /** peer / dari: how many times faster Dari is. */
  readonly ratio: number;
  /** The peer hit the time limit: the true ratio is at least this. */
  readonly lowerBound: boolean;
  readonly target?: number;
  readonly peakMb?: { readonly dari?: number; readonly peer?: number };
}

/** Everything one `pnpm bench` run found; written as JSON under bench/results/. */
export interface BenchResult {
  readonly startedAt: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memGb: number;
    readonly node: string;
  };
  readonly options: {
    readonly size: number;
    readonly siteSize: number;
    readonly seed: number;
    readonly skipped: string[];
  };
  readonly corpus?: {
    readonly articles: number;
    readonly bytes: number;
    readonly words: number;
    readonly xliffFiles?: number;
  };
  readonly measurements: Measurement[];
  readonly ratios: Ratio[];
  /** Steps that did not run and why (tool missing, package not built yet, step failed). */
  readonly notes: string[];
}

/** Ratio of a peer's time to Dari's, marked as a lower bound when the peer was cut off. */
export function ratioOf(
  id: string,
  label: string,
  dari: { seconds: number; peakMb?: number | undefined },
  peer: { seconds: number; peakMb?: number | undefined; timedOut: boolean },
  target?: number,
): Ratio {
  return {
    id,
    label,
    dariSeconds: dari.seconds,
    peerSeconds: peer.seconds,
    ratio: peer.seconds / Math.max(dari.seconds, 1e-6),
    lowerBound: peer.timedOut,
    ...(target === undefined ? {} : { target }),
    peakMb: { dari: dari.peakMb, peer: peer.peakMb },
  };
}
