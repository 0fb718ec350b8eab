import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { simpleFields } from './frontmatter-simple.js';

// The quick reader may decline anything, but what it reads must be exactly what `yaml` reads.
const READ = [
  'title: "S. Korea, U.S. to hold talks"\ndate: 2017-08-17',
  "title: 'Single quoted'\nlang: ko\ndateline: SEOUL",
  'title: Plain, with commas [and] brackets {x} and a:b\ndate: 2017-08-17',
  'title: URL https://x.kr/a#b in plain text\ncredit: Yonhap',
  'title: 한미 FTA 개정 협상\r\ndate: 2017-08-17\r\n\r\nsummary:   spaced out  value',
];
const DECLINED = [
  'title: 12',
  'title: true',
  'title: Null',
  'title: ~',
  'title: .inf',
  'title: -dash first',
  'title: text # comment',
  'title: "escaped \\" quote"',
  "title: 'it''s'",
  'title: trailing colon:',
  'title: has: colon space',
  'title:',
  'title: x\ntitle: y',
  'tags: [a, b]',
  'tags:\n  - a',
  'summary: first\n  continued',
  '# comment\ntitle: x',
  'title: x\r',
  'title: "x"  ',
  'title: tab\there',
  'title: &anchor x',
  '"quoted key": x',
];

describe('simpleFields', () => {
  it('reads simple frontmatter exactly as the yaml library does, keys at their lines', () => {
    for (const text of READ) {
      const fields = simpleFields(text, 2);
      expect(fields, text).toBeDefined();
      expect(Object.fromEntries((fields ?? []).map((f) => [f.key, f.value])), text).toEqual(parse(text));
    }
    expect(simpleFields(READ[4] ?? '', 2)?.map((f) => `${f.key}@${f.line}:${f.column}`)).toEqual([
      'title@2:1',
      'date@3:1',
      'summary@5:1',
    ]);
  });

  it('leaves everything it is not sure about to the yaml library', () => {
    for (const text of DECLINED) expect(simpleFields(text, 2), text).toBeUndefined();
  });
});
