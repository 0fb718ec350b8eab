import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardDrawing, pageTimes } from './site.ts';

test('pageTimes takes the median render time of each kind of page from the build log', () => {
  const log = [
    '08:01:37   ├─ /en/articles/a/index.html (+9ms) ',
    '08:01:37   ├─ /ko/articles/a/index.html (+5ms) ',
    '08:01:37   └─ /ja/articles/a/index.html (+1.2s) ',
    '08:01:37   ├─ /en/articles/a/bilingual/index.html (\u001b[2m+8ms\u001b[22m) ',
    '08:01:37   ├─ /en/articles/a/card.png (+70ms) ',
    '08:01:37   ├─ /ko/page/2/index.html (+12ms) ',
    '08:01:37   ├─ /ko/index.html (+14ms) ',
    '08:01:37   ├─ /sitemap.xml (+3ms) ',
  ].join('\n');
  const times = pageTimes(log);
  assert.deepEqual(times.article, { pages: 3, medianMs: 9 });
  assert.equal(times.card?.medianMs, 70);
  assert.equal(times.list?.pages, 2);
  assert.equal(times.other?.pages, 1);
});

test('cardDrawing reads the line the site prints when its card workers are done', () => {
  const log = [
    '14:25:43   ├─ /en/articles/a/card.png (+15ms) ',
    '15:31:02 [dari] 30000 share cards drawn on 2 threads in 1012.4 s',
  ];
  assert.deepEqual(cardDrawing(log.join('\n')), { cards: 30000, threads: 2, seconds: 1012.4 });
  assert.equal(cardDrawing(log[0] ?? ''), undefined);
});
