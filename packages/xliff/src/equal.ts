import { type Content, type InlineCode, type Note, normalizeContent, type Unit } from '@dari/core';

/** Deep equality of coded texts, code data and attributes included (the writer keeps bytes only when nothing differs). */
export function sameContent(a: Content | undefined, b: Content | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const x = normalizeContent(a);
  const y = normalizeContent(b);
  return x.length === y.length && x.every((p, i) => samePart(p, y[i]));
}

function samePart(p: string | InlineCode, q: string | InlineCode | undefined): boolean {
  if (typeof p === 'string' || typeof q === 'string' || q === undefined) return p === q;
  if (p.type !== q.type || p.id !== q.id || p.kind !== q.kind || p.data !== q.data) return false;
  const pa = p.type === 'close' ? undefined : p.attrs;
  const qa = q.type === 'close' ? undefined : q.attrs;
  return sameRecord(pa ?? {}, qa ?? {});
}

function sameRecord(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Equal note lists (text, author, what they annotate). */
export function sameNotes(a: readonly Note[] | undefined, b: readonly Note[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return (
    x.length === y.length &&
    x.every((n, i) => n.text === y[i]?.text && n.from === y[i]?.from && n.annotates === y[i]?.annotates)
  );
}

/** What changed between the unit as read and the unit to write. */
export function unitChanges(prev: Unit, next: Unit) {
  const source = !sameContent(prev.source, next.source);
  const target = !sameContent(prev.target, next.target);
  const state = prev.state !== next.state || (prev.origin ?? 'translator') !== (next.origin ?? 'translator');
  const notes = !sameNotes(prev.notes, next.notes);
  const previousSource = !sameContent(prev.previousSource, next.previousSource);
  return {
    source,
    target,
    state,
    notes,
    previousSource,
    any: source || target || state || notes || previousSource,
  };
}
