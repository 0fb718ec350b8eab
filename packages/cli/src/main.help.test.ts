import { describe, expect, it } from 'vitest';
import type { Io } from './io.js';
import { main } from './main.js';

function capture(): Io & { out_: () => string; err_: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => (out += t),
    err: (t) => (err += t),
    color: false,
    tty: false,
    out_: () => out,
    err_: () => err,
  };
}

describe('main: help, usage errors and explain', () => {
  it('prints a command’s own help for `dari check --help` and `dari help sync`', async () => {
    const io = capture();
    expect(await main(['check', '--help'], '/nowhere', io)).toBe(0);
    expect(io.out_()).toMatch(/^Usage: dari check /);
    const sync = capture();
    expect(await main(['help', 'sync'], '/nowhere', sync)).toBe(0);
    expect(sync.out_()).toMatch(/^Usage: dari sync /);
  });

  it('exits 2 on an unknown option, suggesting the one meant, before touching the project', async () => {
    const io = capture();
    expect(await main(['check', '--fromat', 'json'], '/nowhere', io)).toBe(2);
    expect(io.err_()).toBe(
      'error cli-usage unknown option --fromat for `dari check` (did you mean --format?)\n  Run `dari check --help` for the options it takes.\n',
    );
    expect(io.out_()).toBe('');
  });

  it('explains an id, and exits 2 for an unknown one', async () => {
    const io = capture();
    expect(await main(['explain', 'sync-no-articles'], '/nowhere', io)).toBe(0);
    expect(io.out_()).toContain('sync-no-articles was replaced by articles-missing');
    const bad = capture();
    expect(await main(['explain', 'glossary-terms'], '/nowhere', bad)).toBe(2);
    expect(bad.err_()).toContain('unknown rule id "glossary-terms" (did you mean "glossary-term"?)');
  });
});
