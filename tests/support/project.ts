import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@dari/cli';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Copies the repo's articles, locales, config and glossary into a fresh temp project. */
export function copyProject(prefix = 'dari-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['articles', 'locales', 'dari.config.json', 'glossary.json']) {
    const from = join(REPO_ROOT, entry);
    if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true });
  }
  return dir;
}

/** Result of running one dari command in-process. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dari <argv>` in-process against a project folder, capturing its output. */
export async function dari(cwd: string, ...argv: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv, '--cwd', cwd], cwd, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    color: false,
    tty: false,
  });
  return { code, stdout, stderr };
}

/** Every file under a folder with its bytes and mtime, to prove a command changed nothing. */
export { snapshot } from '../../packages/sync/src/test-support/project.js';
