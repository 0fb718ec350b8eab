import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { which } from '../lib/which.ts';
import { po4aConfig, preparePo4a } from './po4a.ts';

const dir = mkdtempSync(join(tmpdir(), 'dari-bench-peers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the po4a config lists every article as Markdown, frontmatter keys included, PO per locale', () => {
  const cfg = po4aConfig(['story-00000', 'story-00001'], ['ko', 'ja']);
  assert.match(cfg, /^\[po4a_langs\] ko ja\n/);
  assert.match(cfg, /\[po4a_paths\] po4a\/articles\.pot \$lang:po4a\/\$lang\.po/);
  assert.match(cfg, /--option markdown --option yfm_keys=title,summary,dateline,credit/);
  assert.match(cfg, /\[type: text\] articles\/story-00001\.md \$lang:po4a\/out\/\$lang\/story-00001\.md\n$/);
  preparePo4a(dir, ['a'], ['ko']);
  assert.equal(readFileSync(join(dir, 'po4a.cfg'), 'utf8'), po4aConfig(['a'], ['ko']));
});

test('which finds executables on PATH and nothing that is missing', () => {
  assert.equal(which('node', join(process.execPath, '..')), process.execPath);
  assert.equal(which('surely-not-a-tool-dari', '/usr/bin'), undefined);
});
