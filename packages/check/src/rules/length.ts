import type { UnitRule } from './types.js';

/** Below this many source characters ratios swing too much to mean anything. */
const MIN_SOURCE_LENGTH = 30;

/** Plausible target/source character ratios; Korean runs at about 0.3–0.6 of English. */
function bounds(sourceLang: string, targetLang: string): readonly [number, number] {
  const s = sourceLang.toLowerCase().slice(0, 2);
  const t = targetLang.toLowerCase().slice(0, 2);
  const cjk = (l: string) => l === 'ko' || l === 'ja' || l === 'zh';
  if (!cjk(s) && cjk(t)) return [0.15, 1.5];
  if (cjk(s) && !cjk(t)) return [0.6, 7];
  return [0.33, 3];
}

/** A target far shorter or longer than the source: often a missing or doubled sentence. */
export const lengthRatio: UnitRule = {
  id: 'length-ratio',
  title: 'Target length far from what the source suggests',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: ({ source, target, sourceLang, targetLang }) => {
    const s = source.trim().length;
    if (s < MIN_SOURCE_LENGTH) return [];
    const ratio = target.trim().length / s;
    const [low, high] = bounds(sourceLang, targetLang);
    if (ratio >= low && ratio <= high) return [];
    return [
      {
        message: `the target is ${ratio.toFixed(2)} times as long as the source (expected ${low}–${high})`,
        note: 'A sentence may be missing, doubled or belong to another unit.',
        actual: ratio.toFixed(2),
      },
    ];
  },
};
