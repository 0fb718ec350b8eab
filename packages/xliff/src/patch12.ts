import { isReviewedState, type Unit, XLIFF12_STATE } from '@dari/core';
import { writeContent12 } from './content12.js';
import { unitChanges } from './equal.js';
import { ORIGIN_QUALIFIER12 } from './read12.js';
import { note12, previous12, target12 } from './write12.js';
import { setAttrInTag } from './xml/attr-edit.js';
import { qualify } from './xml/qualify.js';
import { indentOf, openTag, rebuild, startTag } from './xml/rebuild.js';
import { attr, childElements, firstChild, type XmlElement, type XmlNode } from './xml/tree.js';

/**
 * The bytes of a `<trans-unit>` after the model changed `prev` into `next`: only the parts that
 * changed are re-serialised (source, target and its state, Dari's alt-trans, notes); tool
 * attributes, `alt-trans` of other kinds, comments and foreign elements stay as they were.
 */
export function patchUnit12(text: string, el: XmlElement, prev: Unit, next: Unit, ns: string): string {
  const changed = unitChanges(prev, next);
  if (!changed.any) return text.slice(el.start, el.end);
  const replace = new Map<XmlNode, string | null>();
  const insertAfter = new Map<XmlNode | 'start', string[]>();
  const add = (after: XmlNode | 'start', s: string) =>
    insertAfter.set(after, [...(insertAfter.get(after) ?? []), s]);
  const source = firstChild(el, 'source', ns) as XmlElement;
  const segSource = firstChild(el, 'seg-source', ns);
  const target = firstChild(el, 'target', ns);

  if (changed.source) {
    replace.set(
      source,
      openTag(text, source) + qualify(writeContent12(next.source), source, ns) + closeTag(text, source),
    );
    // Segmentation of the old source no longer applies.
    if (segSource) replace.set(segSource, null);
  }
  const beforeTarget: XmlNode = segSource && !changed.source ? segSource : source;
  if (next.target === undefined) {
    if (target) replace.set(target, null);
  } else if (!target) add(beforeTarget, qualify(target12(next), el, ns));
  else if (changed.target || changed.state) {
    const head = changed.state
      ? startTag(target, { state: XLIFF12_STATE[next.state], 'state-qualifier': qualifierFor(target, next) })
      : openTag(text, target);
    const body = changed.target
      ? targetBody(text, target, next, ns)
      : text.slice(target.openEnd, target.closeStart);
    replace.set(target, head + body + closeTag(text, target));
  }
  const anchor: XmlNode = next.target !== undefined && target ? target : beforeTarget;

  if (changed.previousSource) {
    const ours = childElements(el, 'alt-trans', ns).find(
      (a) => attr(a, 'alttranstype') === 'previous-version',
    );
    const bytes = next.previousSource
      ? qualify(previous12(next.previousSource, next.target ?? []), el, ns)
      : null;
    if (ours) replace.set(ours, bytes);
    else if (bytes !== null) add(anchor, bytes);
  }
  if (changed.notes) {
    const old = childElements(el, 'note', ns);
    const fresh = (next.notes ?? []).map((n) => qualify(note12(n), el, ns));
    for (const n of old) replace.set(n, null);
    const first = old[0];
    if (first) replace.set(first, fresh.length > 0 ? fresh.join(`\n${indentOf(text, first)}`) : null);
    else for (const s of fresh) add(anchor, s);
  }
  const approval = approvalTag(text, el, changed, next);
  return rebuild(text, el, { replace, insertAfter, ...(approval ? { startTag: approval } : {}) });
}

/**
 * The `<trans-unit>` start tag when its sign-off changes, else undefined. Review lives in
 * `approved="yes"` (what pocount and CAT tools read) beside the reviewed/final state: moving into
 * reviewed or final sets it; any other change of state or target (an edit, a source change sync
 * marks for review) clears it, so an approval never outlives the text it approved.
 */
function approvalTag(
  text: string,
  el: XmlElement,
  changed: ReturnType<typeof unitChanges>,
  next: Unit,
): string | undefined {
  const approved = attr(el, 'approved') === 'yes';
  if (isReviewedState(next.state) && next.target !== undefined) {
    return changed.state && !approved ? setAttrInTag(text, el, 'approved', 'yes') : undefined;
  }
  return approved && (changed.state || changed.target)
    ? setAttrInTag(text, el, 'approved', undefined)
    : undefined;
}

/** New target content; a target that was one Trados-style `<mrk mtype="seg">` keeps that wrapper. */
function targetBody(text: string, target: XmlElement, next: Unit, ns: string): string {
  const content = qualify(writeContent12(next.target ?? []), target, ns);
  const elements = childElements(target);
  const only = elements[0];
  const onlyMarker =
    elements.length === 1 &&
    only?.local === 'mrk' &&
    attr(only, 'mtype') === 'seg' &&
    target.children.every((c) => c === only || c.kind !== 'text' || c.text.trim() === '');
  if (!onlyMarker || !only) return content;
  return (
    text.slice(target.openEnd, only.start) +
    openTag(text, only) +
    content +
    closeTag(text, only) +
    text.slice(only.end, target.closeStart)
  );
}

function closeTag(text: string, el: XmlElement): string {
  return el.selfClosing ? `</${el.name}>` : text.slice(el.closeStart, el.end);
}

const DARI_QUALIFIERS: ReadonlySet<string | undefined> = new Set(Object.values(ORIGIN_QUALIFIER12));

/** Dari's origin qualifier; a qualifier a tool wrote (`exact-match`, `mt-suggestion`…) stays unless Dari sets its own. */
function qualifierFor(target: XmlElement, next: Unit): string | undefined {
  const ours = next.origin ? ORIGIN_QUALIFIER12[next.origin] : undefined;
  const theirs = attr(target, 'state-qualifier');
  return ours ?? (DARI_QUALIFIERS.has(theirs) ? undefined : theirs);
}
