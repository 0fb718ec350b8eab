import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Outcome, peerPresent, readManifest, tempDir, tryFile } from './conformance-harness.js';

const present = peerPresent();
if (!present && process.env.CI === 'true')
  throw new Error(
    '../shared/testdata/xliff-peer is missing: the XLIFF conformance corpus must sit beside the repository in CI',
  );
if (!present) console.log('skipped: XLIFF peer corpus not found at ../shared/testdata/xliff-peer');

describe.skipIf(!present)('XLIFF peer corpus (../shared/testdata/xliff-peer/MANIFEST.tsv)', () => {
  const rows = present ? readManifest() : [];
  const dir = present ? tempDir() : '';
  const outcomes: Outcome[] = [];
  it.each(rows.map((r) => [r.local, r] as const))(
    '%s',
    (_name, row) => {
      const o = tryFile(row, dir);
      outcomes.push(o);
      expect(o.crash).toBeUndefined();
    },
    60_000,
  );
  it('table', () => {
    const table = outcomes.map((o) => JSON.stringify(o)).join('\n');
    if (process.env.DARI_PEER_TABLE) writeFileSync(process.env.DARI_PEER_TABLE, table);
  });
});
