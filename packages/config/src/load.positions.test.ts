import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load.js';

/** The file:line:col of each problem `loadConfig` reports for a config text, in order. */
function places(text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dari-config-'));
  writeFileSync(join(dir, 'dari.config.json'), text);
  try {
    loadConfig(dir);
  } catch (e) {
    if (e instanceof DariError) return e.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    throw e;
  }
  return [];
}

describe('config error positions: at the value that is wrong, as an editor shows it', () => {
  it('a bad element of an array at the element, not at the array', () => {
    expect(places('{\n  "locales": ["en",\n    "Korean"]\n}\n')).toEqual([
      '3:5 "locales.1": must be a BCP 47 language tag such as "en", "ko" or "pt-BR"',
    ]);
  });

  it('a locale listed twice at its second appearance', () => {
    expect(places('{ "locales": ["en", "ko", "en"] }')).toEqual([
      '1:27 "locales.2": locale "en" is listed twice',
    ]);
  });

  it('a source locale missing from "locales" at the source locale', () => {
    expect(places('{\n  "locales": ["en", "ko"],\n  "sourceLocale": "ja"\n}\n')).toEqual([
      '3:19 "sourceLocale": source locale "ja" must also be listed in "locales" (en, ko)',
    ]);
  });

  it('a threshold for a locale not in "locales" at that threshold, not at an earlier "ja" in the file', () => {
    const text =
      '{\n  "site": { "title": { "ja": "x" } },\n  "locales": ["en", "ko"],\n  "thresholds": { "ja": 50 }\n}\n';
    expect(places(text)).toEqual([
      '4:25 "thresholds.ja": threshold for "ja", which is not in "locales" (en, ko)',
    ]);
  });

  it('every problem of the file at once, each at its own place', () => {
    const text =
      '{\n  "locales": ["en", "ko"],\n  "xliff": { "version": "3.0" },\n  "limits": { "units": -1 }\n}\n';
    expect(places(text).map((p) => p.split(' ')[0])).toEqual(['3:25', '4:24']);
  });

  it('a wrong type at the value: a string where a number belongs', () => {
    expect(
      places('{ "locales": ["en", "ko"], "thresholds": { "ko": "90" } }').map((p) => p.split(' ')[0]),
    ).toEqual(['1:50']);
  });
});
