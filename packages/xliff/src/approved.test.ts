import { describe, expect, it } from 'vitest';
import { readXliff } from './read.js';
import { requireSchemas, unit, unitFile, validate } from './test-support.js';

// Without the OASIS schemas (a clone with nothing beside it) the validation lines are skipped, with one line in the summary.
const schemas = requireSchemas();

import { writeXliff } from './write.js';

const approvedOf = (text: string, id: string) =>
  readXliff(text, 'a.xlf')
    .places.get(id)
    ?.element.attrs.find((a) => a.name === 'approved')?.value;

describe('XLIFF 1.2 approved="yes" follows the reviewed/final state', () => {
  const reviewed = unitFile({
    groups: [
      {
        id: 'p-1',
        kind: 'paragraph',
        units: [
          unit('s-1', { target: ['하나.'], state: 'final' }),
          unit('s-2', { target: ['둘.'], state: 'translated' }),
        ],
      },
    ],
  });
  const text = writeXliff(reviewed);

  it('a new reviewed or final unit is written approved, others not', () => {
    expect(approvedOf(text, 's-1')).toBe('yes');
    expect(approvedOf(text, 's-2')).toBeUndefined();
    if (!schemas.missing) expect(validate(text).ok).toBe(true);
  });

  it('a source change that sync marks for review takes the approval away; other units keep their bytes', () => {
    const doc = readXliff(text, 'a.xlf');
    const [first, second] = doc.groups[0]?.units ?? [];
    if (!first || !second) throw new Error('two units expected');
    const next = {
      ...doc,
      groups: [
        {
          ...(doc.groups[0] as (typeof doc.groups)[0]),
          units: [
            { ...first, source: ['Changed.'], previousSource: first.source, state: 'needs-review' as const },
            second,
          ],
        },
      ],
    };
    const out = writeXliff(next, doc);
    expect(approvedOf(out, 's-1')).toBeUndefined();
    expect(out).toContain('state="needs-review-translation"');
    expect(out.slice(out.indexOf('<trans-unit id="s-2"'))).toBe(
      text.slice(text.indexOf('<trans-unit id="s-2"')),
    );
    if (!schemas.missing) expect(validate(out).ok).toBe(true);
  });

  it('an unrelated change to an approved unit (its notes) keeps the approval and the tag as written', () => {
    const quoted = text.replace('approved="yes"', "approved='yes'");
    const doc = readXliff(quoted, 'a.xlf');
    const [first, second] = doc.groups[0]?.units ?? [];
    if (!first || !second) throw new Error('two units expected');
    const next = {
      ...doc,
      groups: [
        {
          ...(doc.groups[0] as (typeof doc.groups)[0]),
          units: [{ ...first, notes: [{ text: 'checked' }] }, second],
        },
      ],
    };
    expect(writeXliff(next, doc)).toContain(`<trans-unit id="s-1" approved='yes'>`);
  });
});
