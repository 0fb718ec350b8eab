import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkProject } from '@dari/check';
import { loadConfig } from '@dari/config';
import { unitsOf } from '@dari/core';
import { readXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { unitFindings } from './workbench.js';

// The seed project (dated Thursday 2017-08-17, dateline WASHINGTON, Yonhap style), copied.
const REPO = new URL('../../../../', import.meta.url).pathname;
const SLUG = 'korus-fta-revision-talks';
const FILE = `locales/ko/${SLUG}.xlf`;

function seed(): string {
  const root = mkdtempSync(join(tmpdir(), 'dari-workbench-'));
  for (const f of ['dari.config.json', 'glossary.json', `articles/${SLUG}.md`, FILE]) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    cpSync(join(REPO, f), join(root, f));
  }
  return root;
}

const text = (root: string) => readFileSync(join(root, FILE), 'utf8');
/** The unit whose Korean holds `part`, and that Korean. */
function unitWith(root: string, part: string): { id: string; target: string } {
  const unit = unitsOf(readXliff(text(root), FILE)).find((u) => u.target?.join('').includes(part));
  if (!unit) throw new Error(`no unit with ${part}`);
  return { id: unit.id, target: unit.target?.join('') ?? '' };
}

type Finding = { ruleId: string; severity: string; message: string };
const sorted = (list: readonly Finding[]) =>
  list.map((f) => `${f.severity} ${f.ruleId} ${f.message}`).sort((a, b) => a.localeCompare(b));

/** What `dari check` reports on unit `id` once `from` is replaced by `to` in the file. */
async function checkSays(root: string, id: string, from: string, to: string): Promise<Finding[]> {
  writeFileSync(join(root, FILE), text(root).replace(from, to));
  const report = await checkProject(loadConfig(root), { cache: false });
  return report.findings
    .filter((d) => d.file === FILE && d.unitId === id)
    .map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message }));
}

// One wrong rendering per rule that needs the article's date or dateline, as a desk would catch it.
const WRONG: ReadonlyArray<{ rule: string; in: string; from: string; to: string }> = [
  { rule: 'relative-date-mismatch', in: '오는 22일', from: '오는 22일', to: '오는 24일' },
  { rule: 'relative-date-mismatch', in: '17일(현지시간)', from: '17일(현지시간)', to: '16일(현지시간)' },
  { rule: 'yonhap-dateline', in: '(워싱턴=연합뉴스)', from: '(워싱턴=연합뉴스)', to: '(뉴욕=연합뉴스)' },
  { rule: 'yonhap-local-time', in: '17일(현지시간)', from: '17일(현지시간)', to: '17일' },
];

describe('the edit panel says what dari check says of the same sentence', () => {
  for (const c of WRONG) {
    it(`${c.rule}: "${c.from}" typed as "${c.to}"`, async () => {
      const root = seed();
      const { id, target } = unitWith(root, c.in);
      const panel = unitFindings(loadConfig(root), 'ko', FILE, id, target.replace(c.from, c.to));
      expect(panel.map((f) => f.ruleId)).toContain(c.rule);
      expect(sorted(panel)).toEqual(sorted(await checkSays(root, id, c.from, c.to)));
    });
  }

  it('shows nothing on the seed’s correct Korean, sentence by sentence', async () => {
    const root = seed();
    const config = loadConfig(root);
    const units = unitsOf(readXliff(text(root), FILE)).filter((u) => u.target !== undefined);
    expect(units.length).toBeGreaterThan(10);
    for (const u of units)
      expect(unitFindings(config, 'ko', FILE, u.id, u.target?.join('') ?? '')).toEqual([]);
    // A correct edit the date rules must accept: Tuesday the 22nd, written another way.
    const { id, target } = unitWith(root, '오는 22일');
    expect(unitFindings(config, 'ko', FILE, id, target.replace('오는 22일', '22일(화)'))).toEqual([]);
  });
});
