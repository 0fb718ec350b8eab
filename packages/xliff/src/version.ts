import { DariError, errorAt, type XliffVersion } from '@dari/core';
import { peekRoot } from './xml/parse.js';
import type { XmlDocument } from './xml/tree.js';
import { attr } from './xml/tree.js';

export const NS12 = 'urn:oasis:names:tc:xliff:document:1.2';
export const NS20 = 'urn:oasis:names:tc:xliff:document:2.0';
/** XLIFF 2.1 and 2.2 keep the 2.0 core namespace, so the 2.x reader serves them all. */
const NS_BY_VERSION: Record<string, string> = { '1.2': NS12, '2.0': NS20, '2.1': NS20, '2.2': NS20 };

/**
 * The XLIFF version of a text, from its root element (`<xliff version>` and namespace), never from
 * a file name; undefined when the text is not XLIFF 1.2 or 2.x. Parses only up to the root start tag.
 */
export function detectXliffVersion(text: string): XliffVersion | undefined {
  const root = peekRoot(text);
  if (root?.local !== 'xliff') return undefined;
  const version = root.attrs.find((a) => a.local === 'version' && a.uri === '')?.value;
  if (version === undefined || NS_BY_VERSION[version] !== root.uri) return undefined;
  return version === '1.2' ? '1.2' : '2.0';
}

/** Checks root element, namespace and version of a parsed document; throws `xliff-root` / `xliff-version`. */
export function versionOf(
  doc: XmlDocument,
  file: string,
  lineOf: (offset: number) => { line: number; column: number },
): XliffVersion {
  const root = doc.root;
  const place = { file, ...lineOf(root.start) };
  const version = attr(root, 'version');
  if (root.local !== 'xliff' || (root.uri !== NS12 && root.uri !== NS20)) {
    throw new DariError(
      errorAt(
        'xliff-root',
        `the root element is <${root.name}> in namespace "${root.uri}", not an XLIFF <xliff>`,
        {
          ...place,
          note: `XLIFF files start with <xliff xmlns="${NS12}" version="1.2"> or <xliff xmlns="${NS20}" version="2.0">; is this the right file?`,
        },
      ),
    );
  }
  const expected = version === undefined ? undefined : NS_BY_VERSION[version];
  if (expected === undefined || expected !== root.uri) {
    throw new DariError(
      errorAt(
        'xliff-version',
        `unsupported XLIFF version "${version ?? '(none)'}" in namespace "${root.uri}"`,
        {
          ...place,
          note: 'Dari reads XLIFF 1.2 and 2.0–2.2; export the file from your CAT tool as XLIFF 1.2 or 2.0.',
        },
      ),
    );
  }
  return version === '1.2' ? '1.2' : '2.0';
}
