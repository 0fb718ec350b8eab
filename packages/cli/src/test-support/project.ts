import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../io.js';

/** An Io that keeps what a command wrote; `tty` says whether stderr is a terminal to draw progress on. */
export function capture(tty = false): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => (out += t),
    err: (t) => (err += t),
    color: false,
    tty,
    stdout: () => out,
    stderr: () => err,
  };
}

/** A project of `articles` small articles in `en` with a `ko` locale, not yet synced. */
export function smallProject(articles: number): string {
  const root = mkdtempSync(join(tmpdir(), 'dari-cli-'));
  mkdirSync(join(root, 'articles'));
  for (let i = 0; i < articles; i++) {
    writeFileSync(
      join(root, 'articles', `story-${i}.md`),
      `---\ntitle: Story ${i}\ndate: 2017-08-18\nlang: en\n---\n\nStocks closed higher on day ${i}. Analysts expect little movement.\n`,
    );
  }
  writeFileSync(
    join(root, 'dari.config.json'),
    JSON.stringify({ sourceLocale: 'en', locales: ['en', 'ko'] }),
  );
  return root;
}
