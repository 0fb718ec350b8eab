#!/usr/bin/env node
import { processIo } from './io.js';
import { main } from './main.js';

// The one place a Dari command becomes a process exit code.
main(process.argv.slice(2), process.cwd(), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `dari: internal error (please report it): ${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
