import { describe, expect, it } from 'vitest';
import { readWithXliffPackage } from './xliff-js.js';

const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="articles/a.md" source-language="en" target-language="ko" datatype="x-markdown">
    <body>
      <group id="p-intro" restype="x-dari-paragraph">
        <trans-unit id="s-1">
          <source>See <bpt id="1">&lt;a href="https://x.test"&gt;</bpt>the report<ept id="1">&lt;/a&gt;</ept>.</source>
          <target state="translated"><bpt id="1">&lt;a href="https://x.test"&gt;</bpt>보고서<ept id="1">&lt;/a&gt;</ept>를 보라.</target>
        </trans-unit>
        <trans-unit id="s-2">
          <source><g id="2">one</g> <g id="3">two</g><x id="4"/> &amp; &lt;b&gt;</source>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>`;

const XLIFF20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ko">
  <file id="f1">
    <group id="p-intro" type="dari:paragraph">
      <unit id="s-1">
        <segment state="translated">
          <source>A <pc id="1">link</pc> and <sc id="2"/>open<ec startRef="2"/> <ph id="3"/></source>
          <target>한 <pc id="1">링크</pc></target>
        </segment>
      </unit>
    </group>
  </file>
</xliff>`;

describe('readWithXliffPackage', () => {
  it('reads XLIFF 1.2 paired and standalone codes as references, text unescaped', async () => {
    const units = await readWithXliffPackage(XLIFF12, '1.2');
    expect(units.map((u) => u.id)).toEqual(['s-1', 's-2']);
    expect(units[0]?.target).toEqual([
      { type: 'open', id: '1' },
      '보고서',
      { type: 'close', id: '1' },
      '를 보라.',
    ]);
    expect(units[1]?.target).toBeUndefined();
    expect(units[1]?.source).toEqual([
      { type: 'open', id: '2' },
      'one',
      { type: 'close', id: '2' },
      ' ',
      { type: 'open', id: '3' },
      'two',
      { type: 'close', id: '3' },
      { type: 'ph', id: '4' },
      ' & <b>',
    ]);
  });

  it('reads XLIFF 2.0 pc/sc/ec/ph, pairing ec by startRef', async () => {
    const [unit] = await readWithXliffPackage(XLIFF20, '2.0');
    expect(unit?.source).toEqual([
      'A ',
      { type: 'open', id: '1' },
      'link',
      { type: 'close', id: '1' },
      ' and ',
      { type: 'open', id: '2' },
      'open',
      { type: 'close', id: '2' },
      ' ',
      { type: 'ph', id: '3' },
    ]);
    expect(unit?.target).toEqual(['한 ', { type: 'open', id: '1' }, '링크', { type: 'close', id: '1' }]);
  });
});
