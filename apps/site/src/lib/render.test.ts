import type { Content, InlineCode } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { carriedCodes, codeTable, partsOf, renderUnit } from './render.js';

const link = (id: string, href: string): InlineCode => ({
  type: 'open',
  id,
  kind: 'link',
  data: `<a href="${href}">`,
  attrs: { href },
});
const close = (id: string, kind: InlineCode['kind'] = 'link'): InlineCode => ({
  type: 'close',
  id,
  kind,
  data: '</a>',
});
const em: InlineCode = { type: 'open', id: '2', kind: 'emphasis', data: '<em>' };
const emClose: InlineCode = { type: 'close', id: '2', kind: 'emphasis', data: '</em>' };

describe('renderUnit', () => {
  it('builds elements from the source codes wherever the translator moved them', () => {
    const source: Content = ['See ', link('1', 'https://x.test/a?b=1&c=2'), 'the report', close('1'), '.'];
    const html = renderUnit(
      ['', { type: 'open', id: '1' }, '보고서', { type: 'close', id: '1' }, '를 보라.'],
      codeTable(source),
    );
    expect(html).toBe('<a href="https://x.test/a?b=1&amp;c=2">보고서</a>를 보라.');
  });

  it('escapes translator text and never takes markup from it', () => {
    const html = renderUnit(['<script>alert(1)</script><img src=x onerror=alert(1)>'], new Map());
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders a javascript: link as inert text', () => {
    const source: Content = [link('1', 'javascript:alert(1)'), 'click', close('1')];
    expect(renderUnit(partsOf(source), codeTable(source))).toBe('<span class="inert-link">click</span>');
  });

  it('ignores references to codes the source does not have', () => {
    expect(renderUnit(['a', { type: 'open', id: '9' }, 'b', { type: 'ph', id: '8' }], new Map())).toBe('ab');
  });

  it('balances what a translator left open or mis-nested', () => {
    const source: Content = [link('1', '/x'), 'a', em, 'b', emClose, close('1')];
    const codes = codeTable(source);
    expect(renderUnit([{ type: 'open', id: '1' }, 'a'], codes)).toBe('<a href="/x">a</a>');
    const crossed = [
      { type: 'open', id: '1' },
      'a',
      { type: 'open', id: '2' },
      'b',
      { type: 'close', id: '1' },
      'c',
      { type: 'close', id: '2' },
    ] as const;
    expect(renderUnit(crossed, codes)).toBe('<a href="/x">a<em>b</em></a><em>c</em>');
  });

  it('reopens a link the source carried over from the previous sentence', () => {
    const first: Content = ['One ', link('1', '/x'), 'two.'];
    const second: Content = ['Three', close('1'), ' four.'];
    const carried = carriedCodes([first, second]);
    expect(carried[0]).toEqual([]);
    expect(renderUnit(partsOf(second), codeTable(second), carried[1])).toBe('<a href="/x">Three</a> four.');
    expect(renderUnit(partsOf(first), codeTable(first), carried[0])).toBe('One <a href="/x">two.</a>');
  });

  it('renders standalone codes: inline code text escaped, breaks, no raw inline HTML', () => {
    const source: Content = [
      { type: 'ph', id: '1', kind: 'code', data: '`<b>`', attrs: { text: '<b>' } },
      { type: 'ph', id: '2', kind: 'break', data: '<br>' },
      { type: 'ph', id: '3', kind: 'html', data: '<script>x()</script>' },
    ];
    expect(renderUnit(partsOf(source), codeTable(source))).toBe('<code>&lt;b&gt;</code><br>');
  });
});
