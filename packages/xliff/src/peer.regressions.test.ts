import { DariError, type Unit, type UnitFile, unitsOf } from '@dari/core';
import { describe, expect, it } from 'vitest';
import type { XliffDocument } from './document.js';
import { DEFAULT_MAX_DEPTH, readXliff } from './read.js';
import { translatableUnitIds } from './translate.js';
import { writeXliff, writeXliffBytes } from './write.js';

/**
 * One focused test per defect of issue 12 (files other tools write) and issue 11 items 6 and 13,
 * each on a small file written here in the shape the tool writes.
 */

const NS12 = 'urn:oasis:names:tc:xliff:document:1.2';
const NS20 = 'urn:oasis:names:tc:xliff:document:2.0';

function ruleOf(f: () => unknown): { ruleId: string; line?: number; column?: number; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof DariError) return e.diagnostics[0] as never;
    throw e;
  }
  throw new Error('expected a DariError');
}

/** The model with one unit's target changed, as sync or a translator would. */
function edit(doc: UnitFile, id: string, target: Unit['target'] = ['번역']): UnitFile {
  return {
    ...doc,
    groups: doc.groups.map((g) => ({
      ...g,
      units: g.units.map((u) => (u.id === id ? { ...u, target, state: 'translated' as const } : u)),
    })),
  };
}

const unit = (doc: XliffDocument, id: string) => unitsOf(doc).find((u) => u.id === id);

describe('1: an unchanged 2.0 model gives identical bytes', () => {
  const text = `<?xml version='1.0' encoding='UTF-8'?>
<xliff xmlns='${NS20}' version='2.0' srcLang='en' trgLang='ko'>
 <file id='f1'>
  <unit id='u1'><segment><source>One.</source></segment></unit>
  <unit id='u2'><segment><source>Two.</source></segment></unit>
 </file>
</xliff>
`;
  it('keeps a <file> without original, and single quotes, on an unchanged write and on an edit', () => {
    const doc = readXliff(text, 'a.xlf');
    expect(writeXliff(doc, doc)).toBe(text);
    const out = writeXliff(edit(doc, 'u2'), doc);
    expect(out).toContain(" <file id='f1'>");
    expect(out).not.toContain('original=');
    expect(unit(readXliff(out, 'a.xlf'), 'u2')?.target).toEqual(['번역']);
  });
});

describe('2: 1.2 nested groups', () => {
  const text = `<xliff xmlns="${NS12}" version="1.2">
 <file original="a.json" source-language="en" target-language="ko" datatype="json"><body>
  <group id="outer">
   <group id="inner">
    <trans-unit id="1" resname="a"><source>Inner.</source></trans-unit>
   </group>
   <trans-unit id="2" resname="b" xml:space="preserve"><source xml:lang="en">After.</source><seg-source><mrk mtype="seg" mid="0">After.</mrk></seg-source><target xml:lang="ko"><mrk mtype="seg" mid="0">뒤.</mrk></target></trans-unit>
  </group>
 </body></file>
</xliff>`;
  it('reads a unit after a nested group in its outer group and writes it back where it was', () => {
    const doc = readXliff(text, 'a.xlf');
    expect(doc.groups.map((g) => [g.id, g.units.map((u) => u.id)])).toEqual([['outer', ['1', '2']]]);
    expect(writeXliff(doc, doc)).toBe(text);
    const out = writeXliff(edit(doc, '1'), doc);
    // Unit 2 is untouched: resname, xml:space, seg-source and the mrk around its target survive, no state is added.
    expect(out).toContain(
      text.slice(text.indexOf('   <trans-unit id="2"'), text.indexOf('  </group>\n </body>')),
    );
    expect(readXliff(out, 'a.xlf').groups.map((g) => g.units.map((u) => u.id))).toEqual([['1', '2']]);
  });
});

