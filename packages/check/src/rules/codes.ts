import { codesOf, type InlineCode } from '@dari/core';
import type { Hit, UnitRule } from './types.js';

const key = (c: InlineCode) => `${c.type}:${c.id}`;
const show = (c: InlineCode) => `${c.type === 'ph' ? 'placeholder' : c.type} ${c.id} (${c.data})`;

function counts(codes: readonly InlineCode[]): Map<string, InlineCode[]> {
  const out = new Map<string, InlineCode[]>();
  for (const c of codes) out.set(key(c), [...(out.get(key(c)) ?? []), c]);
  return out;
}

/** Codes of `a` not matched one for one in `b`. */
function surplus(a: readonly InlineCode[], b: readonly InlineCode[]): InlineCode[] {
  const have = counts(b);
  const out: InlineCode[] = [];
  for (const c of a) {
    const left = have.get(key(c));
    if (left && left.length > 0) left.pop();
    else out.push(c);
  }
  return out;
}

const NOTE =
  'Inline codes stand for the article’s links and formatting; the site rebuilds them from the target. Copy them from the source in your CAT tool.';

/** Source codes the target lacks. */
export const inlineCodeMissing: UnitRule = {
  id: 'inline-code-missing',
  title: 'Inline code of the source missing in the target',
  defaultSeverity: 'error',
  scope: 'unit',
  check: ({ unit }) =>
    surplus(codesOf(unit.source), codesOf(unit.target ?? [])).map(
      (c): Hit => ({ message: `the target lacks the source's ${show(c)}`, note: NOTE, expected: c.data }),
    ),
};

/** Target codes the source does not have. */
export const inlineCodeExtra: UnitRule = {
  id: 'inline-code-extra',
  title: 'Inline code in the target that the source does not have',
  defaultSeverity: 'error',
  scope: 'unit',
  check: ({ unit }) =>
    surplus(codesOf(unit.target ?? []), codesOf(unit.source)).map(
      (c): Hit => ({
        message: `the target has ${show(c)}, which the source does not`,
        note: NOTE,
        actual: c.data,
      }),
    ),
};

/** Problems of pairing in a run of codes: a close before its open, or two pairs crossing. */
function pairingProblems(codes: readonly InlineCode[]): Set<string> {
  const problems = new Set<string>();
  const open: string[] = [];
  const ids = new Set(codes.filter((c) => c.type === 'open').map((c) => c.id));
  for (const c of codes) {
    if (c.type === 'open') open.push(c.id);
    else if (c.type === 'close') {
      if (!open.includes(c.id)) {
        if (ids.has(c.id)) problems.add(`close ${c.id} comes before its open`);
      } else if (open.at(-1) !== c.id) problems.add(`pair ${c.id} crosses pair ${open.at(-1)}`);
      const at = open.lastIndexOf(c.id);
      if (at >= 0) open.splice(at, 1);
    }
  }
  return problems;
}

/** Paired codes reordered in a way the source does not show: close before open, crossing pairs. */
export const inlineCodeOrder: UnitRule = {
  id: 'inline-code-order',
  title: 'Paired inline codes out of order or crossing',
  defaultSeverity: 'error',
  scope: 'unit',
  check: ({ unit }) => {
    const allowed = pairingProblems(codesOf(unit.source));
    return [...pairingProblems(codesOf(unit.target ?? []))]
      .filter((p) => !allowed.has(p))
      .map((p) => ({
        message: `in the target, ${p}`,
        note: 'Words may move around a link or emphasis, but its start must stay before its end and pairs may not cross.',
      }));
  },
};
