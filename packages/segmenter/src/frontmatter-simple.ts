/**
 * A reader for the frontmatter nearly every article has: one `key: value` per line, values plain
 * or quoted without escapes. It answers only when the result is certain to be what the `yaml`
 * library gives (YAML 1.2 core schema); anything else — lists, comments, escapes, numbers,
 * booleans, nulls, repeated keys, indentation — returns `undefined` and goes to the library.
 */

/** One field of the frontmatter mapping and where its key is in the article. */
export interface Field {
  readonly key: string;
  readonly value: unknown;
  readonly line: number;
  readonly column: number;
}

const LINE = /^([A-Za-z_][\w-]*):(?: +(.*))?$/;
const DOUBLE = /^"([^"\\]*)"$/;
const SINGLE = /^'([^']*)'$/;
/** Plain scalars that stay strings: no indicator first, no `: ` or ` #`, no trailing space. */
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^:#]|:(?=\S)|(?<=\S)#)*(?<![\s:])$/;
/** Plain scalars the core schema reads as something else, or that might be: numbers, booleans, nulls. */
const TYPED = /^(?:[-+.\d~]|(?:true|false|null)$)/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Characters YAML treats as line breaks or that a quick reader should not guess about. */
const ODD = /[\u0085\u2028\u2029\ufeff\t]/;

function scalar(text: string): { value: string } | undefined {
  const quoted = DOUBLE.exec(text) ?? SINGLE.exec(text);
  if (quoted) return { value: quoted[1] ?? '' };
  if (!PLAIN.test(text)) return undefined;
  if (TYPED.test(text) && !DATE.test(text)) return undefined;
  return { value: text };
}

/** The fields of a simple frontmatter, or `undefined` when the `yaml` library must read it. */
export function simpleFields(yaml: string, firstLine: number): Field[] | undefined {
  if (ODD.test(yaml)) return undefined;
  const fields: Field[] = [];
  const seen = new Set<string>();
  const lines = yaml.split(/\r?\n/); // a lone CR fails LINE and goes to the library
  for (const [i, text] of lines.entries()) {
    if (text === '') continue;
    const m = LINE.exec(text);
    const key = m?.[1];
    const value = m?.[2] === undefined ? undefined : scalar(m[2]);
    if (key === undefined || value === undefined || seen.has(key)) return undefined;
    seen.add(key);
    fields.push({ key, value: value.value, line: firstLine + i, column: 1 });
  }
  return fields.length > 0 ? fields : undefined;
}
