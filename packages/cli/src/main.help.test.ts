import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { capture } from './test-support/project.js';

describe('main: help, usage errors and explain', () => {
  it('prints a command’s own help for `dari check --help` and `dari help sync`', async () => {
    const io = capture();
    expect(await main(['check', '--help'], '/nowhere', io)).toBe(0);
    expect(io.stdout()).toMatch(/^Usage: dari check /);
    const sync = capture();
    expect(await main(['help', 'sync'], '/nowhere', sync)).toBe(0);
    expect(sync.stdout()).toMatch(/^Usage: dari sync /);
  });

  it('exits 2 on an unknown option, suggesting the one meant, before touching the project', async () => {
    const io = capture();
    expect(await main(['check', '--fromat', 'json'], '/nowhere', io)).toBe(2);
    expect(io.stderr()).toBe(
      'error cli-usage unknown option --fromat for `dari check` (did you mean --format?)\n  Run `dari check --help` for the options it takes.\n',
    );
    expect(io.stdout()).toBe('');
  });

  it('explains an id, and exits 2 for an unknown one', async () => {
    const io = capture();
    expect(await main(['explain', 'sync-no-articles'], '/nowhere', io)).toBe(0);
    expect(io.stdout()).toContain('sync-no-articles was replaced by articles-missing');
    const bad = capture();
    expect(await main(['explain', 'glossary-terms'], '/nowhere', bad)).toBe(2);
    expect(bad.stderr()).toContain('unknown rule id "glossary-terms" (did you mean "glossary-term"?)');
  });
});
