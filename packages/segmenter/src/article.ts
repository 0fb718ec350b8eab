import type { ArticleDocument, Block, BlockKind, Content, SourceSegment } from '@dari/core';
import { errorAt, plainText } from '@dari/core';
import { type Draft, draftsOf } from './blocks.js';
import { fail, RULES } from './errors.js';
import { parseFrontmatter } from './frontmatter.js';
import { IdAllocator, shortHash } from './ids.js';
import { MAX_BLOCK_NESTING, NestingTooDeep, parseMarkdown } from './markdown.js';
import { matchKey } from './normalize.js';
import type { SegmentationRulesInput } from './rules/types.js';
import { splitContent } from './split-content.js';
import { assertXmlSafe } from './validate.js';

/** Options of `parseArticle`. */
export interface ParseArticleOptions {
  /** Path for diagnostics, relative to the project root. */
  readonly file: string;
  readonly slug: string;
  /** Language when the frontmatter has no `lang` (the config's `sourceLocale`); default `en`. */
  readonly defaultLang?: string;
  /** The config's `segmentation` rules by language. */
  readonly rules?: Record<string, SegmentationRulesInput>;
}

const FRONT_ANCHORS = ['p-title', 'p-summary', 'p-dateline', 'p-credit'] as const;

function unitKey(content: Content): string {
  const text = matchKey(plainText(content));
  return text !== '' ? text : content.map((p) => (typeof p === 'string' ? p : p.data)).join('');
}

/** Gives anchors and unit ids (see README, "Stable ids") and points link codes at their title units. */
function assignIds(drafts: readonly Draft[]): Block[] {
  const ids = new IdAllocator();
  for (const a of FRONT_ANCHORS) ids.reserve(a);
  return drafts.map((d) => {
    const keys = d.units.map(unitKey);
    const anchorKey = keys[0] ?? `${d.kind}:${d.raw ?? ''}:${Object.values(d.attrs ?? {}).join(':')}`;
    const id = d.anchor ?? ids.take(`p-${shortHash(anchorKey)}`);
    const sentences = d.units.map((u, i) => ({ id: ids.take(`s-${shortHash(keys[i] ?? '')}`), source: u }));
    const titles = d.titles.map((t) => ({
      id: ids.take(`t-${shortHash(matchKey(t))}`),
      source: [t] as Content,
    }));
    const titleIds = new Map(d.titleCodes.map((c, i) => [c, titles[i]?.id ?? '']));
    const segments: SourceSegment[] = [
      ...sentences.map((s) =>
        titleIds.size === 0
          ? s
          : {
              id: s.id,
              source: s.source.map((p) =>
                typeof p !== 'string' && p.type === 'open' && p.attrs?.titleUnit
                  ? { ...p, attrs: { ...p.attrs, titleUnit: titleIds.get(p.attrs.titleUnit) ?? '' } }
                  : p,
              ),
            },
      ),
      ...titles,
    ];
    return {
      id,
      kind: d.kind,
      line: d.line,
      segments,
      ...(d.depth !== undefined ? { depth: d.depth } : {}),
      ...(d.ordered !== undefined ? { ordered: d.ordered } : {}),
      ...(d.raw !== undefined ? { raw: d.raw } : {}),
      ...(d.attrs !== undefined ? { attrs: d.attrs } : {}),
    };
  });
}

/** The article's tokens; blocks nested past what the parser can hold are an error, not lost text. */
function parseMarkdownOf(text: string, file: string) {
  try {
    return parseMarkdown(text);
  } catch (e) {
    if (!(e instanceof NestingTooDeep)) throw e;
    return fail(
      errorAt(RULES.nestingTooDeep, `blockquotes or lists nest deeper than ${MAX_BLOCK_NESTING} levels`, {
        file,
        line: e.line + 1,
        column: 1,
        note: 'Flatten the nesting: the text past this depth cannot be parsed.',
      }),
    );
  }
}

/**
 * Turns an article's Markdown (YAML frontmatter + body) into the document model: title, summary,
 * dateline and credit blocks first, then the body's blocks with sentence units and inline codes.
 * Throws `DariError` with line and column for bad input.
 */
export function parseArticle(markdown: string, options: ParseArticleOptions): ArticleDocument {
  const { file, slug } = options;
  const text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  if (text.trim() === '') {
    fail(
      errorAt(RULES.empty, 'the article is empty', {
        file,
        line: 1,
        column: 1,
        note: 'Write frontmatter (title, date) and a body, or delete the file.',
      }),
    );
  }
  assertXmlSafe(text, file);
  const parsed = parseMarkdownOf(text, file);
  const yaml = parsed.frontmatter;
  if (!yaml) {
    const unclosed = /^---\s*(\r?\n|$)/.test(text);
    fail(
      errorAt(
        unclosed ? RULES.frontmatterUnclosed : RULES.frontmatterMissing,
        unclosed
          ? 'the frontmatter opened by --- on line 1 is never closed'
          : 'the article has no frontmatter',
        {
          file,
          line: 1,
          column: 1,
          note: unclosed
            ? 'End the frontmatter with a line holding only ---.'
            : 'Start the file with ---, title: "…", date: YYYY-MM-DD and a closing ---.',
        },
      ),
    );
  }
  const { meta, lines } = parseFrontmatter(
    { value: yaml.value, firstLine: 2 },
    file,
    options.defaultLang ?? 'en',
  );
  const rules = options.rules?.[meta.lang] ?? options.rules?.[meta.lang.split('-')[0] ?? ''];
  const front = (kind: BlockKind, value: string | undefined, split: boolean): Draft[] =>
    value === undefined
      ? []
      : [
          {
            kind,
            anchor: `p-${kind}`,
            line: lines[kind] ?? 1,
            titles: [],
            titleCodes: [],
            units: split ? splitContent([value], meta.lang, rules) : [[value.trim()]],
          },
        ];
  const drafts = [
    ...front('title', meta.title, false),
    ...front('summary', meta.summary, true),
    ...front('dateline', meta.dateline, false),
    ...front('credit', meta.credit, false),
    ...draftsOf(parsed, meta.lang, rules),
  ];
  return { slug, file, meta, blocks: assignIds(drafts) };
}