describe('3: 2.0 <cp hex>', () => {
  const text = `<xliff xmlns="${NS20}" version="2.0" srcLang="en" trgLang="ko"><file id="f">
<unit id="u1"><segment><source>A<cp hex="0001"/>B</source></segment></unit>
<unit id="u2"><segment><source>C</source></segment></unit>
</file></xliff>`;
  it('reads the character, writes the file back unchanged, and writes such characters as <cp>', () => {
    const doc = readXliff(text, 'a.xlf');
    expect(unit(doc, 'u1')?.source).toEqual(['A\u0001B']);
    expect(writeXliff(doc, doc)).toBe(text);
    expect(unit(readXliff(writeXliff(edit(doc, 'u2'), doc), 'a.xlf'), 'u2')?.target).toEqual(['번역']);
    const out = writeXliff(edit(doc, 'u1', ['가\u0001나']), doc);
    expect(out).toContain('<target>가<cp hex="0001"/>나</target>');
    expect(unit(readXliff(out, 'a.xlf'), 'u1')?.target).toEqual(['가\u0001나']);
  });
});

describe('4: 1.2 with a prefixed namespace', () => {
  const text = `<x:xliff xmlns:x="${NS12}" version="1.2"><x:file original="a" source-language="en" target-language="ko" datatype="plaintext"><x:body>
<x:trans-unit id="1"><x:source>One <x:ph id="1">&lt;br&gt;</x:ph></x:source></x:trans-unit>
</x:body></x:file></x:xliff>`;
  it('writes a new target (and its codes) with the prefix, in the XLIFF namespace', () => {
    const doc = readXliff(text, 'a.xlf');
    const source = unit(doc, '1')?.source ?? [];
    const out = writeXliff(edit(doc, '1', ['하나 ', ...source.slice(1)]), doc);
    expect(out).toContain(
      '<x:target state="translated">하나 <x:ph id="1" ctype="lb">&lt;br&gt;</x:ph></x:target>',
    );
    expect(unit(readXliff(out, 'a.xlf'), '1')?.target).toEqual(['하나 ', ...source.slice(1)]);
  });
});

describe('5: ids are unique per <file>', () => {
  const file = (name: string) =>
    `<file original="${name}" source-language="en" target-language="ja" datatype="plaintext"><body><trans-unit id="CFBundleName"><source>App</source></trans-unit></body></file>`;
  it('reads the same id in two files as two units, and refuses it twice in one file', () => {
    const doc = readXliff(
      `<xliff xmlns="${NS12}" version="1.2">${file('a.strings')}${file('b.strings')}</xliff>`,
      'x.xlf',
    );
    expect(unitsOf(doc).map((u) => u.id)).toEqual(['CFBundleName', 'b.strings/CFBundleName']);
    expect(writeXliff(doc, doc)).toBe(doc.xml.text);
    const twice = `<xliff xmlns="${NS12}" version="1.2">${file('a').replace('</body>', '<trans-unit id="CFBundleName"><source>B</source></trans-unit></body>')}</xliff>`;
    expect(ruleOf(() => readXliff(twice, 'x.xlf'))).toMatchObject({ ruleId: 'xliff-duplicate-id', line: 1 });
  });
});

