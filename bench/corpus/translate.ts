import type { Content, Unit, UnitFile, UnitState } from '../../packages/core/src/index.ts';
import { createRng, type Rng, seedOf } from '../lib/rng.ts';
import { hangulLength, hangulText, numbersIn } from './hangul.ts';

/** How far along a translator is with an article. */
export type Progress = 'done' | 'partial' | 'untouched';

/** Decides an article's progress: half done, three in ten in progress, the rest not started. */
export function progressOf(rng: Rng): Progress {
  const roll = rng.next();
  return roll < 0.5 ? 'done' : roll < 0.8 ? 'partial' : 'untouched';
}

/** Korean for a source content: every text run becomes Hangul, inline codes stay in order. */
export function translateContent(rng: Rng, source: Content): Content {
  const lastText = source.findLastIndex((p) => typeof p === 'string' && p.trim() !== '');
  return source.map((part, i) => {
    if (typeof part !== 'string') return part;
    if (part.trim() === '') return part;
    const final = i === lastText && /[.!?]["”]?\s*$/.test(part);
    const text = hangulText(rng, hangulLength(part.trim().length), numbersIn(part), final);
    const lead = /^\s/.test(part) ? ' ' : '';
    const trail = /\s$/.test(part) ? ' ' : '';
    return `${lead}${text}${final ? '.' : ''}${trail}`;
  });
}

function unitState(rng: Rng, progress: Progress): UnitState {
  if (progress === 'done') return rng.chance(0.1) ? 'reviewed' : 'translated';
  if (progress === 'untouched') return 'new';
  const roll = rng.next();
  return roll < 0.6 ? 'translated' : roll < 0.8 ? 'needs-review' : 'new';
}

/**
 * The file as a translator left it: units translated, waiting for review, or new, by article
 * progress. Pure: the same file and seed give the same result.
 */
export function translateFile(file: UnitFile, seed: number): UnitFile {
  const rng = createRng(seedOf(file.original, seed));
  const progress = progressOf(rng);
  return {
    ...file,
    groups: file.groups.map((group) => ({
      ...group,
      units: group.units.map((unit): Unit => {
        const state = unitState(rng, progress);
        if (state === 'new') return unit;
        return { ...unit, state, target: translateContent(rng, unit.source) };
      }),
    })),
  };
}
