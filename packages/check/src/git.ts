import { execFileSync } from 'node:child_process';
import { DariError } from '@dari/core';

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Files changed since a git ref, relative to `root`: committed, staged and working-tree changes plus
 * untracked files (a new locale file is as changed as an edited one). Throws `git-ref-unknown`.
 */
export function changedFilesSince(root: string, ref: string): Set<string> {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new DariError({
      ruleId: 'git-ref-unknown',
      severity: 'error',
      message: `--changed ${ref}: not a commit in the git repository at ${root}`,
      note: 'Pass a branch, tag or commit that exists here (in CI, fetch it first: git fetch origin main).',
    });
  }
  const lines = [
    ...git(root, ['diff', '--name-only', '--relative', ref, '--']).split('\n'),
    ...git(root, ['ls-files', '--others', '--exclude-standard']).split('\n'),
  ];
  return new Set(lines.filter((l) => l !== ''));
}
