import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { assertKnownRules, loadConfig } from './load.js';

function project(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dari-config-'));
  writeFileSync(join(dir, 'dari.config.json'), text);
  return dir;
}

function errorOf(fn: () => unknown): DariError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DariError) return e;
    throw e;
  }
  throw new Error('expected a DariError');
}

const places = (e: DariError) => e.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);

describe('loadConfig: every problem at its file:line:col', () => {
  it('a trailing comma, where it is', () => {
    const dir = project('{\n  "locales": ["en", "ko"],\n}\n');
    expect(places(errorOf(() => loadConfig(dir)))).toEqual(['dari.config.json:3:1 config-invalid-json']);
  });

  it('a bad threshold at the threshold, not at the first "ko" of the file', () => {
    const dir = project('{\n  "locales": ["en", "ko"],\n  "thresholds": {\n    "ko": 200\n  }\n}\n');
    expect(places(errorOf(() => loadConfig(dir)))).toEqual(['dari.config.json:4:11 config-invalid']);
  });

  it('an unknown key at the key', () => {
    const dir = project('{\n  "locales": ["en", "ko"],\n  "xliff": { "version": "1.2", "colour": 1 }\n}\n');
    const error = errorOf(() => loadConfig(dir));
    expect(places(error)).toEqual(['dari.config.json:3:32 config-invalid']);
    expect(error.message).toMatch(/unknown key "xliff.colour"; allowed keys here: version, prefillTargets/);
  });

  it('accepts a UTF-8 BOM, as Windows editors save it', () => {
    const dir = project('\uFEFF{ "locales": ["en", "ko"], "thresholds": { "ko": 90 } }');
    expect(loadConfig(dir).thresholds).toEqual({ ko: { translated: 90, reviewed: 0 } });
  });

  it('positions after a BOM are those an editor shows', () => {
    const dir = project('\uFEFF{\n  "locales": ["en", "ko"],\n}\n');
    expect(places(errorOf(() => loadConfig(dir)))).toEqual(['dari.config.json:3:1 config-invalid-json']);
  });

  it('refuses a __proto__ key, naming the file', () => {
    const dir = project('{ "__proto__": { "locales": ["en"] } }');
    expect(places(errorOf(() => loadConfig(dir)))).toEqual(['dari.config.json:1:3 config-invalid-json']);
  });

  it('refuses a folder in place of the config, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dari-config-'));
    mkdirSync(join(dir, 'dari.config.json'));
    expect(errorOf(() => loadConfig(dir)).message).toMatch(/^dari\.config\.json error io-eisdir /);
  });

  it('refuses paths leaving the project unless "paths.outsideRoot" says so', () => {
    const text = (extra: string) => `{\n  "paths": { "locales": "../../elsewhere"${extra} }\n}\n`;
    expect(places(errorOf(() => loadConfig(project(text('')))))).toEqual([
      'dari.config.json:2:25 io-outside-project',
    ]);
    expect(loadConfig(project(text(', "outsideRoot": true'))).paths.outsideRoot).toBe(true);
  });

  it('refuses a path that leaves the project through a symbolic link', () => {
    const dir = project('{ "paths": { "articles": "articles" } }');
    symlinkSync(tmpdir(), join(dir, 'articles'));
    expect(errorOf(() => loadConfig(dir)).diagnostics[0]?.ruleId).toBe('io-outside-project');
  });
});

describe('assertKnownRules', () => {
  it('reports an unknown rule id at its key, listing the known ones', () => {
    const dir = project(
      '{\n  "rules": {\n    "number-mismatch": "off",\n    "no-such-rule": "error"\n  }\n}\n',
    );
    const config = loadConfig(dir);
    const error = errorOf(() => assertKnownRules(config, ['number-mismatch', 'duplicate-id']));
    expect(places(error)).toEqual(['dari.config.json:4:5 config-invalid']);
    expect(error.message).toMatch(
      /unknown rule "rules.no-such-rule"; the rules are: number-mismatch, duplicate-id/,
    );
    expect(() => assertKnownRules(config, ['number-mismatch', 'no-such-rule'])).not.toThrow();
  });
});
