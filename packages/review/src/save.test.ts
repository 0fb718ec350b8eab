import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@dari/config';
import { LOCK_FILE } from '@dari/sync';
import { describe, expect, it } from 'vitest';
import { loadLocaleFile, saveUnitEdit } from './save.js';
import { SEED_KO } from './test-support.js';

const FILE = 'locales/ko/korus-fta-revision-talks.xlf';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'dari-review-save-'));
  writeFileSync(join(root, 'dari.config.json'), JSON.stringify({ locales: ['en', 'ko'] }));
  mkdirSync(join(root, 'articles'));
  mkdirSync(join(root, 'locales', 'ko'), { recursive: true });
  writeFileSync(join(root, FILE), readFileSync(SEED_KO));
  return { root, config: loadConfig(root) };
}

describe('saveUnitEdit', () => {
  it('writes the edit and returns the new hash; a second save needs that hash', () => {
    const { root, config } = project();
    const loaded = loadLocaleFile(config, FILE);
    const id = loaded.doc.groups[3]?.units[0]?.id as string;
    const saved = saveUnitEdit(config, FILE, loaded.hash, id, { kind: 'target', text: '고쳤다.' });
    expect(saved).toMatchObject({ status: 'saved', changed: true });
    const after = readFileSync(join(root, FILE), 'utf8');
    expect(after).toContain('<target state="translated">고쳤다.</target>');
    expect(saveUnitEdit(config, FILE, loaded.hash, id, { kind: 'approve' }).status).toBe('conflict');
    if (saved.status !== 'saved') throw new Error('saved expected');
    expect(saveUnitEdit(config, FILE, saved.hash, id, { kind: 'approve' }).status).toBe('saved');
    expect(readFileSync(join(root, FILE), 'utf8')).toContain(`<trans-unit id="${id}" approved="yes">`);
  });

  it('a file changed on disk since it was loaded is left exactly as the other tool wrote it', () => {
    const { root, config } = project();
    const loaded = loadLocaleFile(config, FILE);
    const theirs = loaded.text.replace('워싱턴', '워싱턴 D.C.');
    writeFileSync(join(root, FILE), theirs);
    const id = loaded.doc.groups[1]?.units[0]?.id as string;
    expect(saveUnitEdit(config, FILE, loaded.hash, id, { kind: 'target', text: '덮어쓰기' }).status).toBe(
      'conflict',
    );
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(theirs);
  });

  it('refuses paths outside locales/, other file types and links leading out', () => {
    const { root, config } = project();
    writeFileSync(join(root, 'secret.xlf'), readFileSync(SEED_KO));
    symlinkSync(join(root, 'secret.xlf'), join(root, 'locales', 'ko', 'link.xlf'));
    for (const file of ['locales/../secret.xlf', '/etc/passwd', 'dari.config.json', 'locales/ko/link.xlf']) {
      expect(() => saveUnitEdit(config, file, 'x', 's', { kind: 'approve' }), file).toThrow(
        /review-path|locale file|outside|regular/,
      );
    }
  });

  it('waits for no one: a running sync (its lock) makes the save fail before reading', () => {
    const { root, config } = project();
    const loaded = loadLocaleFile(config, FILE);
    writeFileSync(join(root, 'locales', LOCK_FILE), `${process.pid}\n`);
    const id = loaded.doc.groups[1]?.units[0]?.id as string;
    expect(() => saveUnitEdit(config, FILE, loaded.hash, id, { kind: 'approve' })).toThrow(
      /another dari sync/,
    );
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(loaded.text);
  });
});
