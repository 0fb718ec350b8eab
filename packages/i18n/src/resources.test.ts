import type { Unit, UnitFile, UnitState } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { createI18n, lookupUnit } from './instance.js';
import { buildResources, type LocaleFile } from './resources.js';

const unit = (id: string, source: string, target?: string, state: UnitState = 'translated'): Unit => ({
  id,
  source: [source],
  ...(target === undefined ? {} : { target: [target] }),
  state,
  block: 'p-one',
});

function localeFile(locale: string, namespace: string, units: Unit[], targetLang?: string): LocaleFile {
  const document: UnitFile = {
    version: '1.2',
    sourceLang: 'en',
    ...(targetLang ? { targetLang } : {}),
    original: `articles/${namespace}.md`,
    groups: [{ id: 'p-one', kind: 'paragraph', units }],
  };
  return {
    locale,
    namespace,
    file: `locales/${locale}/${namespace}.xlf`,
    document,
    units: units.map((u) => ({
      id: u.id,
      source: u.source as string[],
      target: u.target === undefined ? undefined : (u.target as string[]),
    })),
  };
}

const EN = localeFile('en', 'story', [
  unit('s1', 'One.'),
  unit('s2', 'Two.'),
  unit('s3', 'Three.'),
  unit('s4', 'Four.'),
]);
const KO = localeFile(
  'ko',
  'story',
  [
    unit('s1', 'One.', '하나.', 'final'),
    unit('s2', 'Two.', '둘?', 'needs-review'),
    unit('s3', 'Three.', 'Three.', 'needs-translation'),
    unit('s4', 'Four.', '   ', 'translated'),
  ],
  'ko',
);

describe('buildResources', () => {
  it('puts only targets a reader may see into the translation’s resources', () => {
    const built = buildResources([EN, KO]);
    expect(built.resources.en?.story).toEqual({ s1: 'One.', s2: 'Two.', s3: 'Three.', s4: 'Four.' });
    expect(built.resources.ko?.story).toEqual({ s1: '하나.' });
    expect(built.units.ko?.story?.s2).toEqual({ state: 'needs-review', block: 'p-one', usable: false });
    expect(built.units.ko?.story?.s1?.usable).toBe(true);
  });

  it('keeps interface strings plain so i18next interpolates their placeholders', () => {
    const ui = localeFile('ko', 'ui', [unit('status.percent', '{{n}}% done', '{{n}}% 완료')], 'ko');
    const built = buildResources([ui]);
    const i18n = createI18n(built.resources, { lng: 'ko', fallbackLng: 'en' });
    expect(i18n.t('status.percent', { ns: 'ui', n: 42 })).toBe('42% 완료');
  });
});

describe('lookupUnit', () => {
  const i18n = createI18n(buildResources([EN, KO]).resources, { lng: 'en', fallbackLng: 'en' });
  const look = (id: string) => lookupUnit(i18n, { namespace: 'story', id, locale: 'ko', sourceLang: 'en' });

  it('returns the translation in the requested locale', () => {
    expect(look('s1')).toEqual({ parts: ['하나.'], lang: 'ko' });
  });

  it('falls back to the source language for untranslated and needs-review units', () => {
    expect(look('s2')).toEqual({ parts: ['Two.'], lang: 'en' });
    expect(look('s3')).toEqual({ parts: ['Three.'], lang: 'en' });
    expect(look('s4')).toEqual({ parts: ['Four.'], lang: 'en' });
  });

  it('returns undefined for a unit no file has', () => {
    expect(look('s9')).toBeUndefined();
  });
});
