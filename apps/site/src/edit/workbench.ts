import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { activeRules, articleContextOf, checkFile, type Glossary, parseGlossary, termsIn } from '@dari/check';
import type { DariConfig } from '@dari/config';
import { DariError, plainText, type Unit, unitsOf } from '@dari/core';
import {
  fromEditable,
  type LoadedFile,
  loadLocaleFile,
  type MemoryPair,
  type Proposal,
  proposalsFor,
  type ReviewItem,
  reviewItems,
} from '@dari/review';
import { readTmx, readXliff } from '@dari/xliff';

/** A quality finding on the unit being edited, as the panel lists it. */
export interface PanelFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
}

const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The locale file of a page, `locales/<locale>/<slug>.xlf` relative to the root; bad names are refused. */
export function fileOf(config: DariConfig, locale: string, slug: string): string {
  if (!config.locales.includes(locale) || locale === config.sourceLocale || !SLUG.test(slug)) {
    throw new DariError({
      ruleId: 'review-path',
      severity: 'error',
      message: `no editable file for ${locale}/${slug}`,
    });
  }
  const dir = relative(config.root, join(config.localesDir, locale)).split('\\').join('/');
  return `${dir}/${slug}.xlf`;
}

/** Every unit of a locale file, with the hash a save must quote. */
export function fileView(
  config: DariConfig,
  file: string,
): { file: string; hash: string; units: ReviewItem[] } {
  const loaded = loadLocaleFile(config, file);
  return { file, hash: loaded.hash, units: reviewItems(loaded.doc) };
}

function unitIn(loaded: LoadedFile, id: string): Unit {
  const unit = unitsOf(loaded.doc).find((u) => u.id === id);
  if (!unit) throw new DariError({ ruleId: 'review-no-unit', severity: 'error', message: `no unit "${id}"` });
  return unit;
}

function glossaryOf(config: DariConfig, locale: string): Glossary {
  if (config.glossaryFile === undefined) return [];
  const text = readFileSync(config.glossaryFile, 'utf8');
  return parseGlossary(JSON.parse(text), config.locales, config.glossaryFile, text).get(locale) ?? [];
}

// Pairs per file, kept while the file's size and mtime stay: moving from unit to unit in a large
// project then reads only what changed since.
const pairCache = new Map<string, { stamp: string; pairs: MemoryPair[] }>();

function pairsOf(path: string, from: string, read: (text: string) => MemoryPair[]): MemoryPair[] {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s?.isFile()) return [];
  const stamp = `${s.size}:${s.mtimeMs}`;
  const hit = pairCache.get(path);
  if (hit?.stamp === stamp) return hit.pairs;
  let pairs: MemoryPair[] = [];
  try {
    pairs = read(readFileSync(path, 'utf8')).map((p) => ({ ...p, from }));
  } catch {
    // A file a CAT tool broke offers no proposals; `dari check` reports it.
  }
  pairCache.set(path, { stamp, pairs });
  return pairs;
}

/** Every translated pair of the locale's other files and its memory archive, for proposals. */
function memoryOf(config: DariConfig, locale: string, except: string): MemoryPair[] {
  const dir = join(config.localesDir, locale);
  const pairs: MemoryPair[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.xlf') && n !== except)) {
    const read = (text: string) =>
      unitsOf(readXliff(text, name)).flatMap((u) =>
        u.target ? [{ source: u.source, target: u.target }] : [],
      );
    pairs.push(...pairsOf(join(dir, name), name, read));
  }
  const archive = join(dir, '.memory', 'archive.tmx');
  pairs.push(...pairsOf(archive, 'archive', (text) => readTmx(text, archive)));
  return pairs;
}

/** What the panel shows beside a unit: memory proposals and the glossary terms in its source. */
export function unitAids(
  config: DariConfig,
  locale: string,
  file: string,
  id: string,
): { proposals: Proposal[]; terms: Array<{ source: string; targets: readonly string[] }> } {
  const loaded = loadLocaleFile(config, file);
  const unit = unitIn(loaded, id);
  const source = plainText(unit.source);
  const name = file.slice(file.lastIndexOf('/') + 1);
  return {
    proposals: proposalsFor(unit.source, memoryOf(config, locale, name)),
    terms: termsIn(glossaryOf(config, locale), source).map((g) => ({ source: g.source, targets: g.targets })),
  };
}

/**
 * `dari check`'s rules on one unit with the text being typed (pure but for reading the files): the
 * whole file with the draft in place and the article's facts (date, dateline), so the date rules and
 * the file rules (the dateline opens the file) say here what `dari check` says of the same sentence.
 */
export function unitFindings(
  config: DariConfig,
  locale: string,
  file: string,
  id: string,
  text: string,
): PanelFinding[] {
  const loaded = loadLocaleFile(config, file);
  const unit = unitIn(loaded, id);
  const draft: Unit = { ...unit, target: fromEditable(text, unit.source), state: 'translated' };
  const doc = {
    ...loaded.doc,
    groups: loaded.doc.groups.map((g) => ({ ...g, units: g.units.map((u) => (u.id === id ? draft : u)) })),
  };
  const slug = file.slice(file.lastIndexOf('/') + 1, -'.xlf'.length);
  const article = articleContextOf(config, slug);
  const { findings } = checkFile(
    { file: doc, path: file, locale, ...(article ? { article } : {}) },
    activeRules(config.rules, config.style),
    glossaryOf(config, locale),
  );
  return findings
    .filter((d) => d.unitId === id)
    .map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message }));
}
