import { termsIn } from '../glossary.js';
import type { UnitRule } from './types.js';

/** A glossary term in the source whose required target term is absent from the target. */
export const glossaryTerm: UnitRule = {
  id: 'glossary-term',
  title: 'Glossary term not translated as the glossary requires',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: ({ source, target, glossary }) =>
    termsIn(glossary, source)
      .filter((entry) => !entry.targets.some((t) => target.includes(t)))
      .map((entry) => ({
        message: `"${entry.source}" should be translated as ${entry.targets.map((t) => `"${t}"`).join(' or ')}`,
        note: 'The project glossary (paths.glossary in dari.config.json) fixes how this term is translated.',
        expected: entry.targets[0] ?? '',
      })),
};
