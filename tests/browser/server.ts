import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function file(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory())
      return (await stat(join(path, 'index.html'))).isFile() ? join(path, 'index.html') : undefined;
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Serves a built site on 127.0.0.1 (random port) the way a static host does: directories serve
 * their index.html, a missing page gets its locale's 404 page (else the root one) with status 404.
 */
export async function serve(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let found = await file(join(dist, safe));
    let status = 200;
    if (!found) {
      status = 404;
      const locale = /^\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\//.exec(path)?.[1];
      found =
        (locale && (await file(join(dist, locale, '404.html')))) || (await file(join(dist, '404.html')));
    }
    if (!found) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(status, { 'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream' });
    res.end(await readFile(found));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
