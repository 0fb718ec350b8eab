import { describe, expect, it } from 'vitest';
import { DariError, errorAt, formatDiagnostic, formatPlace, lineColumnAt } from './diagnostic.js';

describe('formatDiagnostic', () => {
  it('prints file:line:col severity rule-id message, then the note indented', () => {
    const d = errorAt('xml-malformed', 'XML is not well-formed', {
      file: 'locales/ko/a.xlf',
      line: 3,
      column: 7,
      note: 'Fix the XML.',
    });
    expect(formatDiagnostic(d)).toBe(
      'locales/ko/a.xlf:3:7 error xml-malformed XML is not well-formed\n  Fix the XML.',
    );
  });

  it('prints as much of the place as is known', () => {
    expect(formatPlace({})).toBe('');
    expect(formatPlace({ file: 'a.md' })).toBe('a.md');
    expect(formatPlace({ file: 'a.md', line: 2 })).toBe('a.md:2:1');
    expect(formatDiagnostic({ ruleId: 'cli-usage', severity: 'error', message: 'bad' })).toBe(
      'error cli-usage bad',
    );
  });
});

describe('DariError', () => {
  it('carries every diagnostic and prints one line each', () => {
    const e = new DariError([
      errorAt('article-empty', 'empty', { file: 'a.md' }),
      errorAt('article-empty', 'empty', { file: 'b.md' }),
    ]);
    expect(e.diagnostics).toHaveLength(2);
    expect(e.message).toBe('a.md error article-empty empty\nb.md error article-empty empty');
    expect(e).toBeInstanceOf(Error);
  });
});

describe('lineColumnAt', () => {
  it('counts lines and columns from 1, with the offset past the end clamped', () => {
    const text = 'ab\ncd\n';
    expect(lineColumnAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt(text, 99)).toEqual({ line: 3, column: 1 });
  });
});
