import { type BlockKind, isBlockKind, type UnitFile } from '@dari/core';
import type { ArticleStamp } from './stamp.js';
import type { XmlDocument, XmlElement } from './xml/tree.js';

/** Where a unit lives in the file it was read from, so the writer can patch it in place. */
export interface UnitPlace {
  /** `<trans-unit>` (1.2) or `<unit>` (2.x). */
  readonly element: XmlElement;
  /** 2.x: the `<segment>` this unit is; absent in 1.2. */
  readonly segment?: XmlElement;
  /** 2.x: how many segments its `<unit>` has (a unit of several segments is read as one Dari unit per segment). */
  readonly segments?: number;
  /** The element whose children the unit is: its `<group>`, `<body>` (1.2) or `<file>` (2.x). */
  readonly parent: XmlElement;
}

/** An XLIFF file as read: the shared model plus what lossless writing needs. */
export interface XliffDocument extends UnitFile {
  /** The path it was read from, for diagnostics. */
  readonly file: string;
  /** The parsed original, kept so that writing changes only what the model changed. */
  readonly xml: XmlDocument;
  /** Unit id → its place in `xml`. */
  readonly places: ReadonlyMap<string, UnitPlace>;
  /** Group id → its `<group>` element. */
  readonly groupElements: ReadonlyMap<string, XmlElement>;
  /** The `version` attribute as written ('1.0'…'2.2'); the file is written back in it. */
  readonly declaredVersion: string;
  /** Namespace URI of its XLIFF elements ('' for namespace-less 1.x files). */
  readonly ns: string;
  /** Ids of the units under `translate="no"` (on the unit, or inherited from a group or file). */
  readonly notTranslatable: ReadonlySet<string>;
  /** The encoding it was read in (`utf-8`, `utf-16le`, `windows-1252`…); it is written back in it. */
  readonly encoding: string;
  /** What `dari sync` recorded of the article (its first `<file>`'s `dari:article` note), when valid. */
  readonly stamp?: ArticleStamp;
}

/** Group `restype` (1.2) / `type` (2.x) for a block kind. */
export const groupType = {
  v12: (kind: BlockKind) => `x-dari-${kind}`,
  v20: (kind: BlockKind) => `dari:${kind}`,
};

/** Block kind from a group's restype/type; groups Dari did not write are paragraphs. */
export function kindFromGroupType(value: string | undefined): BlockKind {
  const kind = value?.replace(/^x-dari-|^dari:/, '');
  return kind !== undefined && kind !== value && isBlockKind(kind) ? kind : 'paragraph';
}
