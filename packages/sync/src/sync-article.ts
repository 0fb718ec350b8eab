import {
  type ArticleDocument,
  type Block,
  codesOf,
  type Diagnostic,
  hasTranslation,
  type Note,
  type SourceSegment,
  sentenceSeparator,
  type Unit,
  type UnitFile,
  type UnitGroup,
  unitsOf,
} from '@dari/core';
import {
  applyPrefill,
  dariNote,
  dropStaleReviewAids,
  foreignNotes,
  joinContents,
  recogniseTranslated,
  textOf,
  translatedFrom,
} from './carry.js';
import { codeMismatch, pairCodes, remapTarget, retarget } from './codes.js';
import { matchUnits, type Pairing } from './match.js';
import type { ArticleSyncResult, SyncOptions, TranslationMemory } from './types.js';
import { wordDiff } from './word-diff.js';

type Counts = { added: number; changed: number; reused: number; unchanged: number };

/** True when an old unit holds a translator's (or memory's) target worth keeping. */
function carriesTranslation(unit: Unit): boolean {
  return hasTranslation(unit) && unit.state !== 'new' && unit.state !== 'needs-translation';
}

/**
 * Syncs one article into one locale (pure): the next file, a summary, the removed units and
 * warnings. In the article's own language the file is the template (sources only).
 */
export function syncArticle(
  article: ArticleDocument,
  locale: string,
  previous: UnitFile | undefined,
  memory: TranslationMemory,
  options: SyncOptions = {},
): ArticleSyncResult {
  const template = locale === article.meta.lang;
  const file = options.file ?? `locales/${locale}/${article.slug}.xlf`;
  const placed: Array<{ segment: SourceSegment; block: Block }> = [];
  for (const block of article.blocks) for (const segment of block.segments) placed.push({ segment, block });
  const oldUnits = previous ? unitsOf(previous).map(recogniseTranslated) : [];
  const { pairings, removed } = matchUnits(
    placed.map((p) => p.segment),
    oldUnits,
    options.fuzzyThreshold,
  );

  const counts: Counts = { added: 0, changed: 0, reused: 0, unchanged: 0 };
  const diagnostics: Diagnostic[] = [];
  const byBlock = new Map<string, Unit[]>();
  placed.forEach(({ segment, block }, i) => {
    const pairing = pairings[i];
    let unit = template
      ? templateUnit(segment, block.id, pairing, counts)
      : bilingualUnit(segment, block.id, pairing, locale, article.meta.lang, memory, counts);
    if (!template) unit = applyPrefill(unit, options.prefillTargets ?? false);
    const mismatch = template ? undefined : mismatchDiagnostic(unit, pairing, file, locale);
    if (mismatch) diagnostics.push(mismatch);
    const list = byBlock.get(block.id);
    if (list) list.push(unit);
    else byBlock.set(block.id, [unit]);
  });

  const groups: UnitGroup[] = article.blocks
    .filter((b) => b.segments.length > 0)
    .map((b) => ({ id: b.id, kind: b.kind, units: byBlock.get(b.id) ?? [] }));
  const next: UnitFile = {
    version: options.version ?? '1.2',
    sourceLang: article.meta.lang,
    ...(template ? {} : { targetLang: locale }),
    original: options.original ?? article.file,
    groups,
  };
  return {
    file: next,
    summary: { file, locale, ...counts, removed: removed.length, written: false },
    removed,
    diagnostics,
  };
}

function templateUnit(
  segment: SourceSegment,
  block: string,
  pairing: Pairing | undefined,
  counts: Counts,
): Unit {
  const old = pairing?.kind === 'merged' ? pairing.olds[0] : pairing?.old;
  if (!pairing) counts.added++;
  else if (pairing.kind === 'same') counts.unchanged++;
  else if (pairing.kind === 'split' && !pairing.primary) counts.added++;
  else counts.changed++;
  const notes = foreignNotes(old);
  return { id: segment.id, source: segment.source, state: 'new', block, ...(notes.length ? { notes } : {}) };
}

