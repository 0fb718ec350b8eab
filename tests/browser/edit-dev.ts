import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { REPO, userEnv } from './fixture.js';

/** A loopback port that was free a moment ago: the OS picks it (listen on port 0), then it is released. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts `astro dev` over a project on a free loopback port; resolves with its URL and a stop (dev
 * and edit tests). The URL is read from what the server prints, so it stays right even if another
 * process took the port in between and the server moved to the next one.
 */
export async function startDev(root: string): Promise<{ url: string; stop: () => void }> {
  const astro = join(REPO, 'apps/site/node_modules/astro/bin/astro.mjs');
  const port = String(await freePort());
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
