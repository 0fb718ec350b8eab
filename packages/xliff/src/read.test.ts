import { unitsOf } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { readXliff } from './read.js';

const xlf12 = (units: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"${extra}>\n<file original="a.md" source-language="en" target-language="ko" datatype="x-markdown"><body>\n${units}\n</body></file></xliff>\n`;

describe('readXliff 1.2', () => {
  it('maps every 1.2 state onto the shared scale', () => {
    const states = [
      'new',
      'needs-translation',
      'needs-review-translation',
      'needs-l10n',
      'translated',
      'signed-off',
      'final',
      'x-custom',
    ];
    const units = states
      .map((s, i) => `<trans-unit id="u${i}"><source>a</source><target state="${s}">b</target></trans-unit>`)
      .join('\n');
    const doc = readXliff(
      xlf12(
        `${units}\n<trans-unit id="none"><source>a</source><target>b</target></trans-unit>\n<trans-unit id="empty"><source>a</source></trans-unit>`,
      ),
      'a.xlf',
    );
    expect(unitsOf(doc).map((u) => u.state)).toEqual([
      'new',
      'needs-translation',
      'needs-review',
      'needs-review',
      'translated',
      'reviewed',
      'final',
      'needs-review',
      'translated',
      'new',
    ]);
  });

  it('reads a target pre-filled with the source as needs-translation (OmegaT mode), not translated', () => {
    const doc = readXliff(
      xlf12(
        '<trans-unit id="u"><source>Hello</source><target state="needs-translation">Hello</target></trans-unit>',
      ),
      'a.xlf',
    );
    expect(unitsOf(doc)[0]).toMatchObject({ state: 'needs-translation', target: ['Hello'] });
  });

  it('reads groups as blocks, with kind, and ungrouped units into a group with id ""', () => {
    const doc = readXliff(
      xlf12(
        '<trans-unit id="a"><source>A</source></trans-unit><group id="p-1" restype="x-dari-heading"><trans-unit id="b"><source>B</source></trans-unit></group>',
      ),
      'a.xlf',
    );
    expect(doc.groups.map((g) => [g.id, g.kind, g.units.map((u) => u.id)])).toEqual([
      ['', 'paragraph', ['a']],
      ['p-1', 'heading', ['b']],
    ]);
    expect(unitsOf(doc)[1]).toMatchObject({ block: 'p-1', line: 4, column: 92 });
  });

  it('reads notes, the previous source from alt-trans and a memory origin from state-qualifier', () => {
    const doc = readXliff(
      xlf12(
        '<trans-unit id="u"><source>New</source><target state="needs-review-translation" state-qualifier="leveraged-tm">새</target>' +
          '<alt-trans alttranstype="previous-version"><source>Old</source><target>새</target></alt-trans>' +
          '<note from="dari" annotates="source">keep it short</note></trans-unit>',
      ),
      'a.xlf',
    );
    expect(unitsOf(doc)[0]).toMatchObject({
      previousSource: ['Old'],
      origin: 'memory',
      notes: [{ text: 'keep it short', from: 'dari', annotates: 'source' }],
    });
  });

  it('reads the inline codes CAT tools write: g, x, bx/ex, it, bpt/ept with rid, and drops mrk markers', () => {
    const src =
      '<g id="1" ctype="bold">B</g><x id="2" ctype="lb"/><bx id="3" rid="r" ctype="italic"/>i<ex id="4" rid="r"/>' +
      '<it id="5" pos="open" ctype="link">&lt;a href="u"&gt;</it><mrk mtype="term">T</mrk><bpt id="6" rid="p">&lt;em&gt;</bpt>e<ept id="7" rid="p">&lt;/em&gt;</ept>';
    const doc = readXliff(xlf12(`<trans-unit id="u"><source>${src}</source></trans-unit>`), 'a.xlf');
    expect(unitsOf(doc)[0]?.source).toEqual([
      { type: 'open', id: '1', kind: 'strong', data: '' },
      'B',
      { type: 'close', id: '1', kind: 'strong', data: '' },
      { type: 'ph', id: '2', kind: 'break', data: '' },
      { type: 'open', id: 'r', kind: 'emphasis', data: '' },
      'i',
      { type: 'close', id: 'r', kind: 'emphasis', data: '' },
      { type: 'open', id: '5', kind: 'link', data: '<a href="u">', attrs: { href: 'u' } },
      'T',
      { type: 'open', id: 'p', kind: 'emphasis', data: '<em>' },
      'e',
      { type: 'close', id: 'p', kind: 'emphasis', data: '</em>' },
    ]);
  });

  it('keeps a target whose codes do not match the source (check reports it, reading does not fail)', () => {
    const doc = readXliff(
      xlf12(
        '<trans-unit id="u"><source>a <ph id="1">&lt;br&gt;</ph> b</source><target state="translated">가 나</target></trans-unit>',
      ),
      'a.xlf',
    );
    expect(unitsOf(doc)[0]?.target).toEqual(['가 나']);
  });
});

describe('readXliff 2.x', () => {
  const xlf20 = (body: string, version = '2.0') =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="${version}" srcLang="en" trgLang="ko"><file id="f" original="a.md">${body}</file></xliff>`;

  it('reads every segment of a unit (not only the last) and its state and subState', () => {
    const doc = readXliff(
      xlf20(
        '<unit id="u"><segment state="translated"><source>A.</source><target>가.</target></segment><ignorable><source> </source></ignorable>' +
          '<segment state="initial"><source>B.</source></segment></unit>' +
          '<unit id="v"><segment state="translated" subState="dari:needs-review"><source>C</source><target>다</target></segment></unit>',
      ),
      'a.xlf',
    );
    expect(unitsOf(doc).map((u) => [u.id, u.state, u.target])).toEqual([
      ['u#1', 'translated', ['가.']],
      ['u#2', 'new', undefined],
      ['v', 'needs-review', ['다']],
    ]);
  });

  it('reads 2.1 and 2.2 with the 2.0 reader', () => {
    for (const v of ['2.1', '2.2']) {
      const doc = readXliff(
        xlf20(
          '<unit id="u"><segment state="final"><source>A</source><target>가</target></segment></unit>',
          v,
        ),
        'a.xlf',
      );
      expect(doc.version).toBe('2.0');
      expect(unitsOf(doc)[0]?.state).toBe('final');
    }
  });

  it('reads pc, sc/ec and ph codes with their original data and cp characters', () => {
    const doc = readXliff(
      xlf20(
        '<unit id="u"><originalData><data id="d1">&lt;a href="x"&gt;</data><data id="d2">&lt;/a&gt;</data><data id="d3">&lt;br&gt;</data></originalData>' +
          '<segment><source><pc id="1" type="link" dataRefStart="d1" dataRefEnd="d2">L</pc><sc id="2" type="fmt" subType="xlf:b"/>b<ec startRef="2"/><ph id="3" dataRef="d3"/><cp hex="0001"/></source></segment></unit>',
      ),
      'a.xlf',
    );
    expect(unitsOf(doc)[0]?.source).toEqual([
      { type: 'open', id: '1', kind: 'link', data: '<a href="x">', attrs: { href: 'x' } },
      'L',
      { type: 'close', id: '1', kind: 'link', data: '</a>' },
      { type: 'open', id: '2', kind: 'strong', data: '' },
      'b',
      { type: 'close', id: '2', kind: 'strong', data: '' },
      { type: 'ph', id: '3', kind: 'break', data: '<br>' },
      '\u0001',
    ]);
  });
});
