/**
 * Finds the diagnostic ids a package's source can print, without running it: the places that
 * construct diagnostics. Pure: source texts in, ids with their places out.
 *
 * What counts as a place that prints an id:
 * - a `ruleId: '…'` property (every Diagnostic literal);
 * - a rule registry entry, `id: '…'` followed by `title:` (check's rules);
 * - the first argument of any function whose first parameter is named `ruleId` (`errorAt`,
 *   `diagnosticAt`, the XML parser's `fail`, check's `usage`, …), found by reading the declarations;
 * - a line printed by hand as `severity id message` inside a template (`error io-${code}`).
 * An id built at run time (`io-${…}`) is kept as a pattern; an argument that is neither a literal
 * nor a known registry lookup is reported as unverifiable, so a new way of naming ids cannot slip by.
 */

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export interface FoundId {
  /** The id, or for a template the regex source it must match (`io-[a-z0-9-]+`). */
  readonly id: string;
  readonly dynamic: boolean;
  readonly place: string;
}

export interface ScanResult {
  readonly ids: FoundId[];
  /** Expressions passed where an id goes that the scan cannot resolve, with their places. */
  readonly unverifiable: { expression: string; place: string }[];
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

/**
 * Expressions that are ids resolved elsewhere: a registry lookup (`RULES.notUtf8`, checked by
 * importing the registry), a rule's own id (`rule.id`), a diagnostic's (`d.ruleId`), or a `ruleId`
 * parameter passed through.
 */
const RESOLVED = /^(?:(?:[A-Z_]*_)?RULES\.\w+|\w+\.id|\w+\.ruleId|ruleId)$/;

/** Ids the source `files` can print. */
export function scanDiagnosticIds(files: readonly SourceFile[]): ScanResult {
  const ids: FoundId[] = [];
  const unverifiable: ScanResult['unverifiable'] = [];
  // Functions whose first parameter is `ruleId`: exported ones are called anywhere, methods as
  // `.name(`, local ones only in their own file (so an unrelated `fail` elsewhere is not mistaken).
  const everywhere = new Set<string>();
  const methods = new Set<string>();
  const local = new Map<string, Set<string>>();
  for (const { path, text } of files) {
    for (const m of text.matchAll(/(export\s+)?(function\s+)?(\w+)\s*(=\s*)?\(\s*ruleId\s*:/g)) {
      const name = m[3] as string;
      if (m[1]) everywhere.add(name);
      else if (!m[2] && !m[4]) methods.add(name);
      else local.set(path, (local.get(path) ?? new Set()).add(name));
    }
  }
  for (const { path, text } of files) {
    const place = (offset: number) => `${path}:${lineOf(text, offset)}`;
    const add = (raw: string, quote: string, offset: number) => {
      if (quote === '`' && raw.includes('${')) {
        ids.push({ id: templatePattern(raw), dynamic: true, place: place(offset) });
      } else if (KEBAB.test(raw)) ids.push({ id: raw, dynamic: false, place: place(offset) });
      else unverifiable.push({ expression: `${quote}${raw}${quote}`, place: place(offset) });
    };
    for (const m of text.matchAll(/\bruleId\s*:\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
      add(m[2] as string, m[1] as string, m.index);
    }
    // `ruleId: someVariable` names an id the scan cannot see; only pass-throughs are fine.
    for (const m of text.matchAll(/\bruleId\s*:\s*([^'"`\s,})][^,})\n]*)/g)) {
      const value = (m[1] as string).trim().replace(/;$/, '');
      if (value !== 'string' && !RESOLVED.test(value))
        unverifiable.push({ expression: value, place: place(m.index) });
    }
    for (const m of text.matchAll(/\bid\s*:\s*(['"])([^'"]+)\1\s*,\s*title\s*:/g)) {
      add(m[2] as string, m[1] as string, m.index);
    }
    const calls = [
      ...[...everywhere, ...(local.get(path) ?? [])].map((name) => `(?<![\\w$.])${name}`),
      ...[...methods].map((name) => `\\.${name}`),
    ];
    for (const callee of calls) {
      const call = new RegExp(`${callee}\\(\\s*([^,()]+?)\\s*,`, 'g');
      for (const m of text.matchAll(call)) {
        const arg = (m[1] as string).trim();
        if (/^ruleId\s*:/.test(arg)) continue; // the declaration itself
        // `cond ? RULES.a : RULES.b` names two ids; each branch must resolve.
        const ternary = /^[^?]+\?\s*(.+?)\s*:\s*(.+)$/.exec(arg);
        for (const branch of ternary ? [ternary[1] as string, ternary[2] as string] : [arg]) {
          const literal = /^(['"`])((?:(?!\1)[^\\]|\\.)*)\1$/.exec(branch);
          if (literal) add(literal[2] as string, literal[1] as string, m.index);
          else if (!RESOLVED.test(branch)) unverifiable.push({ expression: arg, place: place(m.index) });
        }
      }
    }
    for (const m of text.matchAll(/`[^`]*\b(?:error|warning|info) ([a-z][a-z0-9]*(?:-[a-z0-9]+)*-)\$\{/g)) {
      ids.push({ id: `${escapeRegex(m[1] as string)}[a-z0-9-]+`, dynamic: true, place: place(m.index) });
    }
  }
  return { ids, unverifiable };
}

function templatePattern(raw: string): string {
  return raw
    .split(/\$\{[^}]*\}/)
    .map(escapeRegex)
    .join('[a-z0-9-]+');
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
