import { describe, expect, it } from 'vitest';
import { guard, type RequestFacts } from './guard.js';

const TOKEN = 'secret-token-123';
const ok: RequestFacts = {
  method: 'POST',
  remote: '127.0.0.1',
  host: '127.0.0.1:4321',
  origin: 'http://127.0.0.1:4321',
  fetchSite: 'same-origin',
  token: TOKEN,
  contentType: 'application/json',
};

describe('guard of the edit endpoint', () => {
  it('lets a same-origin loopback request with the token through', () => {
    expect(guard(ok, TOKEN, true)).toBeUndefined();
    expect(
      guard({ ...ok, remote: '::1', host: 'localhost:4321', origin: 'http://localhost:4321' }, TOKEN, true),
    ).toBeUndefined();
  });

  it.each([
    ['another machine', { remote: '192.168.1.20' }],
    ['a DNS-rebound host name', { host: 'evil.example:4321', origin: 'http://evil.example:4321' }],
    ['a cross-site page', { fetchSite: 'cross-site' }],
    ['another origin', { origin: 'http://127.0.0.1:9999' }],
    ['a write without Origin', { origin: undefined }],
    ['no token', { token: undefined }],
    ['a wrong token', { token: 'secret-token-124' }],
  ] as const)('refuses %s', (_, change) => {
    expect(guard({ ...ok, ...change }, TOKEN, true)?.status).toBe(403);
  });

  it('wants JSON for writes, and no token only for the session call', () => {
    expect(guard({ ...ok, contentType: 'text/plain' }, TOKEN, true)?.status).toBe(415);
    expect(
      guard({ ...ok, method: 'GET', token: undefined, origin: undefined }, TOKEN, false),
    ).toBeUndefined();
    expect(
      guard({ ...ok, method: 'GET', token: undefined, fetchSite: 'cross-site' }, TOKEN, false)?.status,
    ).toBe(403);
  });
});
