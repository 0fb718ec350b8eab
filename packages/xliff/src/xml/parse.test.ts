import { describe, expect, it } from 'vitest';
import { parseXml } from './parse.js';
import type { XmlElement, XmlNode } from './tree.js';

const shape = (text: string, nodes: readonly XmlNode[]) =>
  nodes.map((n) =>
    n.kind === 'element'
      ? { el: n.name, raw: text.slice(n.start, n.end) }
      : n.kind === 'text'
        ? { text: n.text, cdata: n.cdata, raw: text.slice(n.start, n.end) }
        : { [n.kind]: text.slice(n.start, n.end) },
  );

describe('parseXml: text, comments, PIs and CDATA between tags', () => {
  it('keeps every node with its decoded text and its exact original span', () => {
    const text =
      '\uFEFF<?xml version="1.0"?>\r\n<r>a &amp; b&#13;&#x1F600;\r\n<!-- c --><?pi x?><![CDATA[<raw>\r\n]]>z<e/><f>t</f></r>\n';
    const doc = parseXml(text, 'f.xlf');
    expect(doc.declEnd).toBe(text.indexOf('?>') + 2);
    expect(shape(text, doc.root.children)).toEqual([
      { text: 'a & b\r😀\n', cdata: false, raw: 'a &amp; b&#13;&#x1F600;\r\n' },
      { comment: '<!-- c -->' },
      { pi: '<?pi x?>' },
      { text: '<raw>\n', cdata: true, raw: '<![CDATA[<raw>\r\n]]>' },
      { text: 'z', cdata: false, raw: 'z' },
      { el: 'e', raw: '<e/>' },
      { el: 'f', raw: '<f>t</f>' },
    ]);
    const f = doc.root.children[6] as XmlElement;
    expect(text.slice(f.start, f.openEnd)).toBe('<f>');
    expect(text.slice(f.closeStart, f.end)).toBe('</f>');
  });

  it('finds tags whose attributes hold > and entities', () => {
    const text = '<r><a title="x > y &lt; z" b=\'q\'>in</a></r>';
    const a = parseXml(text, 'f.xlf').root.children[0] as XmlElement;
    expect(text.slice(a.start, a.openEnd)).toBe('<a title="x > y &lt; z" b=\'q\'>');
    expect(a.attrs.map((x) => [x.name, x.value])).toEqual([
      ['title', 'x > y < z'],
      ['b', 'q'],
    ]);
  });

  it.each([
    ['an undefined entity', '<r>&nbsp;</r>', 'xml-malformed', 4],
    ['a control character', '<r>a\u0001</r>', 'xml-invalid-char', 5],
    ['a DOCTYPE', '<!DOCTYPE r><r/>', 'xliff-doctype', 1],
    [']]> in text', '<r>a]]>b</r>', 'xml-malformed', undefined],
  ])('still refuses %s', (_, text, ruleId, column) => {
    let error: unknown;
    try {
      parseXml(text, 'f.xlf');
    } catch (e) {
      error = e;
    }
    const d = (error as { diagnostics?: Array<{ ruleId: string; column?: number }> }).diagnostics?.[0];
    expect(d?.ruleId).toBe(ruleId);
    if (column !== undefined) expect(d?.column).toBe(column);
  });
});
