import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToText, safeUrl } from './html.js';

describe('safeUrl', () => {
  it('keeps http(s), mailto and relative links', () => {
    for (const url of [
      'https://x.test/a?b=1',
      'http://x.test',
      'mailto:a@x.test',
      '/en/',
      '#p-1',
      '../a',
      'page.html',
    ])
      expect(safeUrl(url)).toBe(url);
  });

  it('refuses script and data URLs, however disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' java\nscript:alert(1)',
      'java\tscript:x',
      '\u0001javascript:x',
      'data:text/html,<script>',
      'vbscript:x',
      '&#106;avascript:x',
    ])
      expect(safeUrl(url), url).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });

  it('limits images to http(s) when asked', () => {
    expect(safeUrl('mailto:a@x.test', ['http:', 'https:'])).toBeUndefined();
  });
});

describe('escapeHtml / htmlToText', () => {
  it('round-trips text through escaping', () => {
    const text = `<img src=x onerror="alert('1')"> & more`;
    expect(escapeHtml(text)).not.toMatch(/[<>"']/);
    expect(htmlToText(`<b>${escapeHtml(text)}</b>`)).toBe(text);
  });
});
