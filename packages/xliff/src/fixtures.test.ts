import { readFileSync } from 'node:fs';
import { type Unit, type UnitFile, type UnitState, unitsOf } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { readXliff } from './read.js';
import { fixturesDir, requireSchemas, validate } from './test-support.js';

const schemas = requireSchemas();

import { writeXliff } from './write.js';

interface Case {
  readonly file: string;
  readonly version: '1.2' | '2.0';
  readonly states: Record<string, UnitState>;
  /** Unit whose target the test changes, and markup that must survive the change. */
  readonly change: string;
  readonly survives: readonly string[];
}

const cases: readonly Case[] = [
  {
    file: 'omegat-1.2.xlf',
    version: '1.2',
    states: {
      's-title': 'needs-translation',
      's-1-1': 'needs-translation',
      's-1-2': 'needs-translation',
      's-1-3': 'translated',
    },
    change: 's-1-2',
    survives: ['&quot;special session&quot;', '<note from="dari"/>', '</xliff>'],
  },
  {
    file: 'trados-1.2.sdlxliff',
    version: '1.2',
    states: { 'a7c1f0e2-0001': 'translated', 'a7c1f0e2-0002': 'translated', 'a7c1f0e2-0003': 'new' },
    change: 'a7c1f0e2-0003',
    survives: [
      'xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"',
      'sdl:version="1.0"',
      '<sdl:seg id="2" conf="ApprovedTranslation"',
      '<tag-defs',
      '<seg-source><mrk mtype="seg" mid="3">',
      '<target state="translated"><mrk mtype="seg" mid="3">새 번역',
    ],
  },
  {
    file: 'memoq-1.2.mqxliff',
    version: '1.2',
    states: { '1': 'translated', '2': 'needs-review', '3': 'new' },
    change: '3',
    survives: [
      'mq:ProjectGuid=',
      'mq:status="NotStarted"',
      '<mq:insertedmatch',
      '<source xml:space="preserve">(Yonhap)</source>',
      '<target xml:space="preserve" state="translated">',
    ],
  },
  {
    file: 'poedit-1.2.xlf',
    version: '1.2',
    states: { 's-1': 'final', 's-2': 'needs-review', 's-3': 'new' },
    change: 's-2',
    survives: ['tool-name="Poedit"', 'approved="yes"', '<note from="translator">fuzzy: please check</note>'],
  },
  {
    file: 'okapi-1.2.xlf',
    version: '1.2',
    states: { tu1: 'translated', tu2: 'new' },
    change: 'tu2',
    survives: [
      'okp:inputEncoding="UTF-8"',
      '<!-- extracted by Okapi Rainbow -->',
      'okp:matchType="EXACT"',
      'xml:space="preserve"',
      '<target xml:lang="ko" state="translated"',
    ],
  },
  {
    file: 'okapi-2.0.xlf',
    version: '2.0',
    states: { 'tu1#1': 'translated', 'tu1#2': 'new', tu2: 'reviewed' },
    change: 'tu1#2',
    survives: [
      '<mda:metadata>',
      'okp:extradata="x"',
      '<ignorable>',
      '<segment id="s1" state="translated">',
      'appliesTo="source">Keep the abbreviation.</note>',
    ],
  },
];

function withTarget(file: UnitFile, id: string, target: Unit['target'], state: UnitState): UnitFile {
  return {
    ...file,
    groups: file.groups.map((g) => ({
      ...g,
      units: g.units.map((u) => (u.id === id ? { ...u, target, state } : u)),
    })),
  };
}

describe.each(cases)('$file', ({ file, version, states, change, survives }) => {
  const text = readFileSync(`${fixturesDir}${file}`, 'utf8');
  const doc = readXliff(text, file);

  it('reads the version, unit count and states', () => {
    expect(doc.version).toBe(version);
    expect(Object.fromEntries(unitsOf(doc).map((u) => [u.id, u.state]))).toEqual(states);
  });

  it('writes back unchanged to the same bytes', () => {
    expect(writeXliff(doc, doc)).toBe(text);
  });

  it.skipIf(schemas.missing)(
    'a changed target changes only that unit; all tool metadata survives and the file still validates',
    () => {
      const out = writeXliff(withTarget(doc, change, ['새 번역 "따옴표" & <꺾쇠>'], 'translated'), doc);
      const place = doc.places.get(change);
      if (!place) throw new Error(`no unit ${change}`);
      expect(out.slice(0, place.element.start)).toBe(text.slice(0, place.element.start));
      expect(out.slice(out.length - (text.length - place.element.end))).toBe(text.slice(place.element.end));
      for (const s of survives) expect(out).toContain(s);
      const back = readXliff(out, file);
      const changed = unitsOf(back).find((u) => u.id === change);
      expect(changed).toMatchObject({ target: ['새 번역 "따옴표" & <꺾쇠>'], state: 'translated' });
      const others = (f: UnitFile) =>
        unitsOf(f)
          .filter((u) => u.id !== change)
          .map(({ line: _l, column: _c, ...u }) => u);
      expect(others(back)).toEqual(others(doc));
      expect(validate(out, { transitional: true })).toEqual({ ok: true, errors: '' });
    },
  );
});

describe('OmegaT 3.6 quirks', () => {
  const text = readFileSync(`${fixturesDir}omegat-1.2.xlf`, 'utf8');

  it('its &quot; escaping, collapsed empty elements and missing final newline are not content changes', () => {
    const doc = readXliff(text, 'omegat.xlf');
    expect(text.endsWith('\n')).toBe(false);
    expect(unitsOf(doc)[0]?.source).toEqual(['U.S., S. Korea to hold "special session" on KORUS FTA']);
    expect(unitsOf(doc).find((u) => u.id === 's-1-2')?.notes).toEqual([{ text: '', from: 'dari' }]);
    expect(writeXliff(doc, doc)).toBe(text);
  });

  it('a target OmegaT translated under needs-translation is read as is; the target differs from the source', () => {
    const u = unitsOf(readXliff(text, 'omegat.xlf')).find((x) => x.id === 's-title');
    expect(u?.state).toBe('needs-translation');
    expect(u?.target).not.toEqual(u?.source);
  });
});
