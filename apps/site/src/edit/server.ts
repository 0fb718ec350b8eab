import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DariConfig } from '@dari/config';
import { DariError } from '@dari/core';
import { saveUnitEdit, type UnitEdit } from '@dari/review';
import { guard } from './guard.js';
import { fileOf, fileView, unitAids, unitFindings } from './workbench.js';

/** Where the edit endpoint lives on the dev server. */
export const EDIT_PATH = '/__dari/edit';

const MAX_BODY = 64 * 1024;

type Json = Record<string, unknown>;

function send(res: ServerResponse, status: number, body: Json): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<Json> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('request too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          throw new Error('not an object');
        resolve(value as Json);
      } catch {
        reject(new Error('the body is not a JSON object'));
      }
    });
    req.on('error', reject);
  });
}

const str = (v: unknown, name: string): string => {
  if (typeof v !== 'string') throw new Error(`"${name}" must be a string`);
  return v;
};

function editOf(v: unknown): UnitEdit {
  const e = (v ?? {}) as Json;
  if (e.kind === 'approve' || e.kind === 'unapprove') return { kind: e.kind };
  if (e.kind === 'target') return { kind: 'target', text: str(e.text, 'edit.text') };
  throw new Error('"edit.kind" must be target, approve or unapprove');
}

/**
 * The dev server's edit endpoint as a Connect middleware (mounted at `EDIT_PATH`). A fresh token
 * per server start; every request passes `guard`; writes go through `@dari/review` only.
 */
export function editMiddleware(config: DariConfig) {
  const token = randomBytes(24).toString('base64url');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    const route = url.pathname.replace(/\/+$/, '') || '/';
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const refusal = guard(
      {
        method: req.method ?? 'GET',
        remote: req.socket.remoteAddress,
        host: header('host'),
        origin: header('origin'),
        fetchSite: header('sec-fetch-site'),
        token: header('x-dari-token'),
        contentType: header('content-type'),
      },
      token,
      route !== '/session',
    );
    if (refusal) return send(res, refusal.status, { error: refusal.reason });
    const q = (name: string) => str(url.searchParams.get(name) ?? undefined, name);
    try {
      if (req.method === 'GET' && route === '/session') return send(res, 200, { token });
      if (req.method === 'GET' && route === '/file')
        return send(res, 200, fileView(config, fileOf(config, q('locale'), q('slug'))));
      if (req.method === 'GET' && route === '/aids') {
        const locale = q('locale');
        return send(res, 200, unitAids(config, locale, fileOf(config, locale, q('slug')), q('id')));
      }
      if (req.method === 'POST' && route === '/check') {
        const b = await readBody(req);
        const locale = str(b.locale, 'locale');
        const file = fileOf(config, locale, str(b.slug, 'slug'));
        return send(res, 200, {
          findings: unitFindings(config, locale, file, str(b.id, 'id'), str(b.text, 'text')),
        });
      }
      if (req.method === 'POST' && route === '/save') {
        const b = await readBody(req);
        const file = fileOf(config, str(b.locale, 'locale'), str(b.slug, 'slug'));
        const result = saveUnitEdit(config, file, str(b.hash, 'hash'), str(b.id, 'id'), editOf(b.edit));
        if (result.status === 'conflict')
          return send(res, 409, { status: 'conflict', ...fileView(config, file) });
        return send(res, 200, { status: 'saved', changed: result.changed, ...fileView(config, file) });
      }
      return send(res, 404, { error: 'no such edit call' });
    } catch (e) {
      const message = e instanceof DariError ? e.message : (e as Error).message;
      const status = e instanceof DariError && e.diagnostics[0]?.ruleId === 'sync-locked' ? 423 : 400;
      return send(res, status, { error: message });
    }
  };
}
