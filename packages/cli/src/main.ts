import { readFileSync } from 'node:fs';
import { DariError, type Diagnostic, formatDiagnostic } from '@dari/core';
import { FileSystemError, relativeTo } from '@dari/io';
import { parseInvocation } from './args.js';
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
  try {
    const inv = parseInvocation(argv, cwd);
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
        return await runStatus(inv.cwd, io);
      case 'review':
        return await runReview(inv.cwd, inv.file, inv.approve, io);
      case 'tm-export':
        return await runTmExport(inv.cwd, inv.output, io);
      case 'explain':
        return runExplain(inv.id, io);
    }
  } catch (e) {
    if (e instanceof DariError) {
      for (const d of e.diagnostics) io.err(`${formatDiagnostic(d)}\n`);
      return 2;
    }
    // A file-system failure that escaped the I/O layer: still a clear line naming the file, exit 2.
    const { code, path } = e as NodeJS.ErrnoException;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      const file = path ? relativeTo(cwd, path) : 'dari';
      io.err(`${formatDiagnostic(new FileSystemError(code, file).diagnostics[0] as Diagnostic)}\n`);
      return 2;
    }
    throw e;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
