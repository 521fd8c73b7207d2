import type { Request, Response } from 'express';
import { decodeJwt } from 'jose';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard';

/**
 * A browser cannot put a bearer header on the board's own page loads and API
 * calls, so the admin's token also travels as this cookie: HttpOnly (no script
 * reads it), SameSite=Strict (no other site's page sends it) and scoped to the
 * dashboard, living exactly as long as the token.
 */
export const ADMIN_SESSION_COOKIE = 'civic_admin_session';

export function setAdminSession(request: Request, response: Response, token: string): void {
  const expiresAt = (decodeJwt(token).exp ?? 0) * 1000; // verified already: exp is required
  response.cookie(ADMIN_SESSION_COOKIE, token, { ...cookieScope(request), maxAge: Math.max(0, expiresAt - Date.now()) });
}

export function clearAdminSession(request: Request, response: Response): void {
  response.clearCookie(ADMIN_SESSION_COOKIE, cookieScope(request));
}

/** The token in the session cookie, if the request carries one. */
export function adminSessionToken(request: Request): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === ADMIN_SESSION_COOKIE) return pair.slice(separator + 1).trim() || undefined;
  }
  return undefined;
}

function cookieScope(request: Request) {
  // request.secure honours X-Forwarded-Proto only behind a trusted proxy (TRUST_PROXY).
  return { path: QUEUE_DASHBOARD_PATH, httpOnly: true, sameSite: 'strict' as const, secure: request.secure };
}
