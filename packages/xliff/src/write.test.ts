import { DariError, type UnitFile, unitsOf } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { readXliff } from './read.js';
import { modelOf, requireSchemas, unit, unitFile, validate } from './test-support.js';
import { writeXliff } from './write.js';

const schemas = requireSchemas();

const link = [
  'Talks in ',
  {
    type: 'open',
    id: '1',
    kind: 'link',
    data: '<a href="https://ustr.gov/?a=1&amp;b=2">',
    attrs: { href: 'https://ustr.gov/?a=1&b=2' },
  },
  'Seoul',
  { type: 'close', id: '1', kind: 'link', data: '</a>' },
  ' use ',
  { type: 'ph', id: '2', kind: 'code', data: '<code>x &lt; y</code>', attrs: { text: 'x < y' } },
  { type: 'ph', id: '3', kind: 'break', data: '<br>' },
  { type: 'open', id: '4', kind: 'emphasis', data: '<em>' },
  'split',
] as const;

const rich: UnitFile = unitFile({
  groups: [
    ...unitFile().groups,
    {
      id: 'p-2',
      kind: 'blockquote',
      units: [
        unit('s-2-1', {
          source: [...link],
          target: ['서울 ', ...link.slice(1)],
          state: 'needs-review',
          origin: 'memory',
          previousSource: ['Talks in Busan'],
          notes: [{ text: 'Source changed; check the city.', from: 'dari', annotates: 'target' }],
        }),
        unit('s-2-2', { target: ['Source of s-2-2.'], state: 'needs-translation', origin: 'source-copy' }),
        unit('s-2-3', { target: ['끝'], state: 'final' }),
        unit('s-2-4', { target: ['검토됨'], state: 'reviewed' }),
      ],
    },
  ],
});

describe.each(['1.2', '2.0'] as const)('writeXliff %s', (version) => {
  const file = { ...rich, version };

  it.skipIf(schemas.missing)('writes a file that validates against the strict OASIS schema', () => {
    const text = writeXliff(file);
    expect(validate(text)).toEqual({ ok: true, errors: '' });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(text.endsWith('</xliff>\n')).toBe(true);
  });

  it('reads back what it wrote: states, codes, notes, origin, groups', () => {
    const doc = readXliff(writeXliff(file), 'a.xlf');
    expect(doc).toMatchObject({
      version,
      sourceLang: 'en',
      targetLang: 'ko',
      original: 'articles/korus-fta.md',
    });
    expect(doc.groups.map((g) => [g.id, g.kind])).toEqual(file.groups.map((g) => [g.id, g.kind]));
    const expected = unitsOf(file).map((u) =>
      // 2.0 keeps the previous source as a note, as plain text.
      version === '2.0' && u.previousSource ? { ...u, previousSource: ['Talks in Busan'] } : u,
    );
    expect(unitsOf(doc).map(modelOf)).toEqual(expected);
  });

  it('is deterministic and idempotent: same model → same bytes, and rewriting the read file changes nothing', () => {
    const text = writeXliff(file);
    expect(writeXliff(file)).toBe(text);
    const doc = readXliff(text, 'a.xlf');
    expect(writeXliff(doc, doc)).toBe(text);
    expect(writeXliff(doc)).toBe(text);
  });

  it.skipIf(schemas.missing)('writes a source-language template without target language or targets', () => {
    const template: UnitFile = {
      version,
      sourceLang: 'en',
      original: 'articles/a.md',
      groups: [{ id: 'p-1', kind: 'title', units: [unit('s-1')] }],
    };
    const text = writeXliff(template);
    expect(validate(text).ok).toBe(true);
    const doc = readXliff(text, 'a.xlf');
    expect(doc.targetLang).toBeUndefined();
    expect(unitsOf(doc)[0]).toMatchObject({ state: 'new' });
    expect(unitsOf(doc)[0]?.target).toBeUndefined();
  });

  it('refuses characters XML cannot carry in 1.2, naming the unit; 2.x writes them as <cp>', () => {
    const bad = {
      ...file,
      groups: [{ id: 'p', kind: 'paragraph' as const, units: [unit('s-bad', { source: ['a\u0007b'] })] }],
    };
    if (version === '2.0') {
      const text = writeXliff(bad);
      expect(text).toContain('a<cp hex="0007"/>b');
      expect(unitsOf(readXliff(text, 'a.xlf'))[0]?.source).toEqual(['a\u0007b']);
      if (!schemas.missing) expect(validate(text).ok).toBe(true);
      return;
    }
    expect(() => writeXliff(bad)).toThrow(DariError);
    try {
      writeXliff(bad);
    } catch (err) {
      expect((err as DariError).diagnostics[0]).toMatchObject({ ruleId: 'xml-invalid-char' });
      expect((err as DariError).message).toContain('s-bad');
    }
  });

  it.skipIf(schemas.missing)(
    'splices: a changed target rewrites that unit only; added and removed units and groups keep the rest',
    () => {
      const doc = readXliff(writeXliff(file), 'a.xlf');
      const [title, p1, p2] = doc.groups;
      if (!title || !p1 || !p2) throw new Error('fixture');
      const next: UnitFile = {
        ...doc,
        groups: [
          title,
          {
            ...p1,
            units: [
              { ...(p1.units[0] as (typeof p1.units)[number]), target: ['새 번역'], state: 'translated' },
              unit('s-1-new'),
            ],
          },
          { id: 'p-new', kind: 'heading', units: [unit('s-h', { target: ['머리'], state: 'translated' })] },
          { ...p2, units: p2.units.slice(1) },
        ],
      };
      const text = writeXliff(next, doc);
      expect(validate(text)).toEqual({ ok: true, errors: '' });
      const back = readXliff(text, 'a.xlf');
      expect(back.groups.map((g) => [g.id, g.units.map((u) => u.id)])).toEqual([
        ['p-title', ['s-title']],
        ['p-1', ['s-1-1', 's-1-new']],
        ['p-new', ['s-h']],
        ['p-2', ['s-2-2', 's-2-3', 's-2-4']],
      ]);
      expect(unitsOf(back)[1]).toMatchObject({ target: ['새 번역'], state: 'translated' });
      // Everything before the first changed unit is byte-identical.
      const firstChange = doc.places.get('s-1-1')?.element.start ?? 0;
      expect(text.slice(0, firstChange)).toBe(doc.xml.text.slice(0, firstChange));
      // A fresh write of the same model gives the same bytes: splicing keeps the layout.
      expect(text).toBe(writeXliff(next));
    },
  );

  it.skipIf(schemas.missing)('switching version writes the file anew in the configured version', () => {
    const doc = readXliff(writeXliff(file), 'a.xlf');
    const other = version === '1.2' ? '2.0' : '1.2';
    const text = writeXliff({ ...doc, version: other }, doc);
    expect(readXliff(text, 'a.xlf').version).toBe(other);
    expect(validate(text).ok).toBe(true);
  });
});

