import { readFileSync } from 'node:fs';
import { DariError, type Diagnostic, formatDiagnostic } from '@dari/core';
import { FileSystemError, relativeTo } from '@dari/io';
import { formatDiagnostics } from '@dari/report';
import { type Invocation, parseInvocation } from './args.js';
import { runCheck, runStatus, runSync, runTmExport } from './commands.js';
import { runExplain } from './explain.js';
import { helpFor } from './help.js';
import type { Io } from './io.js';
import { runReview } from './review.js';

/**
 * Runs one dari command and returns its exit code: 0 ok, 1 check failed, 2 bad input or usage.
 * Only bin.ts turns the code into a process exit.
 */
export async function main(argv: readonly string[], cwd: string, io: Io): Promise<number> {
  let inv: Invocation | undefined;
  try {
    inv = parseInvocation(argv, cwd);
    switch (inv.command) {
      case 'help':
        io.out(helpFor(inv.topic));
        return 0;
      case 'version':
        io.out(`${version()}\n`);
        return 0;
      case 'sync':
        return await runSync(inv, io);
      case 'check':
        return await runCheck(inv, io);
      case 'status':
        return await runStatus(inv, io);
      case 'review':
        return await runReview(inv.cwd, inv.file, inv.approve, io);
      case 'tm-export':
        return await runTmExport(inv.cwd, inv.output, io);
      case 'explain':
        return runExplain(inv.id, io);
    }
  } catch (e) {
    if (e instanceof DariError) return badInput(e.diagnostics, inv, io);
    // A file-system failure that escaped the I/O layer: still a clear line naming the file, exit 2.
    const { code, path } = e as NodeJS.ErrnoException;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      const file = path ? relativeTo(cwd, path) : 'dari';
      return badInput(new FileSystemError(code, file).diagnostics, inv, io);
    }
    throw e;
  }
}

/**
 * Bad input stops a command with exit 2: its lines on stderr, as always, and under `--format json`
 * or `github` the same diagnostics on stdout in that shape, for the CI step that reads it.
 */
function badInput(diagnostics: readonly Diagnostic[], inv: Invocation | undefined, io: Io): 2 {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
  const format = inv && 'format' in inv ? inv.format : undefined;
  if (inv && (format === 'json' || format === 'github')) {
    io.out(formatDiagnostics(diagnostics, format, { command: inv.command }));
  }
  return 2;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
