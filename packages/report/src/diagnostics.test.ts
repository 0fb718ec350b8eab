import type { Diagnostic } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, formatDiagnosticsText, formatResult, githubAnnotation } from './diagnostics.js';

const malformed: Diagnostic = {
  ruleId: 'xml-malformed',
  severity: 'error',
  message: 'unclosed tag <file>, 50% read',
  file: 'locales/ko/a,b.xlf',
  line: 3,
  column: 7,
  note: 'Open the file in an XML editor.',
};
const locked: Diagnostic = {
  ruleId: 'sync-locked',
  severity: 'warning',
  message: 'a stale lock was removed',
};

describe('githubAnnotation', () => {
  it('puts the place and rule in properties and escapes both parts as actions/toolkit does', () => {
    expect(githubAnnotation(malformed)).toBe(
      '::error file=locales/ko/a%2Cb.xlf,line=3,col=7,title=xml-malformed::unclosed tag <file>, 50%25 read%0AOpen the file in an XML editor.',
    );
    expect(githubAnnotation(locked)).toBe('::warning title=sync-locked::a stale lock was removed');
    expect(githubAnnotation({ ...locked, severity: 'info' })).toMatch(/^::notice /);
  });
});

describe('formatResult', () => {
  const result = {
    command: 'sync',
    findings: [locked],
    summary: 'sync: 2 files, 1 written',
    data: { files: [{ file: 'locales/ko/a.xlf' }] },
  };

  it('json: version, command, pass, the command’s fields, then the findings as check prints them', () => {
    const json = JSON.parse(formatResult(result, 'json'));
    expect(Object.keys(json)).toEqual(['version', 'command', 'pass', 'files', 'findings']);
    expect(json).toMatchObject({ version: 1, command: 'sync', pass: true, findings: [locked] });
    expect(JSON.parse(formatResult({ ...result, findings: [malformed] }, 'json')).pass).toBe(false);
  });

  it('github: an annotation per finding, then the summary as a notice titled by the command', () => {
    expect(formatResult(result, 'github')).toBe(
      '::warning title=sync-locked::a stale lock was removed\n::notice title=dari sync::sync: 2 files, 1 written\n',
    );
    expect(formatResult({ command: 'status', findings: [] }, 'github')).toBe('');
  });
});

describe('formatDiagnostics', () => {
  it('text: the one line every command prints, coloured only when asked', () => {
    const text = formatDiagnostics([malformed, locked], 'text', { command: 'check' });
    expect(text).toBe(
      'locales/ko/a,b.xlf:3:7 error xml-malformed unclosed tag <file>, 50% read\n  Open the file in an XML editor.\nwarning sync-locked a stale lock was removed\n',
    );
    expect(formatDiagnosticsText([malformed], { color: true })).toContain('\u001b[31m');
  });

  it('json and github: bad input alone, in the shape of a run that found only it', () => {
    expect(JSON.parse(formatDiagnostics([malformed], 'json', { command: 'status' }))).toEqual({
      version: 1,
      command: 'status',
      pass: false,
      findings: [malformed],
    });
    expect(formatDiagnostics([malformed], 'github', { command: 'check' })).toBe(
      `${githubAnnotation(malformed)}\n`,
    );
  });
});
