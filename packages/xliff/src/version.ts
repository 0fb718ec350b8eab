import { DariError, errorAt, type XliffVersion } from '@dari/core';
import { peekRoot } from './xml/parse.js';
import type { XmlDocument } from './xml/tree.js';
import { attr } from './xml/tree.js';

export const NS12 = 'urn:oasis:names:tc:xliff:document:1.2';
export const NS20 = 'urn:oasis:names:tc:xliff:document:2.0';
const NS11 = 'urn:oasis:names:tc:xliff:document:1.1';
const NS10 = 'urn:oasis:names:tc:xliff:document:1.0';
const NS22 = 'urn:oasis:names:tc:xliff:document:2.2';

/**
 * Namespaces each declared version may use. 1.x files are read by the 1.2 reader (1.0 and 1.1 are
 * its subsets), also without a namespace, as Translate Toolkit and older tools write them; 2.1
 * keeps the 2.0 core namespace, 2.2 has its own (early 2.2 drafts kept 2.0's). Whatever is read is written back as it was.
 */
const NS_BY_VERSION: Readonly<Record<string, readonly string[]>> = {
  '1.0': [NS10, ''],
  '1.1': [NS11, ''],
  '1.2': [NS12, ''],
  '2.0': [NS20],
  '2.1': [NS20],
  '2.2': [NS22, NS20],
};

const KNOWN_NS: ReadonlySet<string> = new Set([NS10, NS11, NS12, NS20, NS22, '']);

/** The version a file declares and the namespace its XLIFF elements use, as read. */
export interface XliffDialect {
  /** Model family: '1.2' for 1.0–1.2, '2.0' for 2.0–2.2. */
  readonly version: XliffVersion;
  /** `version` attribute as written. */
  readonly declared: string;
  /** Namespace URI of the XLIFF elements ('' when the file has none). */
  readonly ns: string;
}

function dialectOf(local: string, uri: string, version: string | undefined): XliffDialect | undefined {
  if (local !== 'xliff' || version === undefined) return undefined;
  if (!NS_BY_VERSION[version]?.includes(uri)) return undefined;
  return { version: version.startsWith('1.') ? '1.2' : '2.0', declared: version, ns: uri };
}

/**
 * The XLIFF version of a text, from its root element (`<xliff version>` and namespace), never from
 * a file name; undefined when the text is not XLIFF 1.x or 2.x. Parses only up to the root start tag.
 */
export function detectXliffVersion(text: string): XliffVersion | undefined {
  const root = peekRoot(text);
  if (!root) return undefined;
  const version = root.attrs.find((a) => a.local === 'version' && a.uri === '')?.value;
  return dialectOf(root.local, root.uri, version)?.version;
}

/** Checks root element, namespace and version of a parsed document; throws `xliff-root` / `xliff-version`. */
export function versionOf(
  doc: XmlDocument,
  file: string,
  lineOf: (offset: number) => { line: number; column: number },
): XliffDialect {
  const root = doc.root;
  const place = { file, ...lineOf(root.start) };
  const version = attr(root, 'version');
  if (root.local !== 'xliff' || !KNOWN_NS.has(root.uri)) {
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
  const dialect = dialectOf(root.local, root.uri, version);
  if (!dialect) {
    throw new DariError(
      errorAt(
        'xliff-version',
        `unsupported XLIFF version "${version ?? '(none)'}" in namespace "${root.uri}"`,
        {
          ...place,
          note: 'Dari reads XLIFF 1.0–1.2 and 2.0–2.2, each in its own namespace; export the file from your CAT tool as XLIFF 1.2 or 2.0.',
        },
      ),
    );
  }
  return dialect;
}
