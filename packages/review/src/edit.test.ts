import { readFileSync } from 'node:fs';
import { type Content, plainText, unitsOf } from '@dari/core';
import { readXliff, writeXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { editXliff } from './edit.js';
import { changedSpan, haveSchemas, SEED_KO, validate } from './test-support.js';

const PATH = 'locales/ko/korus-fta-revision-talks.xlf';
const seed = readFileSync(SEED_KO, 'utf8');
const doc = readXliff(seed, PATH);
const target = unitsOf(doc)[4];
if (!target) throw new Error('the seed file has fewer units than this test expects');
const ID = target.id;

/** The bytes of unit `id`'s `<trans-unit>` in a text. */
function unitSpan(text: string, id: string): { start: number; end: number } {
  const place = readXliff(text, PATH).places.get(id);
  if (!place) throw new Error(`no unit ${id}`);
  return { start: place.element.start, end: place.element.end };
}

const unitIn = (text: string, id: string) => unitsOf(readXliff(text, PATH)).find((u) => u.id === id);
const approvedIn = (text: string, id: string) =>
  readXliff(text, PATH)
    .places.get(id)
    ?.element.attrs.find((a) => a.name === 'approved')?.value;

describe('editXliff on XLIFF 1.2', () => {
  it('a new target changes that unit only, and the file stays schema-valid', () => {
    const { text } = editXliff(seed, PATH, ID, { kind: 'target', text: '새 번역 문장입니다.' });
    const span = changedSpan(seed, text);
    const unit = unitSpan(seed, ID);
    expect(span.start).toBeGreaterThanOrEqual(unit.start);
    expect(span.endA).toBeLessThanOrEqual(unit.end);
    expect(plainText(unitIn(text, ID)?.target ?? [])).toBe('새 번역 문장입니다.');
    expect(unitIn(text, ID)?.state).toBe('translated');
    if (haveSchemas) expect(validate(text)).toEqual({ ok: true, errors: '' });
  });

  it('approve writes state="final" and approved="yes"; a later edit clears both; un-approve too', () => {
    const approved = editXliff(seed, PATH, ID, { kind: 'approve' }).text;
    expect(approvedIn(approved, ID)).toBe('yes');
    expect(unitIn(approved, ID)?.state).toBe('final');
    expect(approved).toMatch(new RegExp(`<trans-unit id="${ID}" approved="yes">`));
    const span = changedSpan(seed, approved);
    expect(span.start).toBeGreaterThanOrEqual(unitSpan(seed, ID).start);
    expect(span.endA).toBeLessThanOrEqual(unitSpan(seed, ID).end);
    if (haveSchemas) expect(validate(approved).ok).toBe(true);

    const edited = editXliff(approved, PATH, ID, { kind: 'target', text: '고친 문장.' }).text;
    expect(approvedIn(edited, ID)).toBeUndefined();
    expect(unitIn(edited, ID)?.state).toBe('translated');

    const undone = editXliff(approved, PATH, ID, { kind: 'unapprove' }).text;
    expect(undone).toBe(seed);
  });

  it('saving the same text on an approved unit keeps the approval', () => {
    const approved = editXliff(seed, PATH, ID, { kind: 'approve' }).text;
    const same = plainText(target.target ?? []);
    expect(editXliff(approved, PATH, ID, { kind: 'target', text: same }).text).toBe(approved);
  });

  it('typed markup stays text: <script> is escaped in the file and read back as the same characters', () => {
    const typed = '<script>alert("x")</script> & 끝.';
    const { text } = editXliff(seed, PATH, ID, { kind: 'target', text: typed });
    expect(text).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; 끝.');
    expect(text).not.toContain('<script>');
    expect(unitIn(text, ID)?.target).toEqual([typed]);
  });

  it('follows the state when a tool wrote final without approved="yes", or approved beside translated', () => {
    const finalOnly = seed.replace(
      new RegExp(`(<trans-unit id="${ID}">\\s*<source>[^<]*</source>\\s*<target state=")translated"`),
      '$1final"',
    );
    expect(finalOnly).not.toBe(seed);
    expect(approvedIn(editXliff(finalOnly, PATH, ID, { kind: 'approve' }).text, ID)).toBe('yes');
    const approvedOnly = seed.replace(`<trans-unit id="${ID}">`, `<trans-unit id="${ID}" approved='yes'>`);
    expect(approvedIn(editXliff(approvedOnly, PATH, ID, { kind: 'unapprove' }).text, ID)).toBeUndefined();
  });

  it('settling a changed source (save or approve) drops the previous source and dari notes, keeps others', () => {
    const marked = seed.replace(
      new RegExp(
        `(<trans-unit id="${ID}">\\s*<source>[^<]*</source>\\s*<target state=")translated(">[^<]*</target>)`,
      ),
      '$1needs-review-translation$2\n          <alt-trans alttranstype="previous-version"><source>Old.</source></alt-trans>\n          <note from="dari">Source edited; check the translation.</note>\n          <note from="reviewer">keep the date</note>',
    );
    expect(marked).not.toBe(seed);
    expect(unitIn(marked, ID)?.state).toBe('needs-review');
    for (const edit of [{ kind: 'approve' }, { kind: 'target', text: '새 문장.' }] as const) {
      const text = editXliff(marked, PATH, ID, edit).text;
      const span = text.slice(unitSpan(text, ID).start, unitSpan(text, ID).end);
      expect(span).not.toContain('alt-trans');
      expect(span).not.toContain('from="dari"');
      expect(span).toContain('<note from="reviewer">keep the date</note>');
      if (haveSchemas) expect(validate(text).ok).toBe(true);
    }
  });

  it('refuses an empty target, approving an untranslated unit, and an unknown id', () => {
    expect(() => editXliff(seed, PATH, ID, { kind: 'target', text: '  ' })).toThrow(/empty target/);
    const bare = writeXliff({
      ...doc,
      groups: [{ id: 'p', kind: 'paragraph', units: [{ id: 'n', source: ['New.'], state: 'new' }] }],
    });
    expect(() => editXliff(bare, PATH, 'n', { kind: 'approve' })).toThrow(
      /untranslated unit cannot be approved/,
    );
    expect(() => editXliff(seed, PATH, 'nope', { kind: 'approve' })).toThrow(/no unit "nope"/);
  });
});

describe('editXliff with inline codes and XLIFF 2.0', () => {
  const source: Content = [
    'Read ',
    { type: 'open', id: '1', kind: 'link', data: '<a href="https://yna.co.kr/?a=1&b=2">' },
    'the report',
    { type: 'close', id: '1', kind: 'link', data: '</a>' },
    '.',
  ];
  const file = (version: '1.2' | '2.0') =>
    writeXliff({
      version,
      sourceLang: 'en',
      targetLang: 'ko',
      original: 'articles/a.md',
      groups: [
        {
          id: 'p-1',
          kind: 'paragraph',
          units: [{ id: 's-1', source, target: ['보고서.'], state: 'translated' }],
        },
      ],
    });

  it('tags typed as {1}…{/1} become the source link; unknown tags stay text', () => {
    const { text } = editXliff(file('1.2'), 'a.xlf', 's-1', {
      kind: 'target',
      text: '{1}보고서{/1}를 {9}읽어라.',
    });
    const unit = unitsOf(readXliff(text, 'a.xlf'))[0];
    expect(unit?.target).toEqual([unit?.source[1], '보고서', unit?.source[3], '를 {9}읽어라.']);
    if (haveSchemas) expect(validate(text).ok).toBe(true);
  });

  it('2.0: approve writes state="reviewed", an edit sets it back to translated', () => {
    const approved = editXliff(file('2.0'), 'a.xlf', 's-1', { kind: 'approve' }).text;
    expect(approved).toContain('state="reviewed"');
    if (haveSchemas) expect(validate(approved).ok).toBe(true);
    const edited = editXliff(approved, 'a.xlf', 's-1', { kind: 'target', text: '새.' }).text;
    expect(edited).toContain('state="translated"');
    expect(edited).not.toContain('reviewed');
  });
});
