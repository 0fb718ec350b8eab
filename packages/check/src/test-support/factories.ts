import type { Content, Unit, UnitFile, UnitGroup, UnitState } from '@dari/core';
import type { Glossary } from '../glossary.js';
import { parseGlossary } from '../glossary.js';
import type { UnitContext } from '../rules/types.js';

/** A unit with defaults: translated, one text part each side. */
export function unit(
  partial: Omit<Partial<Unit>, 'source' | 'target'> & {
    source?: Content | string;
    target?: Content | string;
  } = {},
): Unit {
  const { source = 'Hello world.', target = '안녕하세요.', ...rest } = partial;
  return {
    id: 'u1',
    state: 'translated' as UnitState,
    line: 7,
    column: 9,
    ...rest,
    source: typeof source === 'string' ? [source] : source,
    ...(target === undefined ? {} : { target: typeof target === 'string' ? [target] : target }),
  };
}

/** A unit without a target. */
export function untranslated(
  partial: Omit<Partial<Unit>, 'source' | 'target'> & { source?: Content | string } = {},
): Unit {
  const { target: _drop, ...u } = unit({ state: 'new', ...partial });
  return u;
}

/** A bilingual en → ko file of the given units, one group each. */
export function file(units: readonly Unit[], partial: Partial<UnitFile> = {}): UnitFile {
  const groups: UnitGroup[] = units.map((u, i) => ({ id: `p-${i}`, kind: 'paragraph', units: [u] }));
  return {
    version: '1.2',
    sourceLang: 'en',
    targetLang: 'ko',
    original: 'articles/a.md',
    groups,
    ...partial,
  };
}

/** The Korean glossary of tests. */
export const GLOSSARY: Glossary =
  parseGlossary(
    { ko: { 'KORUS FTA': '한미 FTA', Lighthizer: '라이트하이저' } },
    ['en', 'ko'],
    'glossary.json',
  ).get('ko') ?? [];

/** A unit rule context for an en → ko pair. */
export function ctx(source: string, target: string, extra: Partial<UnitContext> = {}): UnitContext {
  return {
    unit: unit({ source, target }),
    source,
    target,
    sourceLang: 'en',
    targetLang: 'ko',
    glossary: GLOSSARY,
    ...extra,
  };
}
