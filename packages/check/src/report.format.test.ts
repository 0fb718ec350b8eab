import type { Diagnostic } from '@dari/core';
import { formatReport, formatStatus } from '@dari/report';
import { describe, expect, it } from 'vitest';
import { checkFile } from './check-file.js';
import { buildReport } from './evaluate.js';
import { activeRules } from './rules/index.js';
import { file, unit, untranslated } from './test-support/factories.js';

const ko = checkFile(
  {
    file: file([
      unit({
        id: 'a',
        source: 'It took effect in 2012, 100% sure: yes, really.',
        target: '협정은 발효됐다, 100% 확실: 정말.',
        line: 14,
        column: 9,
      }),
      untranslated({ id: 'b', source: 'Two words.' }),
      unit({ id: 'c', source: 'Signed off.', target: '승인됨.', state: 'reviewed' }),
    ]),
    path: 'locales/ko/a.xlf',
    locale: 'ko',
  },
  activeRules({}),
  [],
);
const report = buildReport([ko], [], {
  locales: ['ko'],
  thresholds: { ko: { translated: 100, reviewed: 50 } },
});

describe('formatReport', () => {
  it('text: aligned columns, no colour unless asked', () => {
    // A second file with a longer name and wider numbers, so alignment is more than equal widths.
    const long = checkFile(
      {
        file: file(
          Array.from({ length: 12 }, (_, i) => unit({ id: `u${i}`, source: `Sentence number ${i} here.` })),
        ),
        path: 'locales/ko/a-much-longer-article-name.xlf',
        locale: 'ko',
      },
      activeRules({}),
      [],
    );
    const two = buildReport([ko, long], [], {
      locales: ['ko'],
      thresholds: { ko: { translated: 100, reviewed: 50 } },
    });
    const [fileTable = '', localeTable = ''] = formatReport(two, 'text').split('\n\n');
    expectAligned(fileTable.split('\n'), 2);
    expectAligned(localeTable.split('\n'), 1);
    const text = formatReport(report, 'text');
    const [header, row] = text.split('\n');
    expect(header?.indexOf('units %')).toBeGreaterThan(0);
    expect(row?.startsWith('locales/ko/a.xlf  ko')).toBe(true);
    expect(header).toMatch(/translated {2}reviewed {2}review/);
    expect(row).toMatch(/ 2 +1 +0 +1 +66\.6%/);
    expect(text).toMatch(/ko +1 +2\/3 +11\/13 +66\.6% +84\.6% +1\/3 +33\.3% +100% \/ 50% reviewed +fail: /);
    expect(text).toContain('33.3% of units reviewed, below the 50% reviewed threshold');
    expect(text).toContain(
      'locales/ko/a.xlf:14:9 error number-mismatch the source\'s number "2012" (2012) is not in the target',
    );
    expect(text).toContain('check: fail');
    expect(text).not.toContain('\u001b[');
    expect(formatReport(report, 'text', { color: true })).toContain('\u001b[31m');
  });

  it('json: versioned, with findings and the pocount view beside Dari states', () => {
    const json = JSON.parse(formatReport(report, 'json'));
    expect(Object.keys(json)).toEqual(['version', 'pass', 'locales', 'files', 'findings', 'pocount']);
    expect(json.version).toBe(1);
    expect(json.locales.ko.counts).toMatchObject({
      units: 3,
      translated: 2,
      reviewed: 1,
      untranslated: 1,
      percentUnits: 66.6,
      percentReviewed: 33.3,
    });
    expect(json.locales.ko).toMatchObject({ threshold: 100, reviewedThreshold: 50, pass: false });
    expect(json.locales.ko.pocount).toBeUndefined();
    // Not read from XLIFF 1.2 (no approved flags): a reviewed or final state stands for approved="yes",
    // so pocount's translated is Dari's reviewed and its fuzzy the translated-not-reviewed.
    expect(json.pocount.locales.ko).toMatchObject({ total: 3, translated: 1, fuzzy: 1, untranslated: 1 });
    expect(json.findings[0]).toMatchObject({ ruleId: 'number-mismatch', file: 'locales/ko/a.xlf', line: 14 });
  });

  it('github: an annotation on the .xlf line, escaped, and one for the threshold', () => {
    const lines = formatReport(report, 'github').trim().split('\n');
    expect(lines[0]).toBe(
      `::error file=locales/ko/a.xlf,line=14,col=9,title=number-mismatch::the source's number "2012" (2012) is not in the target%0ANumbers are compared as values, so 109.6 billion may be written 1천96억 or 1,096억; check the figure.`,
    );
    expect(lines).toContain(
      '::error title=dari check ko::ko: 66.6%25 of units translated, below the 100%25 threshold; 33.3%25 of units reviewed, below the 50%25 reviewed threshold; 1 error',
    );
    expect(lines.at(-1)).toBe(
      '::notice title=dari check::ko 66.6%25 translated (2/3 units), 33.3%25 reviewed (1/3 units) — fail',
    );
  });

  it('junit: one test case per file plus the threshold, escaped XML', () => {
    const xml = formatReport(report, 'junit');
    expect(xml).toContain('<testsuite name="dari check ko" tests="2" failures="2" errors="0">');
    expect(xml).toContain('<testcase classname="dari.check.ko" name="locales/ko/a.xlf">');
    expect(xml).toContain('&quot;2012&quot;');
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml).toContain('<system-out>66.6% of 3 units translated, 33.3% reviewed</system-out>');
    expect(xml).toContain('name="ko threshold 100% / 50% reviewed"');
  });

  it('sarif: 2.1.0 with every rule described and results located', () => {
    const sarif = JSON.parse(formatReport(report, 'sarif'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('korean-particle');
    expect(run.results[0]).toMatchObject({
      ruleId: 'number-mismatch',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'locales/ko/a.xlf' },
            region: { startLine: 14, startColumn: 9 },
          },
        },
      ],
    });
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe('number-mismatch');
    expect(run.properties.locales.ko).toMatchObject({ translated: 2, reviewed: 1, reviewedThreshold: 50 });
  });

  it('markdown: locale table, file table, findings with pipes escaped', () => {
    const withPipe: Diagnostic = {
      ruleId: 'glossary-term',
      severity: 'warning',
      message: 'a | b',
      file: 'x.xlf',
      line: 1,
      column: 1,
    };
    const md = formatReport({ ...report, findings: [withPipe] }, 'markdown');
    expect(md).toContain('## Translation check: ❌ fail');
    expect(md).toContain(
      '| ko | 2/3 (66.6%) | 11/13 (84.6%) | 2 | 1 (33.3%) | 0 | 1 | 100% / 50% reviewed |',
    );
    expect(md).toContain('| `locales/ko/a.xlf` | 3 | 13 | 2 (66.6%) | 1 | 0 | 1 | 1 | 0 |');
    expect(md).toContain('| warning | `x.xlf:1:1` | `glossary-term` | a \\| b |');
  });
});

