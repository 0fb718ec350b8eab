import { particleMismatches } from '../lang/particles.js';
import type { UnitRule } from './types.js';

/** A Korean particle that does not agree with the sound of the word before it (`FTA은` → `FTA는`). */
export const koreanParticle: UnitRule = {
  id: 'korean-particle',
  title: 'Korean particle that does not agree with the word before it',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: ({ target, targetLang }) => {
    if (!targetLang.toLowerCase().startsWith('ko')) return [];
    return particleMismatches(target).map((m) => ({
      message: `"${m.word}${m.particle}" should be "${m.word}${m.expected}"`,
      note: 'The particle follows how the word before it is read aloud (FTA → 에이 ends in a vowel; USTR → 알 in ㄹ).',
      actual: `${m.word}${m.particle}`,
      expected: `${m.word}${m.expected}`,
    }));
  },
};
