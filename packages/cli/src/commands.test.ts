import { describe, expect, it } from 'vitest';
import { formatSyncSummary } from './commands.js';

const base = { locale: 'ko', added: 0, changed: 0, removed: 0, reused: 0, unchanged: 0, written: false };

describe('formatSyncSummary', () => {
  it('lists each file with changes and the totals', () => {
    const text = formatSyncSummary([
      { ...base, file: 'locales/ko/a.xlf', added: 2, changed: 1, reused: 1, unchanged: 5, written: true },
      { ...base, file: 'locales/ko/b.xlf', unchanged: 9 },
    ]);
    expect(text).toContain('locales/ko/a.xlf  +2 added  ~1 changed (needs review)  -0 removed  1 reused\n');
    expect(text).not.toContain('b.xlf');
    expect(text).toContain(
      'sync: 2 files, 1 written; 2 added, 1 changed (needs review), 0 removed, 1 reused from memory, 14 unchanged',
    );
  });

  it('says when a file was deleted with its article', () => {
    const text = formatSyncSummary([{ ...base, file: 'locales/ko/gone.xlf', written: true, deleted: true }]);
    expect(text).toMatch(/locales\/ko\/gone\.xlf {2}deleted/);
  });
});
