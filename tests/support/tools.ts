import { accessSync, closeSync, constants, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { decide, type Need } from './need.js';

/** An executable file at `path`, or undefined. */
function executable(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

/** The first executable called `name` on a PATH-style list of folders. */
export function which(name: string, searchPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    const found = executable(join(dir, name));
    if (found) return found;
  }
  return undefined;
}

/**
 * A command-line tool a test runs (`pocount`, `po4a`, `xmllint`): found on PATH, or one skip line
 * naming the package that brings it; under `CI=true` its absence fails.
 */
export function requireTool(name: string, debianPackage: string, what = `tests that run ${name}`): Need {
  return decide(which(name), name, {
    what,
    reason: `${name} not found on PATH`,
    remedy: `install it (apt-get install ${debianPackage})`,
  });
}

/** The browser names tried on PATH, in order, when `CHROME_PATH` is not set. */
export const BROWSER_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
] as const;

/**
 * Ubuntu's `chromium-browser` (and `chromium`) deb is only a stub that asks for the snap, and the
 * snap's confinement breaks a browser driven from a temp folder: neither counts as a real browser.
 */
export function isSnapOrStub(path: string): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return true;
  }
  if (real.startsWith('/snap/')) return true;
  const head = Buffer.alloc(4096);
  const fd = openSync(real, 'r');
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const text = head.subarray(0, n).toString('latin1');
  return text.startsWith('#!') && /\bsnap\b/.test(text);
}

/**
 * Where a Chromium or Chrome is: `CHROME_PATH` when set (then only there: a wrong setting should be
 * seen, not papered over), else the first real one of `BROWSER_NAMES` on PATH.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): { path?: string; lookedAt: string } {
  const configured = env.CHROME_PATH;
  if (configured) {
    const path = executable(configured);
    return { ...(path ? { path } : {}), lookedAt: `CHROME_PATH=${configured}` };
  }
  for (const name of BROWSER_NAMES) {
    const path = which(name, env.PATH ?? '');
    if (path && !isSnapOrStub(path)) return { path, lookedAt: path };
  }
  return { lookedAt: `${BROWSER_NAMES.join(', ')} on PATH` };
}

/** The browser the browser tests launch, or one skip line (a failure under `CI=true`). */
export function requireBrowser(): Need {
  const { path, lookedAt } = findBrowser();
  return decide(path, lookedAt, {
    what: 'browser tests',
    reason: `no Chromium or Chrome found (looked at ${lookedAt}; a snap or its stub does not count)`,
    remedy: 'set CHROME_PATH',
  });
}
