import { type Content, unitsOf } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { readXliff } from './read.js';
import { type ArticleStamp, formatStamp, parseStamp, sourcesDigest } from './stamp.js';
import { requireSchemas, unitFile, validate } from './test-support.js';
import { writeXliff } from './write.js';

const schemas = requireSchemas();

const stamp: ArticleStamp = {
  article: 'a'.repeat(40),
  segmentation: '0123456789abcdef',
  sources: 'b'.repeat(40),
  lang: 'en',
  date: '2017-08-17',
  dateline: 'WASHINGTON & "SEOUL" <', // escaped in XML, intact in JSON
};
const other: ArticleStamp = { ...stamp, article: 'c'.repeat(40) };

describe.each(['1.2', '2.0'] as const)('the article stamp in XLIFF %s', (version) => {
  const model = unitFile({ version });

  it('is written into a new file, read back, and the file still validates', () => {
    const text = writeXliff(model, undefined, { stamp });
    const doc = readXliff(text, 'x.xlf');
    expect(doc.stamp).toEqual(stamp);
    expect(unitsOf(doc).map((u) => u.id)).toEqual(unitsOf(model).map((u) => u.id));
    if (!schemas.missing) expect(validate(text).errors).toBe('');
  });

  it('is added to a file written by an older Dari, updated when it changes, and nothing else moves', () => {
    const old = writeXliff(model);
    expect(readXliff(old, 'x.xlf').stamp).toBeUndefined();
    const stamped = writeXliff(model, readXliff(old, 'x.xlf'), { stamp });
    expect(readXliff(stamped, 'x.xlf').stamp).toEqual(stamp);
    expect(stamped).toBe(writeXliff(model, undefined, { stamp }));
    const updated = writeXliff(model, readXliff(stamped, 'x.xlf'), { stamp: other });
    expect(readXliff(updated, 'x.xlf').stamp).toEqual(other);
    expect(updated.replace(other.article, stamp.article)).toBe(stamped);
    if (!schemas.missing) expect(validate(updated).errors).toBe('');
  });

  it('leaves the bytes alone when the stamp is the same, or when no stamp is given', () => {
    const stamped = writeXliff(model, undefined, { stamp });
    expect(writeXliff(model, readXliff(stamped, 'x.xlf'), { stamp })).toBe(stamped);
    expect(writeXliff(model, readXliff(stamped, 'x.xlf'))).toBe(stamped);
  });

  it('keeps the notes a CAT tool put beside it', () => {
    const tool =
      version === '1.2'
        ? writeXliff(model).replace(
            '<body>',
            '<header>\n      <note from="translator">Glossary: KORUS</note>\n      <tool tool-id="t" tool-name="T"/>\n    </header>\n    <body>',
          )
        : writeXliff(model).replace(
            '<group',
            '<notes>\n      <note category="translator">Glossary: KORUS</note>\n    </notes>\n    <group',
          );
    const stamped = writeXliff(model, readXliff(tool, 'x.xlf'), { stamp });
    expect(stamped).toContain('Glossary: KORUS');
    expect(readXliff(stamped, 'x.xlf').stamp).toEqual(stamp);
    if (!schemas.missing) expect(validate(stamped).errors).toBe('');
  });
});

describe('parseStamp', () => {
  it('round-trips a stamp and refuses anything else without throwing', () => {
    expect(parseStamp(formatStamp(stamp))).toEqual(stamp);
    expect(parseStamp('{"dari":1}')).toBeUndefined();
    expect(parseStamp('not json')).toBeUndefined();
    expect(parseStamp(formatStamp(stamp).replace('"dari":1', '"dari":99'))).toBeUndefined();
  });
});

describe('sourcesDigest', () => {
  const code = { type: 'open', id: '1', kind: 'link', data: '<a href="x">' } as const;
  it('sees text and code identity, as the stale rule does, but not code data', () => {
    const d = (source: Content) => sourcesDigest('en', {}, [{ id: 's-1', source }]);
    expect(d(['a', 'b'])).toBe(d(['ab']));
    expect(d([code, 'x'])).toBe(d([{ ...code, data: '<a href="y">' }, 'x']));
    expect(d([code, 'x'])).not.toBe(d([{ ...code, id: '2' }, 'x']));
    expect(d(['ab'])).not.toBe(d(['ab ']));
  });
  it('sees the language, date and dateline rules resolve weekdays against', () => {
    const items = [{ id: 's-1', source: ['Thursday'] }];
    expect(sourcesDigest('en', { date: '2017-08-17' }, items)).not.toBe(
      sourcesDigest('en', { date: '2017-08-18' }, items),
    );
    expect(sourcesDigest('en', {}, items)).not.toBe(sourcesDigest('en', { dateline: 'SEOUL' }, items));
  });
});