describe('formatStatus', () => {
  it('summarises each locale and lists incomplete files', () => {
    const status = formatStatus(report);
    expect(status).toContain(
      'ko  66.6% translated (2/3 units, 11/13 words), 33.3% reviewed (1/3 units), 0 need review, 1 untranslated; threshold 100% / 50% reviewed — below',
    );
    expect(status).toContain('  locales/ko/a.xlf  66.6% (1 reviewed, 0 need review, 1 untranslated)');
  });
});

/**
 * A table is aligned when every cell (text between runs of two or more spaces) starts where its
 * header starts (left-aligned text) or ends where it ends (right-aligned numbers and text), on every row.
 */
function expectAligned(lines: readonly string[], rows: number): void {
  const cells = (line: string) =>
    [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
  const [header = '', ...body] = lines;
  const heads = cells(header);
  expect(body).toHaveLength(rows);
  for (const line of body) {
    const row = cells(line);
    expect(row.map((c) => c.text)).toHaveLength(heads.length);
    row.forEach((cell, i) => {
      const head = heads[i];
      // Numbers (3, 2/3, 66.6%) line up on their last digit; text may hang from either edge.
      const numeric = /^\d[\d.,/]*%?$/.test(cell.text);
      const aligned = cell.end === head?.end || (!numeric && cell.start === head?.start);
      expect({ line, column: head?.text, cell: cell.text, aligned }).toMatchObject({ aligned: true });
    });
  }
}
