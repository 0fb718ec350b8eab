import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { largeReport } from '../test-support/large-report.js';
import { formatReport, REPORT_FORMATS, type ReportFormat, reportChunks } from './index.js';
import { jsonChunks } from './json-chunks.js';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * SHA-1 of each format's text for `largeReport`, as the reporters printed it when they built one
 * string (before they printed in pieces, commit 5dbb982): the reports are contracts, byte for byte.
 */
const WHOLE: Record<string, Record<string, string>> = {
  plain: {
    text: '314a55ae4930084126983c8ad2235fa40a7ea8fb',
    'text-color': 'd0765b1a6ea9f2d59657226f6a790a8b51fbaab5',
    json: '4a491f7414bdee4f6fcdfea917d123b3935aec75',
    github: '39f1415a4adf0a30bfc1c848e9ba5d6434311141',
    junit: 'f94398a51550ea43602c2f9a2650fd921ac9da0f',
    sarif: 'c36387dc00172a6bbe8ee2f1324b72c2f11c6229',
    markdown: 'a073abdcd3f52d5a9c654654825c2d17e7bd6b06',
  },
  changed: {
    text: '23c643d7a182e2bfff5312370b5c0eebbdebcd13',
    'text-color': 'f5b11f9256f654f0b53b50a6ad9371ce5e5362f0',
    json: 'c1302a3a38f94645b0c26b09ece1355bd4592065',
    github: 'ea6dca84000f4a4a526d4120d15830ba131152a2',
    junit: '26c49b3a298991e0f8e3b79d98c82b09c8c349f3',
    sarif: 'bfb10c7d301fc7b015dfe196239217b8e8c72ab0',
    markdown: '6c0767c757f15abfe5ed75d39017c645997259e9',
  },
  empty: {
    text: '86bacbf73bf59d60eab5daf451c609dd04195fe7',
    'text-color': '439bf1b214685e717c265b73390f2b4e28365ac4',
    json: 'e6b449db110155743dcef5047e98d24e5e59c09d',
    github: '80e491de409ef9a33d16fa8c1a31888094e2a5f4',
    junit: 'ddd67fc0acc44c6e040b27dffc42a07d70f530e5',
    sarif: '628ea1638d5a94ce80fbc0843b1d16c3e14659d8',
    markdown: '0320419a31133485f0f2d76e0a0ad50753813ddd',
  },
};

const REPORTS = {
  plain: largeReport(),
  changed: largeReport(300, 3, 'main~2'),
  empty: largeReport(0, 0),
};

describe('reportChunks', () => {
  for (const [name, report] of Object.entries(REPORTS)) {
    for (const format of REPORT_FORMATS) {
      it(`${name} report, ${format}: in pieces, the bytes it printed whole`, () => {
        const pieces = [...reportChunks(report, format as ReportFormat)];
        expect(sha1(pieces.join(''))).toBe(WHOLE[name]?.[format]);
        expect(formatReport(report, format as ReportFormat)).toBe(pieces.join(''));
        if (name === 'plain') expect(pieces.length, 'printed in more than one piece').toBeGreaterThan(1);
      });
    }
    it(`${name} report, coloured text: the bytes it printed whole`, () => {
      expect(sha1([...reportChunks(report, 'text', { color: true })].join(''))).toBe(
        WHOLE[name]?.['text-color'],
      );
    });
  }

  it('json of a large report: JSON.stringify with two spaces, a newline after', () => {
    const report = REPORTS.plain;
    const whole = JSON.parse(formatReport(report, 'json')) as unknown;
    expect(formatReport(report, 'json')).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });
});

describe('jsonChunks', () => {
  const same = (value: unknown) =>
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  const many = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
  const keyed = (n: number, key: (i: number) => string, value: (i: number) => unknown) =>
    Object.fromEntries(many(n, (i): [string, unknown] => [key(i), value(i)]));

  it('small values whole, as JSON.stringify prints them', () => {
    for (const v of [null, 1, 'x', true, [], {}, [1, [2, {}]], { a: [], b: {} }, { a: undefined }]) same(v);
  });

  it('undefined at the top gives nothing, as JSON.stringify gives undefined', () => {
    expect([...jsonChunks(undefined)]).toEqual([]);
  });

  it('large arrays and objects, nested at any depth, in batches', () => {
    const rows = many(5000, (i) => ({ id: i, name: `행 ${i}`, tags: i % 3 ? ['a', 'b'] : [], empty: {} }));
    same(rows);
    same({ version: 1, nested: { deeper: rows }, after: true });
    same([[rows, 1], 'tail']);
    const record = keyed(
      3000,
      (i) => `locales/ko/${i}.xlf`,
      (i) => ({ total: i }),
    );
    same({ pocount: { files: record } });
  });

  it('members JSON.stringify leaves out stay out, array holes and undefined print null', () => {
    const record = keyed(
      3000,
      (i) => `k${i}`,
      (i) => (i % 2 ? undefined : i),
    );
    same(record);
    same(
      keyed(
        3000,
        (i) => `k${i}`,
        () => undefined,
      ),
    );
    same({
      a: keyed(
        3000,
        (i) => `k${i}`,
        (i) => () => i,
      ),
      b: 1,
    });
    same(many(3000, (i) => (i % 2 ? undefined : i)));
  });

  it('array-index keys first, in order, as JSON.stringify orders them', () => {
    same(
      keyed(
        3000,
        (i) => (i % 2 ? `${i}` : `key${i}`),
        (i) => i,
      ),
    );
  });

  it('at a depth, each line after the first indented two spaces a level more', () => {
    const rows = many(3000, (i) => ({ id: i, list: [i, { k: 'v' }] }));
    for (const value of [rows, { a: rows }, 'x', 1, [1, [2]], { a: { b: [] } }, {}, [], new Date(0)]) {
      const at = (depth: number) => [...jsonChunks(value, depth)].join('');
      expect(at(2)).toBe(JSON.stringify(value, null, 2).replaceAll('\n', '\n    '));
      expect(at(3)).toBe(JSON.stringify(value, null, 2).replaceAll('\n', '\n      '));
    }
    expect([...jsonChunks(undefined, 2)]).toEqual([]);
  });

  it('a value with toJSON is handed whole to JSON.stringify', () => {
    same({ when: new Date(0), list: many(3000, (i) => ({ i, toJSON: () => `t${i}` })) });
  });
});
