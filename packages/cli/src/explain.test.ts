import { DariError, DIAGNOSTICS, diagnosticInfo } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { formatExplanation, formatIdList, runExplain, wrap } from './explain.js';
import type { Io } from './io.js';

function capture(color = false): Io & { text: () => string } {
  let out = '';
  return { out: (t) => (out += t), err: () => {}, color, tty: false, text: () => out };
}

describe('dari explain', () => {
  it('prints the title, kind, why and fix of an id', () => {
    const io = capture();
    expect(runExplain('xml-malformed', io)).toBe(0);
    const text = io.text();
    expect(text).toMatch(
      /^xml-malformed {2}The XML is not well-formed\nbad input \(exit 2\), error\n\nWhy\n {2}A file/,
    );
    expect(text).toContain('Fix\n  Open the file');
    expect(text).toContain('docs/diagnostics.md#xml-malformed');
    expect(text).not.toContain('\u001b[');
  });

  it('says how to configure a quality rule', () => {
    const io = capture();
    runExplain('length-ratio', io);
    expect(io.text()).toContain('quality rule (configurable), default warning');
    expect(io.text()).toContain('"rules": { "length-ratio": "off" | "info" | "warning" | "error" }');
  });

  it('answers an old id with the entry that replaced it', () => {
    const io = capture();
    runExplain('duplicate-id', io);
    expect(io.text()).toMatch(
      /^duplicate-id was replaced by xliff-duplicate-id; it names the same problem\.\n\nxliff-duplicate-id /,
    );
  });

  it('refuses an unknown id as a usage error, naming the closest ids', () => {
    let error: unknown;
    try {
      runExplain('xml-malformd', capture());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DariError);
    expect((error as DariError).diagnostics[0]).toMatchObject({
      ruleId: 'cli-usage',
      message: 'unknown rule id "xml-malformd" (did you mean "xml-malformed"?)',
    });
  });

  it('lists every id without an argument', () => {
    const io = capture();
    expect(runExplain(undefined, io)).toBe(0);
    const lines = io.text().trimEnd().split('\n');
    expect(lines).toHaveLength(DIAGNOSTICS.length + 1);
    for (const d of DIAGNOSTICS)
      expect(io.text()).toMatch(
        new RegExp(`^ {2}${d.id} +${d.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
      );
  });

  it('colours only when the Io says so', () => {
    const info = diagnosticInfo('xml-malformed');
    if (!info) throw new Error('catalog lost xml-malformed');
    const io = capture(true);
    runExplain('xml-malformed', io);
    expect(io.text()).toContain('\u001b[1mxml-malformed\u001b[22m');
    expect(formatExplanation(info, info.id)).not.toContain('\u001b[');
    expect(formatIdList()).not.toContain('\u001b[');
  });
});

describe('wrap', () => {
  it('breaks at 100 columns between words and indents every line', () => {
    const text = wrap(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '), '  ');
    for (const line of text.split('\n')) {
      expect(line.length).toBeLessThanOrEqual(100);
      expect(line).toMatch(/^ {2}word/);
    }
    expect(text.replace(/\s+/g, ' ').trim()).toBe(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '));
  });
});
