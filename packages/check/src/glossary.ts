import { DariError, type Diagnostic, lineColumnAt } from '@dari/core';

/** One glossary entry: a source term and the target terms any of which satisfies it. */
export interface GlossaryEntry {
  readonly source: string;
  readonly targets: readonly string[];
  /** Matches the term as a whole word (case-sensitive: `Kim` the name, not `kimchi`). */
  readonly pattern: RegExp;
}

/** A locale's glossary. */
export type Glossary = readonly GlossaryEntry[];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function entry(source: string, targets: readonly string[]): GlossaryEntry {
  return {
    source,
    targets,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(source)}(?![\\p{L}\\p{N}])`, 'u'),
  };
}

/**
 * Validates a glossary file's data (pure): `{ "<locale>": { "<source term>": "<target>" | ["<target>", …] } }`.
 * Throws `glossary-invalid` naming the bad key and what is allowed.
 */
export function parseGlossary(
  data: unknown,
  locales: readonly string[],
  file: string,
  text?: string,
): ReadonlyMap<string, Glossary> {
  const fail = (message: string, key?: string): never => {
    const offset = key !== undefined && text ? text.indexOf(JSON.stringify(key)) : -1;
    const place = offset >= 0 && text ? lineColumnAt(text, offset) : {};
    const d: Diagnostic = {
      ruleId: 'glossary-invalid',
      severity: 'error',
      message,
      file,
      ...place,
      note: 'A glossary maps each locale to { "source term": "target term" or ["target", "alternative"] }.',
    };
    throw new DariError(d);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    fail('the glossary must be a JSON object');
  const out = new Map<string, Glossary>();
  for (const [locale, terms] of Object.entries(data as Record<string, unknown>)) {
    if (locale === '$schema') continue;
    if (!locales.includes(locale)) {
      fail(`unknown locale "${locale}"; the configured locales are ${locales.join(', ')}`, locale);
    }
    if (typeof terms !== 'object' || terms === null || Array.isArray(terms)) {
      fail(`"${locale}" must map source terms to target terms`, locale);
    }
    const entries: GlossaryEntry[] = [];
    for (const [source, target] of Object.entries(terms as Record<string, unknown>)) {
      const targets = typeof target === 'string' ? [target] : target;
      if (
        source.trim() === '' ||
        !Array.isArray(targets) ||
        targets.length === 0 ||
        !targets.every((t) => typeof t === 'string' && t.trim() !== '')
      ) {
        fail(
          `"${locale}" → "${source}": expected a non-empty term mapped to a string or a list of strings`,
          source,
        );
      }
      entries.push(entry(source, targets as string[]));
    }
    out.set(locale, entries);
  }
  return out;
}
