import { unitsOf } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { MemoryIndex } from './memory.js';
import { syncArticle } from './sync-article.js';
import { close, makeArticle, makeFile, makeUnit, open } from './test-support/factories.js';

const empty = new MemoryIndex();
const units = (r: ReturnType<typeof syncArticle>) => unitsOf(r.file);

describe('syncArticle: msgmerge semantics per sentence', () => {
  it('leaves an unchanged sentence alone: same target, same state', () => {
    const previous = makeFile([
      makeUnit('s1', 'Talks open in Seoul.', '서울에서 회담이 열린다.', 'reviewed'),
      makeUnit('s2', 'Officials said so.', '관리들이 그렇게 말했다.'),
    ]);
    const r = syncArticle(
      makeArticle([['Talks open in Seoul.', 'Officials said so.']]),
      'ko',
      previous,
      empty,
    );
    expect(units(r).map((u) => [u.id, u.target, u.state])).toEqual([
      ['s1', ['서울에서 회담이 열린다.'], 'reviewed'],
      ['s2', ['관리들이 그렇게 말했다.'], 'translated'],
    ]);
    expect(r.summary).toMatchObject({ added: 0, changed: 0, removed: 0, reused: 0, unchanged: 2 });
  });

  it('keeps the old target of an edited sentence for review, with the previous source and a word diff', () => {
    const previous = makeFile([
      makeUnit('s1', 'The talks will be held in Seoul on Tuesday.', '회담은 화요일 서울에서 열린다.'),
    ]);
    const r = syncArticle(
      makeArticle([['The talks will be held in Seoul on Wednesday.']]),
      'ko',
      previous,
      empty,
    );
    const [u] = units(r);
    expect(u?.target).toEqual(['회담은 화요일 서울에서 열린다.']);
    expect(u?.state).toBe('needs-review');
    expect(u?.previousSource).toEqual(['The talks will be held in Seoul on Tuesday.']);
    expect(u?.notes?.[0]?.from).toBe('dari');
    expect(u?.notes?.[0]?.text).toContain('in Seoul on [-Tuesday-]{+Wednesday+}.');
    expect(r.summary).toMatchObject({ changed: 1, added: 0, removed: 0 });
  });

  it('keeps the first previous source when a sentence is edited again before review', () => {
    const previous = makeFile([
      makeUnit('s1', 'Talks open on Wednesday in Seoul.', '회담은 화요일에 열린다.', 'needs-review', {
        previousSource: ['Talks open on Tuesday in Seoul.'],
      }),
    ]);
    const r = syncArticle(makeArticle([['Talks open on Thursday in Seoul.']]), 'ko', previous, empty);
    expect(units(r)[0]?.previousSource).toEqual(['Talks open on Tuesday in Seoul.']);
    expect(
      units(r)[0]
        ?.notes?.map((n) => n.text)
        .join(),
    ).toContain('[-Tuesday-]{+Thursday+}');
  });

  it('adds a new sentence without a target, state new', () => {
    const previous = makeFile([makeUnit('s1', 'Talks open in Seoul.', '서울에서 회담이 열린다.')]);
    const r = syncArticle(
      makeArticle([['Talks open in Seoul.', 'Markets rallied on the news.']]),
      'ko',
      previous,
      empty,
    );
    expect(units(r)[1]).toMatchObject({ id: 's2', state: 'new' });
    expect(units(r)[1]?.target).toBeUndefined();
    expect(r.summary).toMatchObject({ added: 1, unchanged: 1 });
  });

  it('proposes a new sentence from the memory, marked as such and needing review', () => {
    const memory = new MemoryIndex();
    memory.addFile(
      makeFile([makeUnit('x9', 'Markets rallied on the news.', '시장은 소식에 상승했다.')]),
      'locales/ko/other.xlf',
    );
    const r = syncArticle(makeArticle([['Markets  rallied on the news.']]), 'ko', undefined, memory);
    const [u] = units(r);
    expect(u).toMatchObject({ target: ['시장은 소식에 상승했다.'], state: 'needs-review', origin: 'memory' });
    expect(u?.notes?.[0]?.text).toContain('locales/ko/other.xlf#x9');
    expect(r.summary).toMatchObject({ reused: 1, added: 0 });
  });

  it('does not reuse a memory entry of another locale or an untranslated one', () => {
    const memory = new MemoryIndex();
    memory.addFile(
      makeFile([makeUnit('x1', 'Markets rallied.', '市場は上昇した。')], 'ja'),
      'locales/ja/other.xlf',
    );
    memory.addFile(
      makeFile([makeUnit('x2', 'Prices fell.', '가격이 내렸다.', 'needs-review')]),
      'locales/ko/other.xlf',
    );
    const r = syncArticle(makeArticle([['Markets rallied.', 'Prices fell.']]), 'ko', undefined, memory);
    expect(units(r).map((u) => u.target)).toEqual([undefined, undefined]);
    expect(r.summary).toMatchObject({ added: 2, reused: 0 });
  });

  it('removes the unit of a removed sentence and hands it back for the archive', () => {
    const previous = makeFile([
      makeUnit('s1', 'Talks open in Seoul.', '서울에서 회담이 열린다.'),
      makeUnit('s2', 'A sentence that was cut entirely.', '완전히 삭제된 문장.'),
    ]);
    const r = syncArticle(makeArticle([['Talks open in Seoul.']]), 'ko', previous, empty);
    expect(units(r).map((u) => u.id)).toEqual(['s1']);
    expect(r.removed.map((u) => u.id)).toEqual(['s2']);
    expect(r.summary.removed).toBe(1);
  });

  it('keeps translations of reordered sentences, under their new ids and blocks', () => {
    const previous = makeFile([
      makeUnit('a', 'First comes the news.', '먼저 소식이다.'),
      makeUnit('b', 'Then comes the reaction.', '그다음 반응이다.'),
    ]);
    const article = makeArticle([['x:Then comes the reaction.'], ['y:First comes the news.']]);
    const r = syncArticle(article, 'ko', previous, empty);
    expect(units(r).map((u) => [u.id, u.block, u.target?.[0], u.state])).toEqual([
      ['x', 'p-1', '그다음 반응이다.', 'translated'],
      ['y', 'p-2', '먼저 소식이다.', 'translated'],
    ]);
    expect(r.summary).toMatchObject({ unchanged: 2, removed: 0, added: 0 });
  });

  it('split: the old target goes to the best-matching part, the other part points to it', () => {
    const previous = makeFile([
      makeUnit(
        's1',
        'The ministry said trade grew strongly, and officials expect more talks in Seoul next week.',
        '교역이 크게 늘었다고 부처는 말했고, 관리들은 다음 주 서울에서 추가 회담을 기대한다.',
      ),
    ]);
    const article = makeArticle([
      ['a:The ministry said trade grew strongly.', 'b:Officials expect more talks in Seoul next week.'],
    ]);
    const r = syncArticle(article, 'ko', previous, empty);
    const [a, b] = units(r);
    const primary = a?.target ? a : b;
    const other = a?.target ? b : a;
    expect(primary?.state).toBe('needs-review');
    expect(primary?.target?.[0]).toContain('교역이 크게 늘었다고');
    expect(primary?.previousSource?.[0]).toContain('The ministry said trade grew strongly, and');
    expect(other?.target).toBeUndefined();
    expect(other?.notes?.[0]?.text).toContain(`translation is on unit ${primary?.id}`);
    expect(r.summary).toMatchObject({ changed: 1, added: 1, removed: 0 });
  });

  it('merge: both old targets are joined for review', () => {
    const previous = makeFile([
      makeUnit('s1', 'The ministry said trade grew strongly.', '부처는 교역이 크게 늘었다고 말했다.'),
      makeUnit('s2', 'Officials expect more talks in Seoul.', '관리들은 서울에서 추가 회담을 기대한다.'),
    ]);
    const article = makeArticle([
      ['m:The ministry said trade grew strongly, and officials expect more talks in Seoul.'],
    ]);
    const r = syncArticle(article, 'ko', previous, empty);
    const [u] = units(r);
    expect(u?.target).toEqual([
      '부처는 교역이 크게 늘었다고 말했다.',
      ' ',
      '관리들은 서울에서 추가 회담을 기대한다.',
    ]);
    expect(u?.state).toBe('needs-review');
    expect(u?.notes?.at(-1)?.text).toContain('Merged from units s1, s2');
    expect(r.summary).toMatchObject({ changed: 1, removed: 0, added: 0 });
  });

  it('gives the same sentence twice in one article two units with distinct ids, both translated', () => {
    const previous = makeFile([makeUnit('s1', 'No comment.', '노코멘트.')]);
    const memory = new MemoryIndex();
    memory.addFile(previous, 'locales/ko/story.xlf');
    const r = syncArticle(makeArticle([['No comment.'], ['No comment.']]), 'ko', previous, memory);
    const list = units(r);
    expect(list.map((u) => u.id)).toEqual(['s1', 's2']);
    expect(list[0]).toMatchObject({ target: ['노코멘트.'], state: 'translated' });
    expect(list[1]).toMatchObject({ target: ['노코멘트.'], state: 'needs-review', origin: 'memory' });
  });

  it('recognises an OmegaT target under an untouched `new` state as translated', () => {
    const previous = makeFile([
      makeUnit('s1', 'Talks open in Seoul.', '서울에서 회담이 열린다.', 'new'),
      makeUnit('s2', 'Prices fell.', 'Prices fell.', 'needs-translation'),
    ]);
    const r = syncArticle(makeArticle([['Talks open in Seoul.', 'Prices fell.']]), 'ko', previous, empty);
    expect(units(r).map((u) => u.state)).toEqual(['translated', 'new']);
    expect(units(r)[1]?.target).toBeUndefined();
  });

  it('pre-fills untranslated targets with the source when xliff.prefillTargets is on', () => {
    const previous = makeFile([makeUnit('s1', 'Talks open in Seoul.', '서울에서 회담이 열린다.')]);
    const r = syncArticle(makeArticle([['Talks open in Seoul.', 'Prices fell.']]), 'ko', previous, empty, {
      prefillTargets: true,
    });
    expect(units(r)[1]).toMatchObject({
      target: ['Prices fell.'],
      state: 'needs-translation',
      origin: 'source-copy',
    });
    expect(units(r)[0]?.state).toBe('translated');
    const again = syncArticle(makeArticle([['Talks open in Seoul.', 'Prices fell.']]), 'ko', r.file, empty, {
      prefillTargets: true,
    });
    expect(again.file).toEqual(r.file);
    expect(again.summary).toMatchObject({ unchanged: 2, added: 0 });
  });

  it('keeps a target whose inline codes do not match the source, and reports it', () => {
    const source = ['Read ', open('1'), 'the statement', close('1'), '.'];
    const previous = makeFile([
      makeUnit('s1', source, '성명을 읽어라.', 'translated', { line: 12, column: 7 }),
    ]);
    const r = syncArticle(makeArticle([[{ id: 's1', source }]]), 'ko', previous, empty, {
      file: 'locales/ko/story.xlf',
    });
    expect(units(r)[0]?.target).toEqual(['성명을 읽어라.']);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'sync-code-mismatch',
        severity: 'warning',
        file: 'locales/ko/story.xlf',
        line: 12,
        column: 7,
        unitId: 's1',
      }),
    ]);
  });

  it('moves a kept target onto the new source codes (a changed link target reaches the translation)', () => {
    const before = ['Read ', open('1', 'https://old.example'), 'the statement', close('1'), '.'];
    const after = ['Read ', open('7', 'https://new.example'), 'the statement', close('7'), '.'];
    const previous = makeFile([
      makeUnit('s1', before, [open('1', 'https://old.example'), '성명', close('1'), '을 읽어라.']),
    ]);
    const r = syncArticle(makeArticle([[{ id: 's1', source: after }]]), 'ko', previous, empty);
    expect(units(r)[0]?.target).toEqual([open('7', 'https://new.example'), '성명', close('7'), '을 읽어라.']);
    expect(units(r)[0]?.state).toBe('translated');
    expect(r.diagnostics).toEqual([]);
  });

  it('drops review aids once the translator has confirmed the target, keeping their own notes', () => {
    const previous = makeFile([
      makeUnit('s1', 'Talks open on Thursday.', '회담은 목요일에 열린다.', 'translated', {
        previousSource: ['Talks open on Tuesday.'],
        notes: [
          { text: 'Source edited; …', from: 'dari' },
          { text: 'checked with the desk', from: 'translator' },
        ],
      }),
    ]);
    const [u] = unitsOf(syncArticle(makeArticle([['Talks open on Thursday.']]), 'ko', previous, empty).file);
    expect(u?.previousSource).toBeUndefined();
    expect(u?.notes).toEqual([{ text: 'checked with the desk', from: 'translator' }]);
  });

  it('writes the source-language file as a template: sources only, no target language', () => {
    const previous = makeFile([makeUnit('s1', 'Talks open in Seoul on Tuesday.')], undefined);
    const r = syncArticle(
      makeArticle([['Talks open in Seoul on Wednesday.', 'New line here.']]),
      'en',
      previous,
      empty,
    );
    expect(r.file.targetLang).toBeUndefined();
    expect(units(r).every((u) => u.target === undefined && u.state === 'new')).toBe(true);
    expect(r.summary).toMatchObject({ changed: 1, added: 1 });
  });
});
