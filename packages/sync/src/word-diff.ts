import { diffWords } from 'diff';

/**
 * What changed between two versions of a sentence, word by word, as `[-old-]{+new+}` (the
 * `git diff --word-diff` notation translators and reviewers can read in a plain note).
 */
export function wordDiff(before: string, after: string): string {
  let out = '';
  for (const change of diffWords(before, after)) {
    if (change.added) out += `{+${change.value}+}`;
    else if (change.removed) out += `[-${change.value}-]`;
    else out += change.value;
  }
  return out;
}
