import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { REPO, userEnv } from './fixture.js';

/** Starts `astro dev` over a project on a random loopback port; resolves with its URL and a stop (dev and edit tests). */
export function startDev(root: string): Promise<{ url: string; stop: () => void }> {
  const astro = join(REPO, 'apps/site/node_modules/astro/bin/astro.mjs');
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  const server: ChildProcess = spawn(
    process.execPath,
    [astro, 'dev', '--root', join(REPO, 'apps/site'), '--host', '127.0.0.1', '--port', port],
    { cwd: join(REPO, 'apps/site'), env: userEnv({ DARI_ROOT: root }), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stripVTControlCharacters(output))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop: () => server.kill('SIGTERM') });
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}

/** Polls `check` every 200 ms until it holds or `ms` pass. */
export async function waitFor(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}