function bilingualUnit(
  segment: SourceSegment,
  block: string,
  pairing: Pairing | undefined,
  locale: string,
  sourceLang: string,
  memory: TranslationMemory,
  counts: Counts,
): Unit {
  const base = { id: segment.id, source: segment.source, block };
  const diff = (old: Unit) => wordDiff(textOf(translatedFrom(old)), textOf(segment.source));
  switch (pairing?.kind) {
    case 'same': {
      counts.unchanged++;
      const { line: _, column: __, ...old } = pairing.old;
      const target = old.target && retarget(old.target, old.source, segment.source);
      return dropStaleReviewAids({ ...old, ...base, ...(target ? { target } : {}) });
    }
    case 'edited': {
      const old = pairing.old;
      counts.changed++;
      if (!carriesTranslation(old))
        return untranslated(base, foreignNotes(old), locale, memory, counts, true);
      return {
        ...base,
        target: retarget(old.target ?? [], old.source, segment.source),
        state: 'needs-review',
        previousSource: translatedFrom(old),
        ...(old.origin ? { origin: old.origin } : {}),
        notes: [
          ...foreignNotes(old),
          dariNote(`Source edited; check the translation. Changes: ${diff(old)}`),
        ],
      };
    }
    case 'merged': {
      counts.changed++;
      const notes = pairing.olds.flatMap(foreignNotes);
      const kept = pairing.olds.filter(carriesTranslation);
      if (kept.length === 0) return untranslated(base, notes, locale, memory, counts, true);
      const newCodes = codesOf(segment.source);
      let cursor = 0;
      const targets = kept.map((old) => {
        const { map, next } = pairCodes(old.source, newCodes, cursor);
        cursor = next;
        return remapTarget(old.target ?? [], map);
      });
      const previousSource = joinContents(pairing.olds.map(translatedFrom), sentenceSeparator(sourceLang));
      const ids = pairing.olds.map((u) => u.id).join(', ');
      const changes = wordDiff(textOf(previousSource), textOf(segment.source));
      return {
        ...base,
        target: joinContents(targets, sentenceSeparator(locale)),
        state: 'needs-review',
        previousSource,
        notes: [
          ...notes,
          dariNote(
            `Merged from units ${ids}; their translations were joined, check them. Changes: ${changes}`,
          ),
        ],
      };
    }
    case 'split': {
      const old = pairing.old;
      const others = pairing.parts.filter((p) => p !== segment.id).join(', ');
      if (pairing.primary) counts.changed++;
      if (!pairing.primary || !carriesTranslation(old)) {
        const note = carriesTranslation(old)
          ? [
              dariNote(
                `Split from unit ${old.id}; its whole old translation is on unit ${pairing.primaryPart}.`,
              ),
            ]
          : [];
        return untranslated(
          base,
          [...(pairing.primary ? foreignNotes(old) : []), ...note],
          locale,
          memory,
          counts,
          pairing.primary,
        );
      }
      return {
        ...base,
        target: retarget(old.target ?? [], old.source, segment.source),
        state: 'needs-review',
        previousSource: translatedFrom(old),
        notes: [
          ...foreignNotes(old),
          dariNote(
            `Split from unit ${old.id} into this unit and ${others}; this unit holds its whole old translation, move the part that belongs to ${others}. Changes: ${diff(old)}`,
          ),
        ],
      };
    }
    default:
      return untranslated(base, [], locale, memory, counts, false);
  }
}

/** A unit without a kept target: proposed from the memory when it knows the sentence, else new. */
function untranslated(
  base: { id: string; source: Unit['source']; block: string },
  notes: Note[],
  locale: string,
  memory: TranslationMemory,
  counts: Counts,
  alreadyCounted: boolean,
): Unit {
  const hit = memory.lookup(locale, base.source);
  if (hit) {
    if (alreadyCounted) counts.changed--;
    counts.reused++;
    const where = hit.from ? ` (${hit.from}${hit.unitId ? `#${hit.unitId}` : ''})` : '';
    return {
      ...base,
      target: retarget(hit.target, hit.source, base.source),
      state: 'needs-review',
      origin: 'memory',
      notes: [...notes, dariNote(`Proposed from the translation memory${where}; check that it fits here.`)],
    };
  }
  if (!alreadyCounted) counts.added++;
  return { ...base, state: 'new', ...(notes.length ? { notes } : {}) };
}

function mismatchDiagnostic(
  unit: Unit,
  pairing: Pairing | undefined,
  file: string,
  locale: string,
): Diagnostic | undefined {
  if (!unit.target || unit.origin === 'source-copy') return undefined;
  const { missing, extra } = codeMismatch(unit.source, unit.target);
  if (missing.length === 0 && extra.length === 0) return undefined;
  const old = pairing?.kind === 'merged' ? pairing.olds[0] : pairing?.old;
  const parts = [
    missing.length ? `missing ${missing.join(' ')}` : '',
    extra.length ? `extra ${extra.join(' ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    ruleId: 'sync-code-mismatch',
    severity: 'warning',
    message: `target of unit "${unit.id}" does not carry the inline codes of its source (${parts}); kept as it is`,
    file,
    ...(old?.line !== undefined ? { line: old.line, column: old.column ?? 1 } : {}),
    unitId: unit.id,
    locale,
    note: 'Place every tag of the source exactly once in the target in your CAT tool, or links and emphasis are lost on the site.',
  };
}
