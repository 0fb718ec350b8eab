import {
  type CodeKind,
  type Content,
  DariError,
  type InlineCode,
  normalizeContent,
  UNIT_STATES,
  type UnitState,
} from '@dari/core';
import { SaxesParser } from 'saxes';
import type { MemoryEntry } from './entry.js';
import { TMX_TYPE } from './write.js';

const KIND_OF_TYPE = new Map<string, CodeKind>(Object.entries(TMX_TYPE).map(([k, t]) => [t, k as CodeKind]));

/** The props Dari writes on a `<tu>`: where the unit was, and its state when archived. */
const PROPS = new Set(['x-dari-origin', 'x-dari-state']);

interface Tu {
  srclang?: string;
  from?: string;
  state?: UnitState;
  tuvs: Tuv[];
}

interface Tuv {
  lang: string;
  parts: Array<string | InlineCode>;
}

/**
 * Reads a TMX file (the memory archive) into entries: the tuv in the tu's (or header's) source
 * language against each other tuv. Throws a DariError with the position of malformed XML.
 */
export function readTmx(text: string, file: string): MemoryEntry[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const entries: MemoryEntry[] = [];
  let headerLang = '';
  let tu: Tu | undefined;
  let tuv: Tuv | undefined;
  let inSeg = false;
  let prop: string | undefined;
  let propType = '';
  let code: { el: string; attrs: Record<string, string>; data: string } | undefined;
  let subDepth = 0;
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (tag.name === 'header') headerLang = attrs.srclang ?? '';
    else if (tag.name === 'tu') tu = { ...(attrs.srclang ? { srclang: attrs.srclang } : {}), tuvs: [] };
    else if (tag.name === 'prop' && PROPS.has(attrs.type ?? '')) {
      prop = '';
      propType = attrs.type ?? '';
    } else if (tag.name === 'tuv' && tu) tuv = { lang: attrs['xml:lang'] ?? attrs.lang ?? '', parts: [] };
    else if (tag.name === 'seg') inSeg = true;
    else if (inSeg && ['bpt', 'ept', 'ph', 'it'].includes(tag.name)) code = { el: tag.name, attrs, data: '' };
    else if (code && tag.name === 'sub') subDepth++;
  });
  parser.on('text', (t) => {
    if (prop !== undefined) prop += t;
    else if (code) {
      if (subDepth === 0) code.data += t;
    } else if (inSeg && tuv) tuv.parts.push(t);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'prop' && prop !== undefined && tu) {
      if (propType === 'x-dari-origin') tu.from = prop;
      else if ((UNIT_STATES as readonly string[]).includes(prop)) tu.state = prop as UnitState;
      prop = undefined;
    } else if (tag.name === 'sub') subDepth--;
    else if (code && tag.name === code.el) {
      tuv?.parts.push(codeOf(code.el, code.attrs, code.data));
      code = undefined;
    } else if (tag.name === 'seg') inSeg = false;
    else if (tag.name === 'tuv' && tu && tuv) {
      tu.tuvs.push({ lang: tuv.lang, parts: closeKinds(tuv.parts) });
      tuv = undefined;
    } else if (tag.name === 'tu' && tu) {
      entries.push(...entriesOf(tu, headerLang));
      tu = undefined;
    }
  });
  try {
    parser.write(text).close();
  } catch (e) {
    throw new DariError({
      ruleId: 'tmx-malformed',
      severity: 'error',
      message: `the memory archive is not well-formed XML: ${(e as Error).message.replace(/^[^:]*:\d+:\d+: /, '')}`,
      file,
      line: parser.line,
      column: parser.column,
      note: 'Restore the file from version control or delete it (only removed translations are lost).',
    });
  }
  return entries;
}

function codeOf(el: string, attrs: Record<string, string>, data: string): InlineCode {
  const id = attrs.i ?? attrs.x ?? '0';
  const kind = KIND_OF_TYPE.get(attrs.type ?? '') ?? 'html';
  if (el === 'bpt' || (el === 'it' && attrs.pos === 'begin')) return { type: 'open', id, kind, data };
  if (el === 'ept' || el === 'it') return { type: 'close', id, kind, data };
  return { type: 'ph', id, kind, data };
}

/** `<ept>` carries no type: it takes the kind of its `<bpt>`. */
function closeKinds(parts: Array<string | InlineCode>): Array<string | InlineCode> {
  const kinds = new Map<string, CodeKind>();
  return parts.map((p) => {
    if (typeof p === 'string') return p;
    if (p.type === 'open') kinds.set(p.id, p.kind);
    const kind = p.type === 'close' ? kinds.get(p.id) : undefined;
    return kind ? { ...p, kind } : p;
  });
}

function entriesOf(tu: Tu, headerLang: string): MemoryEntry[] {
  const sourceLang = tu.srclang ?? headerLang;
  const source = tu.tuvs.find((t) => t.lang === sourceLang);
  if (!source) return [];
  const hash = tu.from?.lastIndexOf('#') ?? -1;
  const origin =
    tu.from === undefined
      ? {}
      : hash < 0
        ? { from: tu.from }
        : { from: tu.from.slice(0, hash), unitId: tu.from.slice(hash + 1) };
  const src: Content = normalizeContent(source.parts);
  return tu.tuvs
    .filter((t) => t !== source)
    .map((t) => ({
      source: src,
      target: normalizeContent(t.parts),
      sourceLang,
      locale: t.lang,
      ...origin,
      ...(tu.state ? { state: tu.state } : {}),
    }));
}