describe('6: empty target-language and the byte-order mark', () => {
  it('keeps target-language="" and trgLang="" on an unchanged write, and the BOM on every write', () => {
    const v12 = `\uFEFF<xliff xmlns="${NS12}" version="1.2"><file original="a" source-language="en" target-language="" datatype="plaintext"><body><trans-unit id="1"><source>A</source></trans-unit></body></file></xliff>`;
    const doc = readXliff(Buffer.from(v12, 'utf8'), 'a.xlf');
    expect(Buffer.from(writeXliffBytes(doc, doc)).equals(Buffer.from(v12, 'utf8'))).toBe(true);
    const edited = Buffer.from(writeXliffBytes(edit(doc, '1'), doc));
    expect([...edited.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const v20 = `<xliff xmlns="${NS20}" version="2.0" srcLang="en" trgLang=""><file id="f"><unit id="1"><segment><source>A</source></segment></unit></file></xliff>`;
    const doc20 = readXliff(v20, 'b.xlf');
    expect(writeXliff(doc20, doc20)).toBe(v20);
  });
});

describe('7: XLIFF 1.0, 1.1, namespace-less 1.2, 2.1 and 2.2', () => {
  const body12 =
    '<file original="a" source-language="en" datatype="po"><body><trans-unit id="1"><source>A</source></trans-unit></body></file>';
  const body20 = '<file id="f"><unit id="1"><segment><source>A</source></segment></unit></file>';
  it.each([
    ['1.0', '', body12],
    ['1.1', ' xmlns="urn:oasis:names:tc:xliff:document:1.1"', body12],
    ['1.2', '', body12],
    ['2.1', ` xmlns="${NS20}" srcLang="en"`, body20],
    ['2.2', ' xmlns="urn:oasis:names:tc:xliff:document:2.2" srcLang="en"', body20],
  ])('reads %s and writes a change back in that version and namespace', (version, attrs, body) => {
    const text = `<xliff version="${version}"${attrs}>${body}</xliff>`;
    const doc = readXliff(text, 'a.xlf');
    expect(doc.declaredVersion).toBe(version);
    const out = writeXliff({ ...edit(doc, '1'), targetLang: 'ko' }, doc);
    expect(
      out.startsWith(`<xliff version="${version}"${attrs}`) || out.includes(`version="${version}"`),
    ).toBe(true);
    const back = readXliff(out, 'a.xlf');
    expect([back.declaredVersion, back.ns, unit(back, '1')?.target]).toEqual([version, doc.ns, ['번역']]);
  });
});

describe('8: the encoding the XML declaration names', () => {
  it('reads windows-1252 and writes it back in windows-1252', () => {
    const head = `<?xml version="1.0" encoding="windows-1252"?><xliff xmlns="${NS12}" version="1.2"><file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>`;
    const bytes = Buffer.concat([
      Buffer.from(`${head}<trans-unit id="1"><source>caf`, 'latin1'),
      Buffer.from([0xe9, 0x80]), // é and € in windows-1252
      Buffer.from('</source></trans-unit></body></file></xliff>', 'latin1'),
    ]);
    const doc = readXliff(bytes, 'a.xlf');
    expect(unit(doc, '1')?.source).toEqual(['café€']);
    expect(Buffer.from(writeXliffBytes(doc, doc)).equals(bytes)).toBe(true);
    const out = Buffer.from(writeXliffBytes(edit(doc, '1', ['Café € 카페']), doc));
    // € is byte 0x80 in windows-1252; Hangul has no byte there and becomes character references.
    expect(out.includes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toBe(true);
    expect(out.toString('latin1')).toContain('&#52852;&#54168;');
    expect(unit(readXliff(out, 'a.xlf'), '1')?.target).toEqual(['Café € 카페']);
  });

  it('reads UTF-16 (with its byte-order mark) and writes it back in UTF-16', () => {
    const text = `\uFEFF<?xml version="1.0" encoding="UTF-16"?><xliff xmlns="${NS12}" version="1.2"><file original="a" source-language="en" target-language="ko" datatype="plaintext"><body><trans-unit id="1"><source>A</source></trans-unit></body></file></xliff>`;
    const bytes = Buffer.from(text, 'utf16le');
    const doc = readXliff(bytes, 'a.xlf');
    expect(doc.encoding).toBe('utf-16le');
    expect(Buffer.from(writeXliffBytes(doc, doc)).equals(bytes)).toBe(true);
    const out = Buffer.from(writeXliffBytes(edit(doc, '1'), doc));
    expect([out[0], out[1]]).toEqual([0xff, 0xfe]);
    expect(unit(readXliff(out, 'a.xlf'), '1')?.target).toEqual(['번역']);
  });

  it('names the place of bytes that are not in the declared encoding', () => {
    const bytes = Buffer.concat([
      Buffer.from(`<xliff xmlns="${NS12}" version="1.2">\n<x>`),
      Buffer.from([0xff, 0xfe, 0x41]),
    ]);
    expect(ruleOf(() => readXliff(bytes, 'a.xlf'))).toMatchObject({
      ruleId: 'encoding-not-utf8',
      line: 2,
      column: 4,
    });
  });
});

describe('9: bin-unit, translate="no" and Trados segment markers', () => {
  const text = `<xliff xmlns="${NS12}" version="1.2"><file original="a" source-language="en" target-language="ko" datatype="x-sdlfilterframework2"><body>
<bin-unit id="b1" mime-type="image/png"><bin-source><external-file href="a.png"/></bin-source><trans-unit id="alt"><source>Alt text</source></trans-unit></bin-unit>
<trans-unit id="code" translate="no"><source>x = 1</source></trans-unit>
<group id="g" translate="no"><trans-unit id="inherited"><source>y</source></trans-unit></group>
<trans-unit id="seg"><source>Hello.</source><target>
    <mrk mtype="seg" mid="1">안녕.</mrk>
  </target></trans-unit>
</body></file></xliff>`;
  it('reads trans-units inside bin-unit and edits them in place', () => {
    const doc = readXliff(text, 'a.xlf');
    expect(
      unitsOf(doc)
        .map((u) => u.id)
        .sort(),
    ).toEqual(['alt', 'code', 'inherited', 'seg']);
    const out = writeXliff(edit(doc, 'alt'), doc);
    expect(out).toContain(
      '<trans-unit id="alt"><source>Alt text</source>\n<target state="translated">번역</target></trans-unit></bin-unit>',
    );
  });
  it('says which units are to be translated (translate="no" on the unit or inherited)', () => {
    expect([...(translatableUnitIds(readXliff(text, 'a.xlf')) ?? [])]).toEqual(['alt', 'seg']);
  });
  it('does not read the indentation around <mrk mtype="seg"> as target text', () => {
    const doc = readXliff(text, 'a.xlf');
    expect(unit(doc, 'seg')?.target).toEqual(['안녕.']);
    const out = writeXliff(edit(doc, 'seg', ['반가워.']), doc);
    expect(out).toContain('<target>\n    <mrk mtype="seg" mid="1">반가워.</mrk>\n  </target>');
    expect(unit(readXliff(out, 'a.xlf'), 'seg')?.target).toEqual(['반가워.']);
  });
});

describe('10: XLIFF 2 core constraints', () => {
  const doc20 = (units: string, root = 'srcLang="en" trgLang="ko"') =>
    `<xliff xmlns="${NS20}" version="2.0" ${root}>\n<file id="f">\n${units}\n</file>\n</xliff>`;
  it.each([
    [
      'TwoSourceInUnit',
      '<unit id="u"><segment><source>a</source><source>b</source></segment></unit>',
      'Content',
    ],
    [
      'SegmentIdNotUnique',
      '<unit id="u"><segment id="s"><source>a</source></segment><segment id="s"><source>b</source></segment></unit>',
      'SegmentIdNotUnique',
    ],
    [
      'GroupWithoutId',
      '<group><unit id="u"><segment><source>a</source></segment></unit></group>',
      'Attributes',
    ],
    [
      'EcBeforeSc',
      '<unit id="u"><segment><source><ec startRef="1"/>a<sc id="1"/></source></segment></unit>',
      'EcBeforeSc',
    ],
    [
      'MissingIsolatedOnSc',
      '<unit id="u"><segment><source><sc id="1"/>a</source></segment></unit>',
      'isolated',
    ],
    [
      'SubStateWithoutState',
      '<unit id="u"><segment subState="x:y"><source>a</source></segment></unit>',
      'SubStateWithoutState',
    ],
    [
      'UnknownDataRef',
      '<unit id="u"><segment><source><ph id="1" dataRef="d9"/></source></segment></unit>',
      'dataRef',
    ],
  ])('%s is refused at its line and column, naming the constraint', (_name, units, constraint) => {
    const d = ruleOf(() => readXliff(doc20(units), 'a.xlf'));
    expect(d.ruleId).toMatch(/^xliff-(constraint|duplicate-id)$/);
    expect(d.line).toBe(3);
    expect(d.column).toBeGreaterThan(0);
    expect(d.message).toContain(`constraint: ${constraint}`);
  });
  it('accepts what Dari itself writes, codes and states included', () => {
    const ok = doc20(
      '<unit id="u"><originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData><segment state="translated" subState="dari:needs-review"><source><pc id="1" type="fmt" subType="xlf:b" dataRefStart="d1" dataRefEnd="d2">a</pc></source><target><pc id="1" type="fmt" subType="xlf:b" dataRefStart="d1" dataRefEnd="d2">가</pc></target></segment></unit>',
    );
    expect(unitsOf(readXliff(ok, 'a.xlf'))).toHaveLength(1);
  });
});

describe('11: error ids as the README gives them', () => {
  it('xliff-root for another root, xliff-version for an unknown version or a namespace that does not match', () => {
    expect(ruleOf(() => readXliff('<html/>', 'a.xlf')).ruleId).toBe('xliff-root');
    expect(ruleOf(() => readXliff(`<xliff version="3.0" xmlns="${NS20}"/>`, 'a.xlf')).ruleId).toBe(
      'xliff-version',
    );
    expect(ruleOf(() => readXliff(`<xliff version="1.1" xmlns="${NS12}"/>`, 'a.xlf')).ruleId).toBe(
      'xliff-version',
    );
  });
});

describe('issue 11 item 6: nesting depth', () => {
  it('refuses 100,000 nested <g> at once with file:line:col, and the limit is a reader option', () => {
    const deep = `<xliff xmlns="${NS12}" version="1.2"><file original="a" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>${'<g id="1">'.repeat(100_000)}x${'</g>'.repeat(100_000)}</source></trans-unit></body></file></xliff>`;
    const d = ruleOf(() => readXliff(deep, 'deep.xlf'));
    expect(d).toMatchObject({ ruleId: 'xml-too-deep', line: 1 });
    expect(d.message).toContain(String(DEFAULT_MAX_DEPTH));
    const ten = `<xliff xmlns="${NS12}" version="1.2"><file original="a" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>${'<g id="1">'.repeat(10)}x${'</g>'.repeat(10)}</source></trans-unit></body></file></xliff>`;
    expect(unitsOf(readXliff(ten, 'a.xlf'))).toHaveLength(1);
    expect(ruleOf(() => readXliff(ten, 'a.xlf', { maxDepth: 8 })).ruleId).toBe('xml-too-deep');
  });
});

describe('issue 11 item 13: units outside any group, before and after a group', () => {
  const text = `<xliff xmlns="${NS12}" version="1.2"><file original="a" source-language="en" target-language="ko" datatype="plaintext"><body>
<trans-unit id="a"><source>Before.</source></trans-unit>
<group id="p"><trans-unit id="b"><source>In.</source></trans-unit></group>
<trans-unit id="c"><source>After.</source></trans-unit>
</body></file></xliff>`;
  it('gives one group with id "" (no two groups share an id) and writes each unit back where it stood', () => {
    const doc = readXliff(text, 'a.xlf');
    const ids = doc.groups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.groups.map((g) => [g.id, g.units.map((u) => u.id)])).toEqual([
      ['', ['a', 'c']],
      ['p', ['b']],
    ]);
    expect(writeXliff(doc, doc)).toBe(text);
    const out = writeXliff(edit(doc, 'c'), doc);
    expect(out.indexOf('<group id="p">')).toBeLessThan(out.indexOf('<trans-unit id="c">'));
  });
});
