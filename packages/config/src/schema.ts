import { configurableRuleIds, DIAGNOSTICS } from '@dari/core';
import { DEFAULT_MAX_FILE_BYTES } from '@dari/io';
import { z } from 'zod';

/** Most units a locale file may hold by default (an article of 100,000 sentences is not one). */
export const DEFAULT_MAX_UNITS = 100_000;

/** Deepest XLIFF element nesting read by default (the XLIFF reader's own default). */
export const DEFAULT_MAX_XML_DEPTH = 1000;

const locale = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en", "ko" or "pt-BR"');

const severityOrOff = z.enum(['error', 'warning', 'info', 'off']);

const percent = z.number().min(0).max(100);

/**
 * A locale's minimums: a bare number is the translated percent (the original form); an object sets
 * translated and reviewed percents. Read into the object form so callers see one shape.
 */
const threshold = z
  .union([percent, z.strictObject({ translated: percent.default(0), reviewed: percent.default(0) })])
  .transform((t) => (typeof t === 'number' ? { translated: t, reviewed: 0 } : t));

/** Per-language segmentation rules added to the built-in ones (SRX-like, kept as data). */
const segmentationRules = z.strictObject({
  /** Extra abbreviations (without the final period) after which a period does not end a sentence. */
  abbreviations: z.array(z.string().min(1)).default([]),
  /** Extra no-break patterns: a regular expression matched against the text before a candidate break. */
  noBreakBefore: z.array(z.string()).default([]),
  /** Extra break patterns: a regular expression matched against the text before a candidate break. */
  breakAfter: z.array(z.string()).default([]),
  /**
   * How a single line break inside a paragraph is read: `soft` (the default in Markdown articles, where
   * it is a wrap) or `boundary` (a line without terminal punctuation before a capitalized line or a
   * list marker ends a sentence, as in plain-text wire copy). See packages/segmenter/README.md.
   */
  lineBreaks: z.enum(['soft', 'boundary']).optional(),
});

/** The Dari config, as written in `dari.config.json`. */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** Language articles are written in when their frontmatter says nothing. */
    sourceLocale: locale.default('en'),
    /** Every locale the site is published in, source included. */
    locales: z.array(locale).min(1).default(['en', 'ko']),
    paths: z
      .strictObject({
        articles: z.string().default('articles'),
        locales: z.string().default('locales'),
        glossary: z.string().optional(),
        /** Allow the paths above (and symbolic links under them) to lead outside the project folder. */
        outsideRoot: z.boolean().default(false),
      })
      .default({ articles: 'articles', locales: 'locales', outsideRoot: false }),
    xliff: z
      .strictObject({
        /** Version written; either version is read whatever this says. */
        version: z.enum(['1.2', '2.0']).default('1.2'),
        /**
         * Pre-fill an untranslated target with the source (state needs-translation), for tools such
         * as OmegaT that only show units with a target. Such units still count as untranslated.
         */
        prefillTargets: z.boolean().default(false),
      })
      .default({ version: '1.2', prefillTargets: false }),
    /**
     * Minimum percent of units per locale for `dari check` to pass: a number (translated) or
     * `{ "translated": 100, "reviewed": 80 }`.
     */
    thresholds: z.record(locale, threshold).default({}),
    /** Quality rule severities by rule id; `off` disables a rule. */
    rules: z.record(z.string(), severityOrOff).default({}),
    /**
     * House style the target-language rules hold translations to: `yonhap` turns on the Yonhap
     * profile (dateline `(워싱턴=연합뉴스)`, closing `(끝)`, `(현지시간)` after a foreign date).
     */
    style: z.enum(['none', 'yonhap']).default('none'),
    segmentation: z.record(locale, segmentationRules).default({}),
    /** Input limits: a file over them is refused with a clear error instead of being read. */
    limits: z
      .strictObject({
        /** Largest file (article, locale file, archive, glossary) read, in bytes. */
        fileBytes: z.number().int().positive().default(DEFAULT_MAX_FILE_BYTES),
        /** Most units one locale file may hold. */
        units: z.number().int().positive().default(DEFAULT_MAX_UNITS),
        /**
         * Deepest element nesting read in an XLIFF file (`xml-too-deep` beyond it); the XLIFF
         * reader's own default, 1000, is far above what any CAT tool writes.
         */
        xmlDepth: z.number().int().positive().default(DEFAULT_MAX_XML_DEPTH),
      })
      .default({
        fileBytes: DEFAULT_MAX_FILE_BYTES,
        units: DEFAULT_MAX_UNITS,
        xmlDepth: DEFAULT_MAX_XML_DEPTH,
      }),
    site: z
      .strictObject({
        title: z.record(locale, z.string()).default({}),
        base: z.string().default('/'),
        url: z.string().url().default('https://dari.example'),
      })
      .default({ title: {}, base: '/', url: 'https://dari.example' }),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    for (const [i, l] of config.locales.entries()) {
      if (seen.has(l))
        ctx.addIssue({ code: 'custom', path: ['locales', i], message: `locale "${l}" is listed twice` });
      seen.add(l);
    }
    if (!config.locales.includes(config.sourceLocale)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceLocale'],
        message: `source locale "${config.sourceLocale}" must also be listed in "locales" (${config.locales.join(', ')})`,
      });
    }
    for (const l of Object.keys(config.thresholds)) {
      if (!config.locales.includes(l)) {
        ctx.addIssue({
          code: 'custom',
          path: ['thresholds', l],
          message: `threshold for "${l}", which is not in "locales" (${config.locales.join(', ')})`,
        });
      }
    }
  });

export type DariConfigInput = z.input<typeof configSchema>;
export type DariConfigData = z.output<typeof configSchema>;

/** A JSON schema object, as far as `configJsonSchema` edits it. */
type JsonSchema = { properties?: Record<string, JsonSchema>; [key: string]: unknown };

/**
 * JSON schema for editors (VS Code completes and checks `dari.config.json` with it). `rules` lists
 * every configurable rule id from the diagnostics catalog, each with its title, so an editor
 * completes the ids and marks a typo before `dari` runs. Committed as
 * `packages/config/dari.config.schema.json` (so a fresh clone has it); `schema.test.ts` fails when it is out of date.
 */
export function configJsonSchema(): unknown {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const rules = schema.properties?.rules;
  if (!rules) throw new Error('@dari/config: the config schema has no "rules"');
  const severity = rules.additionalProperties;
  const titles = new Map(DIAGNOSTICS.map((d) => [d.id, d.title]));
  rules.properties = Object.fromEntries(
    configurableRuleIds().map((id) => [id, { ...(severity as object), description: titles.get(id) }]),
  );
  rules.additionalProperties = false;
  delete rules.propertyNames;
  return schema;
}

/** The text of `packages/config/dari.config.schema.json` (`pnpm schema:config` writes it). */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
