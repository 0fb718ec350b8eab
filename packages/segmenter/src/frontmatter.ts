import type { ArticleMeta, Diagnostic } from '@dari/core';
import { errorAt } from '@dari/core';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { fail, RULES } from './errors.js';
import { type Field, simpleFields } from './frontmatter-simple.js';

/** Where the YAML block sits in the article: its text and the article line of its first YAML line. */
export interface FrontmatterSource {
  readonly value: string;
  readonly firstLine: number;
}

/** Parsed frontmatter plus the article line of each known field, for block lines and diagnostics. */
export interface Frontmatter {
  readonly meta: ArticleMeta;
  readonly lines: Readonly<Record<string, number>>;
}

const KNOWN = new Set(['title', 'date', 'lang', 'dateline', 'credit', 'summary']);
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value);
  if (!m) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : undefined;
}

/** The fields of the YAML mapping, by the `yaml` library; YAML errors are thrown at their article place. */
function yamlFields(source: FrontmatterSource, file: string): Field[] {
  const counter = new LineCounter();
  const doc = parseDocument(source.value, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const place = (offset: number) => {
    const p = counter.linePos(offset);
    return { file, line: source.firstLine + p.line - 1, column: p.col };
  };
  if (doc.errors.length > 0) {
    fail(
      doc.errors.map((e) =>
        errorAt(RULES.frontmatterInvalid, `frontmatter is not valid YAML: ${e.message.split('\n')[0]}`, {
          ...place(e.pos[0]),
          note: 'Fix the YAML between the two --- lines (quote values that contain ": " or start with a quote).',
        }),
      ),
    );
  }
  if (!isMap(doc.contents)) {
    fail(
      errorAt(
        RULES.frontmatterInvalid,
        'frontmatter must be a YAML mapping of fields such as title: and date:',
        {
          file,
          line: source.firstLine,
          column: 1,
        },
      ),
    );
  }
  return doc.contents.items.map((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const at = place((isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0);
    const value = isScalar(pair.value)
      ? pair.value.value
      : pair.value && doc.contents
        ? (pair.value as { toJSON(): unknown }).toJSON()
        : null;
    return { key, value, line: at.line, column: at.column };
  });
}

/** Reads and validates the frontmatter; every problem is reported at its article line and column. */
export function parseFrontmatter(source: FrontmatterSource, file: string, defaultLang: string): Frontmatter {
  // Nearly every article is `key: value` lines; the `yaml` library reads the rest (and all errors).
  const fields = simpleFields(source.value, source.firstLine) ?? yamlFields(source, file);
  const lines: Record<string, number> = {};
  const values: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  const problems: Diagnostic[] = [];
  for (const { key, value, line, column } of fields) {
    const at = { file, line, column };
    lines[key] = line;
    if (!KNOWN.has(key)) {
      extra[key] = value;
      continue;
    }
    values[key] = value;
    if (key === 'date') {
      if (isoDate(value) === undefined) {
        problems.push(
          errorAt(RULES.dateInvalid, `date "${String(value)}" is not a calendar date YYYY-MM-DD`, {
            ...at,
            note: 'Write the publication date as e.g. 2017-08-17.',
          }),
        );
      }
    } else if (key === 'lang') {
      if (typeof value !== 'string' || !LANG.test(value)) {
        problems.push(
          errorAt(
            RULES.langInvalid,
            `lang "${String(value)}" is not a language tag such as "en" or "ko"`,
            at,
          ),
        );
      }
    } else if (typeof value !== 'string' || value.trim() === '') {
      problems.push(
        errorAt(key === 'title' ? RULES.titleMissing : RULES.fieldInvalid, `${key} must be non-empty text`, {
          ...at,
          note: `Write ${key}: followed by the text, quoted if it contains ": ".`,
        }),
      );
    }
  }
  const top = { file, line: source.firstLine, column: 1 };
  if (!('title' in values))
    problems.push(
      errorAt(RULES.titleMissing, 'frontmatter has no title', {
        ...top,
        note: 'Add a line title: "…" between the --- lines.',
      }),
    );
  if (!('date' in values))
    problems.push(
      errorAt(RULES.dateInvalid, 'frontmatter has no date', {
        ...top,
        note: 'Add a line date: YYYY-MM-DD between the --- lines.',
      }),
    );
  if (problems.length > 0) fail(problems);
  const text = (k: string) => (typeof values[k] === 'string' ? { [k]: values[k] as string } : {});
  return {
    meta: {
      title: values.title as string,
      date: isoDate(values.date) ?? '',
      lang: typeof values.lang === 'string' ? values.lang : defaultLang,
      ...text('dateline'),
      ...text('credit'),
      ...text('summary'),
      extra,
    },
    lines,
  };
}
