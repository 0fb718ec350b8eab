import { DariError, type Diagnostic, lineColumnAt } from '@dari/core';
import AhoCorasick from 'modern-ahocorasick';

/** One glossary entry: a source term and the target terms any of which satisfies it. */
export interface GlossaryEntry {
  readonly source: string;
  readonly targets: readonly string[];
}

/** A locale's glossary. */
export type Glossary = readonly GlossaryEntry[];

const WORD_CHAR = /[\p{L}\p{N}]/u;

// Cache (weak: dropped with its glossary): one automaton per glossary, built the first time a thread
// matches with it; a termbase of 100,000 entries is matched in one pass over the text instead of
// 100,000 regular expressions per unit.
const matchers = new WeakMap<Glossary, AhoCorasick<number>>();

function matcherOf(glossary: Glossary): AhoCorasick<number> {
  let matcher = matchers.get(glossary);
  if (!matcher) {
    // `boundary: 'none'`: the library's Unicode word boundaries segment the whole text and cost ten
    // times the scan; the two characters around a hit are checked below instead.
    matcher = new AhoCorasick(
      glossary.map((e, i) => ({ pattern: e.source, data: i })),
      { boundary: 'none' },
    );
    matchers.set(glossary, matcher);
  }
  return matcher;
}

/**
 * The glossary entries whose source term occurs in `text` as a whole word (case-sensitive: `Kim`
 * the name, not `kimchi` or `Kimberly`), each once, in glossary order.
 */
export function termsIn(glossary: Glossary, text: string): GlossaryEntry[] {
  if (glossary.length === 0 || text === '') return [];
  const found = new Set<number>();
  for (const m of matcherOf(glossary).iterate(text)) {
    if (m.data === undefined || found.has(m.data)) continue;
    if (WORD_CHAR.test(text[m.start - 1] ?? '') || WORD_CHAR.test(text[m.end] ?? '')) continue;
    found.add(m.data);
  }
  return [...found].sort((a, b) => a - b).flatMap((i) => glossary[i] ?? []);
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
      entries.push({ source, targets: targets as string[] });
    }
    out.set(locale, entries);
  }
  return out;
}
