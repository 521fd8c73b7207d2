import type { Request, Response } from 'express';
import { withCookies } from '../pages/page-cookies';
import type { PendingSignIn } from './staff-oidc';

/**
 * The session cookie: HttpOnly, SameSite=Lax (it must come along when the
 * provider sends the browser back, a top-level navigation from another site),
 * Secure and __Host- in production. No Max-Age: the server ends idle sessions.
 */
const SESSION = { development: 'staff_session', production: '__Host-staff_session' };
/** The sign-in under way (state, nonce, PKCE verifier), for ten minutes. */
const PENDING = { development: 'staff_sign_in', production: '__Host-staff_sign_in' };
const PENDING_MS = 10 * 60_000;

const nameOf = (names: { development: string; production: string }, production: boolean) => (production ? names.production : names.development);
const scope = (production: boolean) => ({ httpOnly: true, sameSite: 'lax' as const, secure: production, path: '/' });

export function sessionIdOf(request: Request, response: Response, production: boolean): string | undefined {
  withCookies(request, response);
  return (request.cookies as Record<string, string> | undefined)?.[nameOf(SESSION, production)];
}

export function setSession(response: Response, id: string, production: boolean): void {
  response.cookie(nameOf(SESSION, production), id, scope(production));
}

export function clearSession(response: Response, production: boolean): void {
  response.clearCookie(nameOf(SESSION, production), scope(production));
}

export function setPendingSignIn(response: Response, pending: PendingSignIn, production: boolean): void {
  response.cookie(nameOf(PENDING, production), Buffer.from(JSON.stringify(pending)).toString('base64url'), { ...scope(production), maxAge: PENDING_MS });
}

export function pendingSignInOf(request: Request, response: Response, production: boolean): PendingSignIn | null {
  withCookies(request, response);
  const value = (request.cookies as Record<string, string> | undefined)?.[nameOf(PENDING, production)];
  if (!value) return null;
  try {
    const pending = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<PendingSignIn>;
    if ([pending.state, pending.nonce, pending.verifier, pending.next].every((part) => typeof part === 'string')) return pending as PendingSignIn;
  } catch {
    // a cookie we did not write: no sign-in under way
  }
  return null;
}

export function clearPendingSignIn(response: Response, production: boolean): void {
  response.clearCookie(nameOf(PENDING, production), scope(production));
}

/** A staff page to return to after signing in; anything else (another site, another path) goes to the inbox. */
export function staffPageOrInbox(next: unknown): string {
  return typeof next === 'string' && /^\/staff(\/[\w\-./?=&%+]*)?$/.test(next) && !next.includes('//') ? next : '/staff/inbox';
}
