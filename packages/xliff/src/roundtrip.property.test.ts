import { type Content, type InlineCode, normalizeContent, type Unit, unitsOf } from '@dari/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXliff } from './read.js';
import { writeXliff } from './write.js';

/** Characters that stress XML and text handling: Hangul, emoji (astral), XML specials, bidi marks, whitespace runs. */
const piece = fc.constantFrom(
  '한미',
  '자유무역협정',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '😀',
  '👩‍👩‍👧',
  '🇰🇷',
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '&amp;',
  '<b>',
  '\u200f',
  '\u202e',
  'שלום',
  'مرحبا',
  '\u00a0',
  '\u3000',
  'e\u0301',
  '\ufeff',
  'KORUS FTA',
  '.',
  '--',
  '#',
  '%',
);
const text = fc
  .array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 6 })
  .map((a) => a.join(''));
const attrText = text.filter((s) => s.length > 0);

const escHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Pair = { open: InlineCode; close: InlineCode };
const pair = (id: string): fc.Arbitrary<Pair> =>
  fc.oneof(
    attrText.map(
      (href): Pair => ({
        open: { type: 'open', id, kind: 'link', data: `<a href="${escHtml(href)}">`, attrs: { href } },
        close: { type: 'close', id, kind: 'link', data: '</a>' },
      }),
    ),
    fc
      .constantFrom<[InlineCode['kind'], string]>(['emphasis', 'em'], ['strong', 'strong'], ['html', 'sup'])
      .map(
        ([kind, tag]): Pair => ({
          open: { type: 'open', id, kind, data: `<${tag}>` },
          close: { type: 'close', id, kind, data: `</${tag}>` },
        }),
      ),
  );
const ph = (id: string): fc.Arbitrary<InlineCode> =>
  fc.oneof(
    attrText.map(
      (t): InlineCode => ({
        type: 'ph',
        id,
        kind: 'code',
        data: `<code>${escHtml(t)}</code>`,
        attrs: { text: t },
      }),
    ),
    fc.constant<InlineCode>({ type: 'ph', id, kind: 'break', data: '<br>' }),
    fc.tuple(attrText, text).map(
      ([src, alt]): InlineCode => ({
        type: 'ph',
        id,
        kind: 'image',
        data: `<img src="${escHtml(src)}" alt="${escHtml(alt)}">`,
        attrs: { src, alt },
      }),
    ),
  );

/** Coded text: text runs with placeholders, complete pairs (possibly crossing) and lone halves (a sentence boundary inside a link). */
const content: fc.Arbitrary<Content> = fc
  .array(fc.tuple(text, fc.constantFrom('ph', 'pair', 'open', 'close', 'none'), fc.nat(20)), { maxLength: 6 })
  .chain((slots) => {
    const codes = slots.map(([, what], i) =>
      what === 'ph' ? ph(`${i + 1}`) : what === 'none' ? fc.constant(undefined) : pair(`${i + 1}`),
    );
    return fc.tuple(fc.constant(slots), fc.tuple(...codes), text);
  })
  .map(([slots, codes, tail]) => {
    const parts: Array<{ at: number; part: string | InlineCode }> = [];
    slots.forEach(([t, what, span], i) => {
      parts.push({ at: i * 100, part: t });
      const c = codes[i];
      if (!c) return;
      if ('open' in c) {
        if (what !== 'close') parts.push({ at: i * 100 + 1, part: c.open });
        if (what !== 'open') parts.push({ at: i * 100 + 2 + span * 30, part: c.close });
      } else parts.push({ at: i * 100 + 1, part: c });
    });
    parts.sort((a, b) => a.at - b.at);
    return normalizeContent([...parts.map((p) => p.part), tail]);
  });

const unitArb: fc.Arbitrary<Unit> = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  source: content,
  target: content,
  state: fc.constantFrom('needs-translation', 'needs-review', 'translated', 'reviewed', 'final'),
});

describe.each(['1.2', '2.0'] as const)('segment → XLIFF %s → read', (version) => {
  it('returns source and target unchanged, for any text and inline codes', () => {
    fc.assert(
      fc.property(unitArb, (u) => {
        const file = {
          version,
          sourceLang: 'en',
          targetLang: 'ko',
          original: 'articles/a.md',
          groups: [{ id: 'p-1', kind: 'paragraph' as const, units: [u] }],
        };
        const back = unitsOf(readXliff(writeXliff(file), 'a.xlf'))[0];
        expect(back?.source).toEqual(u.source);
        expect(back?.target).toEqual(u.target);
        expect(back?.state).toBe(u.state);
      }),
      { numRuns: 300 },
    );
  });

  it('splicing a changed target over the previous file reads back the new target and keeps the others', () => {
    fc.assert(
      fc.property(unitArb, unitArb, content, (a, b, newTarget) => {
        fc.pre(a.id !== b.id);
        const file = {
          version,
          sourceLang: 'en',
          targetLang: 'ko',
          original: 'a.md',
          groups: [{ id: 'p-1', kind: 'paragraph' as const, units: [a, b] }],
        };
        const prev = readXliff(writeXliff(file), 'a.xlf');
        const next = {
          ...file,
          groups: [
            {
              ...file.groups[0],
              id: 'p-1',
              kind: 'paragraph' as const,
              units: [{ ...a, target: newTarget }, b],
            },
          ],
        };
        const [ra, rb] = unitsOf(readXliff(writeXliff(next, prev), 'a.xlf'));
        expect(ra?.target).toEqual(newTarget);
        expect(ra?.source).toEqual(a.source);
        expect(rb?.target).toEqual(b.target);
      }),
      { numRuns: 200 },
    );
  });
});
