import { timingSafeEqual } from 'node:crypto';

/** What the guard needs to know of a request. */
export interface RequestFacts {
  readonly method: string;
  /** The peer's address (`req.socket.remoteAddress`). */
  readonly remote: string | undefined;
  readonly host: string | undefined;
  readonly origin: string | undefined;
  readonly fetchSite: string | undefined;
  readonly token: string | undefined;
  readonly contentType: string | undefined;
}

/** Refusal with its HTTP status, or undefined when the request may go on. */
export type Refusal = { readonly status: 403 | 415; readonly reason: string } | undefined;

const LOOPBACK_PEERS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\]):\d+$/;

/**
 * Decides whether a request may reach the edit endpoint (pure). Only this machine, under a loopback
 * host name (a DNS-rebound name fails), same-origin (browsers say so in `Sec-Fetch-Site` and
 * `Origin`), and, except for the session call that hands the token to the page, with the session
 * token in a header (a custom header: no cross-site form or image can send it). Writes must be JSON.
 */
export function guard(r: RequestFacts, token: string, needsToken: boolean): Refusal {
  if (!r.remote || !LOOPBACK_PEERS.has(r.remote))
    return { status: 403, reason: 'edit mode answers this machine only' };
  if (!r.host || !LOOPBACK_HOST.test(r.host)) return { status: 403, reason: 'not a loopback host name' };
  if (r.fetchSite !== undefined && r.fetchSite !== 'same-origin')
    return { status: 403, reason: 'cross-site request refused' };
  if (r.origin !== undefined && r.origin !== `http://${r.host}`)
    return { status: 403, reason: 'cross-origin request refused' };
  if (r.method === 'POST' && r.origin === undefined)
    return { status: 403, reason: 'a write needs an Origin header' };
  if (needsToken && !sameToken(r.token, token))
    return { status: 403, reason: 'missing or wrong session token' };
  if (r.method === 'POST' && !/^application\/json\b/.test(r.contentType ?? ''))
    return { status: 415, reason: 'send JSON' };
  return undefined;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
