import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DariError, type UnitFile } from '@dari/core';
import { writeXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { createI18n, lookupUnit } from './instance.js';
import { loadSiteResources } from './load.js';

const link = {
  type: 'open',
  id: '1',
  kind: 'link',
  data: '<a href="https://x.test">',
  attrs: { href: 'https://x.test' },
} as const;
const linkEnd = { type: 'close', id: '1', kind: 'link', data: '</a>' } as const;

function file(version: '1.2' | '2.0', targetLang?: string): UnitFile {
  const t = targetLang !== undefined;
  return {
    version,
    sourceLang: 'en',
    ...(t ? { targetLang } : {}),
    original: 'articles/story.md',
    groups: [
      {
        id: 'p-one',
        kind: 'paragraph',
        units: [
          {
            id: 's-1',
            source: ['See ', link, 'the report', linkEnd, '.'],
            ...(t ? { target: [link, '보고서', linkEnd, '를 보라. <script>x</script>'] } : {}),
            state: t ? 'final' : 'new',
            block: 'p-one',
          },
          {
            id: 's-2',
            source: ['Changed.'],
            ...(t ? { target: ['옛 번역.'] } : {}),
            state: t ? 'needs-review' : 'new',
            block: 'p-one',
          },
          { id: 's-3', source: ['New.'], state: 'new', block: 'p-one' },
        ],
      },
    ],
  };
}

function project(version: '1.2' | '2.0'): string {
  const root = mkdtempSync(join(tmpdir(), 'dari-i18n-'));
  mkdirSync(join(root, 'locales/en'), { recursive: true });
  mkdirSync(join(root, 'locales/ko'), { recursive: true });
  writeFileSync(join(root, 'locales/en/story.xlf'), writeXliff(file(version)));
  writeFileSync(join(root, 'locales/ko/story.xlf'), writeXliff(file(version, 'ko')));
  return root;
}

describe('loadSiteResources', () => {
  for (const version of ['1.2', '2.0'] as const) {
    it(`reads XLIFF ${version} written by @dari/xliff: text from the xliff package, states from readXliff`, async () => {
      const root = project(version);
      const site = await loadSiteResources({
        root,
        localesDir: join(root, 'locales'),
        locales: ['en', 'ko', 'ja'],
      });
      expect(site.resources.en?.story).toEqual({
        's-1': 'See <b id="1"/>the report<e id="1"/>.',
        's-2': 'Changed.',
        's-3': 'New.',
      });
      expect(site.resources.ko?.story).toEqual({
        's-1': '<b id="1"/>보고서<e id="1"/>를 보라. &lt;script&gt;x&lt;/script&gt;',
      });
      expect(site.units.ko?.story?.['s-2']).toEqual({ state: 'needs-review', block: 'p-one', usable: false });
      expect(site.files.ko?.story?.file).toBe('locales/ko/story.xlf');
      expect(site.resources.ja).toBeUndefined();
      const i18n = createI18n(site.resources, { lng: 'en', fallbackLng: 'en' });
      const look = (id: string) =>
        lookupUnit(i18n, { namespace: 'story', id, locale: 'ko', sourceLang: 'en' });
      expect(look('s-2')).toEqual({ parts: ['Changed.'], lang: 'en' });
      expect(look('s-1')?.parts).toContain('를 보라. <script>x</script>');
    });
  }

  it('stops at malformed XLIFF with a DariError naming the file and line', async () => {
    const root = project('1.2');
    writeFileSync(
      join(root, 'locales/ko/broken.xlf'),
      '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file><body></bdy></file></xliff>\n',
    );
    const error = await loadSiteResources({
      root,
      localesDir: join(root, 'locales'),
      locales: ['en', 'ko'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DariError);
    const [d] = (error as DariError).diagnostics;
    expect(d?.file).toBe('locales/ko/broken.xlf');
    expect(d?.line).toBe(3);
  });
});
