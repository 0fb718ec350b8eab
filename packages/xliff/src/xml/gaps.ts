import type { XmlNode } from './tree.js';

/**
 * The nodes between two tags — text, comments, PIs, CDATA — cut from the original text once the
 * parser has checked it: parsers report elements only, the rest is read here from its offsets.
 */

/** The nodes of a gap between tags, which saxes has already checked: text, comments, PIs, CDATA. */
export function addGapNodes(text: string, from: number, to: number, into: XmlNode[]): void {
  let pos = from;
  while (pos < to) {
    const lt = text.indexOf('<', pos);
    const stop = lt < 0 || lt > to ? to : lt;
    if (stop > pos) {
      into.push({
        kind: 'text',
        text: decodeText(text.slice(pos, stop)),
        cdata: false,
        start: pos,
        end: stop,
      });
      pos = stop;
    } else if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4) + 3;
      into.push({ kind: 'comment', start: pos, end });
      pos = end;
    } else if (text.startsWith('<![CDATA[', pos)) {
      const close = text.indexOf(']]>', pos + 9);
      into.push({
        kind: 'text',
        text: eol(text.slice(pos + 9, close)),
        cdata: true,
        start: pos,
        end: close + 3,
      });
      pos = close + 3;
    } else {
      const end = text.indexOf('?>', pos + 2) + 2;
      into.push({ kind: 'pi', start: pos, end });
      pos = end;
    }
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character data as XML reads it: line ends normalised, then references expanded (saxes refused any other). */
function decodeText(raw: string): string {
  const text = eol(raw);
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
      name !== undefined
        ? (NAMED[name] ?? '')
        : String.fromCodePoint(Number.parseInt(hex ?? dec ?? '', hex ? 16 : 10)),
  );
}

function eol(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}
