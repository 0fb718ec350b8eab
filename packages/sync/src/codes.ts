import { type Content, codesOf, type InlineCode, isCode } from '@dari/core';

/**
 * Pairs the codes of an old source with those of a new one, in order and by type and kind, so a
 * kept target refers to the new source's codes (ids, native data, link targets). `start` lets the
 * parts of a merged sentence consume the new codes one after another.
 */
export function pairCodes(
  oldSource: Content,
  newCodes: readonly InlineCode[],
  start = 0,
): { map: Map<string, InlineCode[]>; next: number } {
  const map = new Map<string, InlineCode[]>();
  let cursor = start;
  for (const code of codesOf(oldSource)) {
    let found = -1;
    for (let i = cursor; i < newCodes.length; i++) {
      const candidate = newCodes[i];
      if (candidate && candidate.type === code.type && candidate.kind === code.kind) {
        found = i;
        break;
      }
    }
    if (found < 0) continue;
    const key = `${code.type}\u0000${code.id}`;
    const list = map.get(key) ?? [];
    list.push(newCodes[found] as InlineCode);
    map.set(key, list);
    cursor = found + 1;
  }
  return { map, next: cursor };
}

/** The target with each code replaced by its paired new-source code; unpaired codes stay as they were. */
export function remapTarget(target: Content, pairs: Map<string, InlineCode[]>): Content {
  return target.map((part) => {
    if (!isCode(part)) return part;
    const list = pairs.get(`${part.type}\u0000${part.id}`);
    return list?.[0] ?? part;
  });
}

/** Remaps a target translated from `oldSource` onto `newSource`'s codes. */
export function retarget(target: Content, oldSource: Content, newSource: Content): Content {
  return remapTarget(target, pairCodes(oldSource, codesOf(newSource)).map);
}

/** Codes of the source missing from the target and codes of the target not in the source. */
export function codeMismatch(source: Content, target: Content): { missing: string[]; extra: string[] } {
  const count = (c: Content) => {
    const m = new Map<string, number>();
    for (const code of codesOf(c)) {
      const k = `${code.type === 'ph' ? 'ph' : code.type}:${code.id}`;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const s = count(source);
  const t = count(target);
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [k, n] of s) for (let i = t.get(k) ?? 0; i < n; i++) missing.push(k);
  for (const [k, n] of t) for (let i = s.get(k) ?? 0; i < n; i++) extra.push(k);
  return { missing, extra };
}
