import type { XliffVersion } from '@dari/core';
import xliff2js from 'xliff/xliff2js';
import xliff12ToJs from 'xliff/xliff12ToJs';
import type { ResourcePart } from './markup.js';

/** A `source`/`target` value as the `xliff` package returns it: text, an inline element, or a run of both. */
export type XliffJsValue = string | XliffJsInline | XliffJsValue[];

/** `{ [ElementType]: { id, contents?, ...attributes } }`. */
export type XliffJsInline = Record<
  string,
  { id?: string; startRef?: string; rid?: string; contents?: XliffJsValue } & Record<string, unknown>
>;

interface XliffJsUnit {
  source?: XliffJsValue;
  target?: XliffJsValue;
  groupUnits?: Record<string, XliffJsUnit>;
}

interface XliffJs {
  resources?: Record<string, Record<string, XliffJsUnit>>;
}

/** One unit as the npm `xliff` package reads it: text and code references, no state (it drops states). */
export interface JsUnit {
  readonly id: string;
  readonly source: ResourcePart[];
  readonly target: ResourcePart[] | undefined;
}

/**
 * Reads an XLIFF file with the npm `xliff` package (the i18next ecosystem's reader) and flattens its
 * groups: Dari's groups are paragraphs, the keys are unit ids, unique in the file.
 */
export async function readWithXliffPackage(text: string, version: XliffVersion): Promise<JsUnit[]> {
  // Whitespace-only text between two inline codes is real text ("<g>a</g> <g>b</g>"). xliff12ToJs
  // keeps it on request; xliff2js ignores its options, so such runs get a private-use mark first.
  const js = (
    version === '2.0'
      ? await xliff2js(markInlineSpaces(text))
      : await xliff12ToJs(text, { captureSpacesBetweenElements: true })
  ) as XliffJs;
  const out: JsUnit[] = [];
  const walk = (units: Record<string, XliffJsUnit>) => {
    for (const [id, unit] of Object.entries(units)) {
      if (unit.groupUnits) walk(unit.groupUnits);
      else
        out.push({
          id,
          source: toParts(unit.source ?? '', version),
          target: unit.target === undefined ? undefined : toParts(unit.target, version),
        });
    }
  };
  for (const units of Object.values(js.resources ?? {})) walk(units);
  return out;
}

const SPACE_MARK = '\uE000';

/** Marks whitespace-only runs between tags inside `<source>`/`<target>` so an XML reader keeps them. */
function markInlineSpaces(text: string): string {
  return text.replace(
    /(<(source|target)\b[^>]*>)([\s\S]*?)(<\/\2>)/g,
    (_m, open: string, _name: string, body: string, close: string) =>
      open + body.replace(/>(\s+)</g, `>${SPACE_MARK}$1<`) + close,
  );
}

/** The `xliff` package's inline value → text and code references (what a code renders as is not read here). */
export function toParts(value: XliffJsValue, version: XliffVersion): ResourcePart[] {
  const out: ResourcePart[] = [];
  const visit = (v: XliffJsValue) => {
    if (typeof v === 'string') {
      const text = v.replaceAll(SPACE_MARK, '');
      if (text !== '') out.push(text);
    } else if (Array.isArray(v)) v.forEach(visit);
    else
      for (const [type, data] of Object.entries(v)) {
        const id = String(data.id ?? '');
        const paired = (kind: string) =>
          version === '2.0' ? kind === 'Span' || kind === 'GenericSpan' : kind === 'GenericSpan';
        if (paired(type)) {
          out.push({ type: 'open', id });
          if (data.contents !== undefined) visit(data.contents);
          out.push({ type: 'close', id });
        } else if (type === 'SpanStart' || type === 'GenericSpanStart') out.push({ type: 'open', id });
        else if (type === 'SpanEnd' || type === 'GenericSpanEnd')
          out.push({ type: 'close', id: String(data.startRef ?? data.rid ?? id) });
        else if (type === 'Marker') {
          // <mrk> annotates text (comments, terms); the text is what the reader sees.
          if (data.contents !== undefined) visit(data.contents);
        } else out.push({ type: 'ph', id });
      }
  };
  visit(value);
  return out;
}
