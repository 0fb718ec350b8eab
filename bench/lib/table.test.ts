import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type BenchResult, ratioOf } from './result.ts';
import { renderColumns, renderTable } from './table.ts';

const base: BenchResult = {
  startedAt: '2024-01-01T00:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'Test CPU', memGb: 8, node: '24.0.0' },
  options: { size: 1000, siteSize: 1000, seed: 1, skipped: [] },
  corpus: { articles: 1000, bytes: 3_500_000, words: 520_000, xliffFiles: 3000 },
  measurements: [
    { id: 'sync-cold', label: 'dari sync (cold)', seconds: 4.2, peakMb: 210.4, target: '≤ 20 s', met: true },
    {
      id: 'sync-warm',
      label: 'dari sync (warm)',
      seconds: 0.05,
      target: '≤ 2 s',
      met: false,
      note: '3 files rewritten',
    },
  ],
  ratios: [
    ratioOf('check', 'pocount / dari check', { seconds: 0.5 }, { seconds: 12, timedOut: false }, 10),
    ratioOf('sync', 'po4a / dari sync', { seconds: 2 }, { seconds: 15, timedOut: true }, 10),
  ],
  notes: ['po4a not installed (apt-get install po4a)'],
};

test('the table shows times, memory, targets, verdicts, ratios and notes', () => {
  const text = renderTable(base);
  assert.match(text, /1,000 articles \(site 1,000\), seed 1, 2 × Test CPU/);
  assert.match(text, /3\.5 MB Markdown, 520,000 words, 3,000 XLIFF files/);
  assert.match(text, /dari sync \(cold\)\s+4\.20 s\s+210 MB\s+≤ 20 s\s+met/);
  assert.match(text, /dari sync \(warm\)\s+50\.0 ms\s+—\s+≤ 2 s\s+MISSED\s+3 files rewritten/);
  assert.match(text, /pocount \/ dari check\s+0\.50 s\s+12\.0 s\s+24\.0×\s+≥ 10×\s+met/);
  assert.match(text, /note: po4a not installed/);
});

test('a peer cut off by the time limit gives a lower bound and no MISSED verdict', () => {
  const text = renderTable(base);
  const line = text.split('\n').find((l) => l.startsWith('po4a / dari sync')) ?? '';
  assert.match(line, /> 7\.5×/);
  assert.doesNotMatch(line, /MISSED|met/);
});

test('columns are padded to the widest cell', () => {
  assert.equal(
    renderColumns(
      [
        ['a', '1', 'x', 'y'],
        ['bbb', '22', 'xx', 'y'],
      ],
      [1],
    ),
    'a     1  x   y\nbbb  22  xx  y',
  );
});
