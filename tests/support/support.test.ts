import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decide, SKIP_LOG_ENV } from './need.js';
import {
  canonicalSchemaText,
  downloadSchemas,
  findSchemas,
  type SchemaSource,
  schemaDigest,
} from './schemas.js';
import { findBrowser, isSnapOrStub } from './tools.js';
import { requireSchemas, validateXliff, wellFormed } from './validate-xliff.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'dari-support-'));
const absence = { what: 'widget tests', reason: 'no widget', remedy: 'set WIDGET' };

describe('a missing prerequisite', () => {
  it('outside CI: skips, and the line is kept once however many files report it', () => {
    const log = tmp();
    vi.stubEnv('CI', '');
    vi.stubEnv(SKIP_LOG_ENV, log);
    try {
      expect(decide(undefined, '/nowhere', absence)).toEqual({ path: '/nowhere', missing: true });
      decide(undefined, '/nowhere', absence);
      const lines = readdirSync(log).map((n) => readFileSync(join(log, n), 'utf8'));
      expect(lines).toEqual(['widget tests skipped: no widget; set WIDGET']);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('under CI=true: fails, naming what and how to fix it', () => {
    vi.stubEnv('CI', 'true');
    try {
      expect(() => decide(undefined, '/nowhere', absence)).toThrow(
        'widget tests cannot run, and CI=true makes that a failure: no widget; set WIDGET',
      );
      expect(decide('/here', '/nowhere', absence)).toEqual({ path: '/here', missing: false });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

const SOURCES: SchemaSource[] = ['a.xsd', 'xml.xsd'].map((file) => ({
  file,
  url: `/${file}`,
  sha256: '',
}));
const fill = (dir: string, files: string[]) => {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f), '<x/>');
};

describe('finding the XLIFF schemas', () => {
  it('DARI_XLIFF_SCHEMAS first and alone, then ../shared/schemas, then the cache', () => {
    const root = tmp();
    const places = { shared: join(root, 'shared'), cache: join(root, 'cache') };
    fill(places.cache, ['a.xsd', 'xml.xsd']);
    expect(findSchemas({}, places, SOURCES)).toEqual({ dir: places.cache, tried: [], explicit: false });
    fill(places.shared, ['a.xsd', 'xml.xsd']);
    expect(findSchemas({}, places, SOURCES).dir).toBe(places.shared);
    // A setting that points at the wrong folder is reported, not papered over with another copy.
    const set = join(root, 'set');
    fill(set, ['a.xsd']);
    expect(findSchemas({ DARI_XLIFF_SCHEMAS: set }, places, SOURCES)).toEqual({
      tried: [`DARI_XLIFF_SCHEMAS=${set}`],
      explicit: true,
    });
    fill(set, ['xml.xsd']);
    expect(findSchemas({ DARI_XLIFF_SCHEMAS: set }, places, SOURCES).dir).toBe(set);
  });

  it('pins ignore line ends and indentation, and read every import of xml.xsd as the local copy', () => {
    const oasis12 =
      '<xsd:schema>\r\n  <xsd:import namespace="x" schemaLocation="http://www.w3.org/2001/xml.xsd"/>\r\n</xsd:schema>\r\n';
    const oasis20 =
      '<xs:schema>\n\t<xs:import namespace="x"\n    schemaLocation="informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"/>\n\n</xs:schema>';
    expect(canonicalSchemaText(oasis12)).toBe(
      '<xsd:schema>\n<xsd:import namespace="x" schemaLocation="xml.xsd"/>\n</xsd:schema>\n',
    );
    expect(canonicalSchemaText(oasis20)).toContain('schemaLocation="xml.xsd"/>');
    expect(schemaDigest(oasis12)).toBe(schemaDigest(oasis12.replace(/\r\n/g, '\n').replace(/ {2}/g, '\t')));
    expect(schemaDigest(oasis12)).not.toBe(schemaDigest(oasis12.replace('namespace="x"', 'namespace="y"')));
  });
});

describe('downloading the XLIFF schemas (a local server standing in for OASIS)', () => {
  const bodies: Record<string, string> = {
    '/a.xsd':
      '<xsd:schema>\r\n  <xsd:import schemaLocation="http://www.w3.org/2001/xml.xsd"/>\r\n</xsd:schema>\r\n',
    '/xml.xsd': '<xs:schema/>\n',
    '/tampered.xsd': '<xsd:schema><xsd:element name="evil"/></xsd:schema>\n',
  };
  let server: Server;
  let base = '';
  let sources: SchemaSource[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = bodies[req.url ?? ''];
      res.writeHead(body ? 200 : 404).end(body ?? 'not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sources = ['a.xsd', 'xml.xsd'].map((file) => ({
      file,
      url: `${base}/${file}`,
      sha256: schemaDigest(bodies[`/${file}`] ?? ''),
    }));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('keeps files that match their pins, with the xml.xsd import made local', async () => {
    const cache = join(tmp(), 'cache');
    await downloadSchemas(cache, sources);
    expect(readFileSync(join(cache, 'a.xsd'), 'utf8')).toContain('schemaLocation="xml.xsd"');
    expect(findSchemas({}, { shared: join(cache, 'none'), cache }, sources).dir).toBe(cache);
  });

  it('refuses a file that is not the pinned one, and leaves no cache behind', async () => {
    const cache = join(tmp(), 'cache');
    const bad = sources.map((s) => (s.file === 'a.xsd' ? { ...s, url: `${base}/tampered.xsd` } : s));
    await expect(downloadSchemas(cache, bad)).rejects.toThrow(
      /tampered\.xsd is not the pinned schema \(sha256 [0-9a-f]{64}/,
    );
    expect(existsSync(cache)).toBe(false);
  });

  it('says so at once when the host answers 404 or nothing listens', async () => {
    const cache = join(tmp(), 'cache');
    const missing = sources.map((s) => ({ ...s, url: `${base}/gone/${s.file}` }));
    await expect(downloadSchemas(cache, missing)).rejects.toThrow('answered HTTP 404');
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const closed = sources.map((s) => ({ ...s, url: `http://127.0.0.1:${port}/${s.file}` }));
    const started = Date.now();
    await expect(downloadSchemas(cache, closed, 5_000)).rejects.toThrow(/unreachable \(ECONNREFUSED\)/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(existsSync(cache)).toBe(false);
  });
});

describe('finding a browser', () => {
  const bin = tmp();
  const script = (name: string, body: string) => {
    const path = join(bin, name);
    writeFileSync(path, body);
    chmodSync(path, 0o755);
    return path;
  };
  // Ubuntu 24.04's chromium-browser deb installs a script like this one instead of a browser.
  const stub = script(
    'chromium-browser',
    '#!/bin/sh\necho "requires the chromium snap to be installed"\nexec /snap/bin/chromium "$@"\n',
  );
  const chrome = script('google-chrome', '#!/bin/sh\nexec /opt/google/chrome/chrome "$@"\n');

  it('skips a snap stub and takes the next real one on PATH', () => {
    expect(isSnapOrStub(stub)).toBe(true);
    expect(isSnapOrStub(chrome)).toBe(false);
    expect(findBrowser({ PATH: bin }).path).toBe(chrome);
  });

  it('CHROME_PATH decides alone: a wrong one is reported, not replaced by another browser', () => {
    expect(findBrowser({ PATH: bin, CHROME_PATH: chrome }).path).toBe(chrome);
    expect(findBrowser({ PATH: bin, CHROME_PATH: join(bin, 'nope') })).toEqual({
      lookedAt: `CHROME_PATH=${join(bin, 'nope')}`,
    });
    expect(findBrowser({ PATH: tmp() }).path).toBeUndefined();
  });
});

const schemas = requireSchemas();

describe('validating XLIFF in-process (libxml2 as WebAssembly)', () => {
  const dir = tmp();
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const xliff12 = (body: string) =>
    `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n<file original="a.md" datatype="plaintext" source-language="en" xml:lang="en"><body>\n${body}\n</body></file></xliff>\n`;

  it.skipIf(schemas.missing)(
    'accepts a valid 1.2 file and names file:line and the rule a broken one breaks',
    () => {
      expect(
        validateXliff(write('ok.xlf', xliff12('<trans-unit id="u1"><source>Hi.</source></trans-unit>'))),
      ).toEqual({
        ok: true,
        errors: '',
      });
      const bad = validateXliff(write('bad.xlf', xliff12('<trans-unit><source>Hi.</source></trans-unit>')));
      expect(bad.ok).toBe(false);
      expect(bad.errors).toContain(`${join(dir, 'bad.xlf')}:4:`);
      expect(bad.errors).toContain("The attribute 'id' is required but missing");
    },
  );

  it('reports a file that is not well-formed, and expands no external entity', () => {
    expect(wellFormed(write('broken.xml', '<a><b></a>'))).toMatch(/broken\.xml:1: .*mismatch/i);
    const secret = write('secret.txt', 'TOP-SECRET');
    const xxe = write('xxe.xml', `<!DOCTYPE a [<!ENTITY e SYSTEM "file://${secret}">]><a>&e;</a>`);
    expect(wellFormed(xxe)).toBe('');
  });
});
