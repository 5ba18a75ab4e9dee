/**
 * The web host's gatekeeping, as pure functions of the request line and headers (so each rule is
 * tested on its own). Order matters and is fixed in `admit`: Host first (DNS rebinding), then Origin
 * (cross-site calls), then the session token for anything under /api — before any routing, so an
 * unknown /api route without the token is 401 too, and the API's shape is not revealed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HTTP_EVENTS_PATH, HTTP_TOKEN_HEADER, HTTP_TOKEN_QUERY } from '../api/contract';

export type Admission =
  | { readonly admitted: true; readonly api: boolean }
  | { readonly admitted: false; readonly status: number; readonly reason: string };

export interface RequestFacts {
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** The hosts a browser on this machine uses for the web host. */
export function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function header(facts: RequestFacts, name: string): string | undefined {
  const value = facts.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Constant-time comparison of two tokens (hashing first makes the lengths equal). */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** True when the (decoded, case-folded) path is under /api. */
export function isApiPath(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Malformed escapes: judge the raw path.
  }
  const folded = decoded.toLowerCase().replace(/\/{2,}/g, '/');
  return folded === '/api' || folded.startsWith('/api/');
}

/** Decide whether a request may proceed (and whether it is an API request). */
export function admit(facts: RequestFacts, port: number, token: string): Admission {
  const host = header(facts, 'host');
  if (host === undefined || !allowedHosts(port).includes(host.toLowerCase())) {
    return { admitted: false, status: 421, reason: 'This server only answers to 127.0.0.1 and localhost.' };
  }
  const origin = header(facts, 'origin');
  if (origin !== undefined && !allowedHosts(port).some((allowed) => origin.toLowerCase() === `http://${allowed}`)) {
    return { admitted: false, status: 403, reason: 'Cross-origin requests are refused.' };
  }
  const url = new URL(facts.url, `http://127.0.0.1:${port}`);
  // Judge the request target as sent and as normalised: `/api/../x` is an API request too.
  const rawPath = facts.url.split('?')[0] ?? '';
  if (!isApiPath(url.pathname) && !isApiPath(rawPath)) return { admitted: true, api: false };
  const site = header(facts, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { admitted: false, status: 403, reason: 'Cross-site requests to the API are refused.' };
  }
  const fromHeader = header(facts, HTTP_TOKEN_HEADER);
  // EventSource cannot set headers, so the events stream (only) also takes the token from the query.
  const fromQuery = url.pathname === HTTP_EVENTS_PATH ? url.searchParams.get(HTTP_TOKEN_QUERY) : null;
  const given = fromHeader ?? fromQuery ?? undefined;
  if (given === undefined || !tokensMatch(given, token)) {
    return { admitted: false, status: 401, reason: 'Missing or wrong session token.' };
  }
  return { admitted: true, api: true };
}

/** Headers every response carries. No Access-Control-* header is ever sent (no CORS). */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the token: never leak it in a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
