import { readTmx, writeTmx } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { sourceKey } from './key.js';
import { close, open } from './test-support/factories.js';
import type { MemoryEntry } from './types.js';

const linked: MemoryEntry = {
  source: ['Read ', open('1', 'https://x.example/?a=1&b=2'), 'the <statement>', close('1'), '.'],
  target: [open('1', 'https://x.example/?a=1&b=2'), '성명', close('1'), '을 읽어라.'],
  sourceLang: 'en',
  locale: 'ko',
  from: 'locales/ko/story.xlf',
  unitId: 's1',
};

describe('TMX', () => {
  it('writes TMX 1.4b with the header CAT tools require and codes as bpt/ept with escaped HTML', () => {
    const tmx = writeTmx([linked], { srcLang: 'en' });
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toMatch(
      /<header creationtool="dari" creationtoolversion="[^"]+" segtype="sentence" o-tmf="dari" adminlang="en" srclang="en" datatype="html"\/>/,
    );
    expect(tmx).toContain(
      '<tuv xml:lang="en"><seg>Read <bpt i="1" type="link">&lt;a href="https://x.example/?a=1&amp;b=2"&gt;</bpt>the &lt;statement&gt;<ept i="1">&lt;/a&gt;</ept>.</seg></tuv>',
    );
    expect(tmx).toContain('<tuv xml:lang="ko"><seg><bpt i="1" type="link">');
    expect(tmx).toContain('<prop type="x-dari-origin">locales/ko/story.xlf#s1</prop>');
  });

  it('writes one end of a pair split across sentences as <it>', () => {
    const entry: MemoryEntry = {
      ...linked,
      source: [open('2'), 'Start of a link.'],
      target: [open('2'), '링크 시작.'],
    };
    expect(writeTmx([entry], { srcLang: 'en' })).toContain('<it pos="begin" x="1" type="link">');
  });

  it('reads back what it writes: same text, same code sequence, same origin', () => {
    const [entry] = readTmx(writeTmx([linked], { srcLang: 'en' }), 'archive.tmx');
    expect(entry).toMatchObject({
      sourceLang: 'en',
      locale: 'ko',
      from: 'locales/ko/story.xlf',
      unitId: 's1',
    });
    expect(sourceKey(entry?.source ?? [])).toBe(sourceKey(linked.source));
    expect(sourceKey(entry?.target ?? [])).toBe(sourceKey(linked.target));
    expect(entry?.source[1]).toMatchObject({
      type: 'open',
      kind: 'link',
      data: '<a href="https://x.example/?a=1&b=2">',
    });
  });

  it('keeps quotes, tabs and a CR (a Windows line end in a target) through write and read', () => {
    const entry: MemoryEntry = { ...linked, source: ['Say "hi"\tnow.'], target: ['줄\r\n바꿈 "인용".'] };
    const [back] = readTmx(writeTmx([entry], { srcLang: 'en' }), 'archive.tmx');
    expect(back?.source).toEqual(entry.source);
    expect(back?.target).toEqual(entry.target);
  });

  it('reports malformed TMX with its position', () => {
    const broken = writeTmx([linked], { srcLang: 'en' }).replace('</tu>', '</tuu>');
    expect(() => readTmx(broken, 'locales/ko/.memory/archive.tmx')).toThrowError(
      expect.objectContaining({
        diagnostics: [
          expect.objectContaining({
            ruleId: 'tmx-malformed',
            file: 'locales/ko/.memory/archive.tmx',
            line: 9,
          }),
        ],
      }),
    );
  });
});
