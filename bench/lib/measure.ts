import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** One timed child process. */
export interface Run {
  readonly command: string;
  readonly wallMs: number;
  /** Peak resident set size of the process tree's largest member, in MB; undefined without GNU time. */
  readonly peakRssMb: number | undefined;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Kill the process group after this long; the run is marked as timed out. */
  readonly timeoutMs?: number;
}

const GNU_TIME = '/usr/bin/time';

/** True when peak memory can be measured (GNU time, Debian package `time`). */
export function canMeasureMemory(): boolean {
  return existsSync(GNU_TIME);
}

/** Peak RSS in MB from GNU time's `-f %M` output (kilobytes); undefined when absent. */
export function parsePeakRss(text: string): number | undefined {
  const match = /(\d+)\s*$/.exec(text.trim());
  return match ? Number(match[1]) / 1024 : undefined;
}

/**
 * Runs a command as a child process and measures wall time (performance.now around the spawn) and
 * peak RSS (GNU time's rusage of the waited-for children, which covers the node process).
 */
export function measure(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), 'dari-bench-time-'));
  const timeFile = join(tmp, 'rss');
  const wrapped = canMeasureMemory();
  const [file, argv] = wrapped ? [GNU_TIME, ['-o', timeFile, '-f', '%M', cmd, ...args]] : [cmd, [...args]];
  const command = [cmd, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            // The whole group: the tool may have spawned workers of its own.
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          }, options.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      rmSync(tmp, { recursive: true, force: true });
      reject(e);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      clearTimeout(timer);
      const rss = wrapped && existsSync(timeFile) ? parsePeakRss(readFileSync(timeFile, 'utf8')) : undefined;
      rmSync(tmp, { recursive: true, force: true });
      resolve({
        command,
        wallMs,
        peakRssMb: rss,
        exitCode: code,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** Throws with the command's output when it failed, so a broken step is never reported as a time. */
export function ensureOk(run: Run, allowed: readonly number[] = [0]): Run {
  if (run.timedOut) throw new Error(`timed out after ${(run.wallMs / 1000).toFixed(0)} s: ${run.command}`);
  if (run.exitCode === null || !allowed.includes(run.exitCode)) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`exit ${run.exitCode}: ${run.command}\n${tail}`);
  }
  return run;
}
