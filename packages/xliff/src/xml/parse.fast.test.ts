import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseWithSaxes } from './parse.js';
import { scanXml } from './scan.js';

/** The scanner's tree for `text` next to saxes's, or undefined when the scanner leaves it to saxes. */
function both(text: string, maxDepth = 1000) {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fast = scanXml(text, bom, maxDepth);
  if (!fast) return undefined;
  const slow = parseWithSaxes(text, 'f.xlf', maxDepth);
  return { fast, slow: { root: slow.root, declEnd: slow.declEnd } };
}

const XLIFF = `\uFEFF<?xml version="1.0" encoding="UTF-8" standalone='yes' ?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:d="urn:x-dari">
  <file original="a.md" source-language="en" target-language="ko" d:kind = 'x' datatype="x-markdown">
    <body>
      <trans-unit id="s-1" xml:space="preserve">
        <source>A &amp; B &lt;b&gt; &#x1F600; &#233; ]] > "q" 'a'\r\n</source>
        <target state="translated" d:note="x &quot;y&quot; &#10; &gt;">가 <bpt id="1" ctype="link">&lt;a href="u"&gt;</bpt>나<ept id="1">&lt;/a&gt;</ept><x id="2"/></target>
      </trans-unit>
      <d:extra xmlns="" plain="1"><inner/></d:extra>
    </body>
  </file>
</xliff>
`;

describe('scanXml: the fast path of parseXml', () => {
  it('reads a plain XLIFF file into the very tree saxes gives', () => {
    const r = both(XLIFF);
    expect(r).toBeDefined();
    expect(isDeepStrictEqual(r?.fast, r?.slow)).toBe(true);
  });

  it.each([
    ['a comment', '<r><!-- c --></r>'],
    ['CDATA', '<r><![CDATA[x]]></r>'],
    ['a PI', '<r><?pi x?></r>'],
    ['a DOCTYPE', '<!DOCTYPE r><r/>'],
    ['a non-ASCII name', '<r><é/></r>'],
    ['an unbound prefix', '<r><p:a/></r>'],
    ['an unbound attribute prefix', '<r p:a="1"/>'],
    ['a repeated attribute', '<r a="1" a="2"/>'],
    ['one attribute twice by namespace', '<r xmlns:p="u" xmlns:q="u" p:a="1" q:a="2"/>'],
    ['"]]>" in text', '<r>a]]>b</r>'],
    ['a control character', '<r>\u0001</r>'],
    ['a lone surrogate', '<r>\uD800</r>'],
    ['U+FFFE', '<r>\uFFFE</r>'],
    ['an undefined entity', '<r>&nbsp;</r>'],
    ['a reference to no character', '<r>&#0;</r>'],
    ['an attribute value to normalise', '<r a="x\ny"/>'],
    ['"<" in an attribute value', '<r a="<"/>'],
    ['xmlns:xml', '<r xmlns:xml="u"/>'],
    ['an empty prefix binding', '<r xmlns:p=""/>'],
    ['a mismatched end tag', '<r><a></b></r>'],
    ['an unclosed element', '<r><a></r>'],
    ['two roots', '<r/><s/>'],
    ['text after the root', '<r/>x'],
    ['no whitespace between attributes', '<r a="1"b="2"/>'],
    ['XML 1.1', '<?xml version="1.1"?><r/>'],
    ['a declaration not at the start', ' <?xml version="1.0"?><r/>'],
  ])('leaves %s to saxes', (_, text) => {
    expect(both(text)).toBeUndefined();
  });

  it('leaves nesting past the limit to saxes, self-closing elements counted', () => {
    expect(both('<a><b><c/></b></a>', 3)).toBeDefined();
    expect(both('<a><b><c/></b></a>', 2)).toBeUndefined();
  });

  it('accepts only what saxes accepts, with the same tree, on mutated real files', () => {
    const dir = new URL('../../../../tests/fixtures/xliff/', import.meta.url);
    const texts = readdirSync(dir)
      .filter((n) => n.endsWith('.xlf'))
      .map((n) => readFileSync(new URL(n, dir), 'utf8'));
    texts.push(XLIFF);
    const pieces = [
      '<',
      '>',
      '/',
      '&',
      ';',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      ':',
      'x',
      '#',
      '!',
      '?',
      ']',
      '\u0001',
      '&amp;',
      '&#0;',
      'xmlns:a="u"',
      '<a>',
      '</a>',
      ']]>',
    ];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let accepted = 0;
    for (let k = 0; k < 3000; k++) {
      const text = texts[rnd(texts.length)] as string;
      const at = rnd(text.length + 1);
      const piece = pieces[rnd(pieces.length)] as string;
      const mutant =
        rnd(2) === 0
          ? text.slice(0, at) + piece + text.slice(at)
          : text.slice(0, at) + text.slice(at + 1 + rnd(3));
      const r = both(mutant);
      if (!r) continue;
      accepted++;
      expect(isDeepStrictEqual(r.fast, r.slow), `mutant ${k}`).toBe(true);
    }
    // Most mutants of well-formed files stay well-formed: the fast path must have taken many.
    expect(accepted).toBeGreaterThan(500);
  });
});
