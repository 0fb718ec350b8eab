import { DariError, errorAt, lineColumnAt } from '@dari/core';
import iconv from 'iconv-lite';

/**
 * Bytes ⇄ text in the encoding a file was written in. The encoding comes from the byte-order mark,
 * else from the XML declaration (`encoding="windows-1252"`), else UTF-8 (XML's default); it is
 * written back in the same encoding. A byte-order mark stays in the text as U+FEFF, so that an
 * unchanged file is written back with it.
 */

/** Decodes a file's bytes; throws `encoding-not-utf8` / `encoding-invalid` / `encoding-unsupported` at file:line:col. */
export function decodeXliff(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  const encoding = sniff(bytes);
  if (encoding === 'utf-8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
    } catch {
      badBytes(
        new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
        file,
        'encoding-not-utf8',
        'UTF-8',
      );
    }
  }
  if (!iconv.encodingExists(encoding)) {
    throw new DariError(
      errorAt(
        'encoding-unsupported',
        `the XML declaration names the encoding "${encoding}", which Dari cannot read`,
        {
          file,
          line: 1,
          column: 1,
          note: 'Save the file as UTF-8 (and say encoding="UTF-8" in its XML declaration).',
        },
      ),
    );
  }
  const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false });
  if (text.includes('\uFFFD')) badBytes(text, file, 'encoding-invalid', encoding);
  return { text, encoding };
}

function badBytes(lossy: string, file: string, ruleId: string, name: string): never {
  throw new DariError(
    errorAt(ruleId, `the file is not valid ${name}`, {
      file,
      ...lineColumnAt(lossy, Math.max(0, lossy.indexOf('\uFFFD'))),
      note: `Bytes there are not ${name}, the encoding the file declares; save it again in its encoding (UTF-8 is best).`,
    }),
  );
}

/** Text → bytes in `encoding`; characters the encoding cannot hold become character references. */
export function encodeXliff(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const safe = [...text].map((c) => (canHold(c, encoding) ? c : `&#${c.codePointAt(0)};`)).join('');
  return iconv.encode(safe, encoding, { addBOM: false });
}

function canHold(c: string, encoding: string): boolean {
  if (c.charCodeAt(0) < 0x80 || encoding.startsWith('utf')) return true;
  return iconv.decode(iconv.encode(c, encoding), encoding) === c;
}

/** The encoding an already decoded text would be written in: the one its declaration names, else UTF-8. */
export function encodingOfText(text: string): string {
  const label = declaredEncoding(
    text.charCodeAt(0) === 0xfeff ? text.slice(1, 512) : text.slice(0, 512),
  )?.toLowerCase();
  if (label === undefined || label === 'utf8') return 'utf-8';
  return label === 'utf-16' ? 'utf-16le' : label;
}

/** The encoding of a file from its byte-order mark or XML declaration (lower-cased label). */
function sniff(b: Uint8Array): string {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0x3c && b[1] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && b[1] === 0x3c) return 'utf-16be';
  const declared = declaredEncoding(Buffer.from(b.subarray(0, 512)).toString('latin1'));
  if (declared === undefined) return 'utf-8';
  const label = declared.toLowerCase();
  // A declaration saying UTF-16 in a file without a BOM or UTF-16 bytes is wrong: its bytes are ASCII-compatible.
  return label === 'utf8' || label.startsWith('utf-16') ? 'utf-8' : label;
}

/**
 * `encoding` of the XML declaration at the start of `head`, by the grammar of XML 1.0 (`XMLDecl`:
 * `<?xml`, `VersionInfo`, then `EncodingDecl`, each after whitespace). A declaration that breaks the
 * grammar elsewhere is the XML parser's to refuse; this only picks the name. (It was read by a new
 * saxes parser per file: a tenth of a cold check's XML time went to building parsers.)
 */
function declaredEncoding(head: string): string | undefined {
  const m = XML_DECL_ENCODING.exec(head);
  return m ? (m[1] ?? m[2]) : undefined;
}

const XML_DECL_ENCODING =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*')[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)')/;