describe('writeXliff: carriage returns from CRLF articles', () => {
  const crlf = unitFile({
    groups: [
      {
        id: 'p-1',
        kind: 'paragraph',
        units: [
          unit('s-1', {
            source: ['Line one\r\nline two\r', { type: 'ph', id: '1', kind: 'break', data: '<br>\r\n' }],
            target: ['첫 줄\r\n둘째 줄\r', { type: 'ph', id: '1', kind: 'break', data: '<br>\r\n' }],
            state: 'translated',
            notes: [{ text: 'note\r\nwith CR', from: 'editor' }],
          }),
        ],
      },
    ],
  });

  it.each(['1.2', '2.0'] as const)(
    'writes a raw \\r as &#13; and reads the same text back (%s)',
    (version) => {
      const file = { ...crlf, version };
      const text = writeXliff(file);
      expect(text).not.toContain('\r');
      expect(text).toContain('line two&#13;');
      const read = readXliff(text, 'crlf.xlf');
      expect(unitsOf(read).map(modelOf)).toEqual(unitsOf(file).map(modelOf));
    },
  );

  it('keeps the \\r when only the target of a read file changes (splice)', () => {
    const previous = readXliff(writeXliff(crlf), 'crlf.xlf');
    const next: UnitFile = {
      ...crlf,
      groups: crlf.groups.map((g) => ({
        ...g,
        units: g.units.map((u) => ({ ...u, target: ['새\r\n번역'], state: 'reviewed' as const })),
      })),
    };
    const text = writeXliff(next, previous);
    expect(text).toContain('새&#13;\n번역');
    expect(unitsOf(readXliff(text, 'crlf.xlf'))[0]?.source).toEqual(unitsOf(crlf)[0]?.source);
    expect(unitsOf(readXliff(text, 'crlf.xlf'))[0]?.target).toEqual(['새\r\n번역']);
  });
});
