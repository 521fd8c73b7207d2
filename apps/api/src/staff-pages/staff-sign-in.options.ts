/** How staff sign in to the pages under /staff. */
export interface StaffSignInOptions {
  /** The OpenID Connect client; null: the development sign-in page (never in production). */
  readonly oidc: StaffOidcClientOptions | null;
  /** STAFF_SESSION_IDLE_MINUTES: a session unused this long has ended. */
  readonly idleMinutes: number;
  /** Cookies are Secure in production, and the development sign-in is refused there. */
  readonly production: boolean;
}

export interface StaffOidcClientOptions {
  /** AUTH_ISSUER: discovered from its /.well-known/openid-configuration. */
  readonly issuer: string;
  /** STAFF_OIDC_CLIENT_ID and STAFF_OIDC_CLIENT_SECRET (null: a public client, PKCE alone). */
  readonly clientId: string;
  readonly clientSecret: string | null;
  /** STAFF_OIDC_SCOPES; default `openid profile email`. */
  readonly scopes: string;
  /** Where the provider sends the browser back: PUBLIC_BASE_URL + /staff/callback unless STAFF_OIDC_REDIRECT_URL says. Null: as the browser reached us. */
  readonly redirectUrl: string | null;
  /** Where the provider sends the browser after signing out (RP-initiated logout): PUBLIC_BASE_URL + /staff/signed-out. */
  readonly postLogoutRedirectUrl: string | null;
  /** Plain http to the provider: tests and a local Keycloak only; never in production. */
  readonly allowHttp: boolean;
}

export const DEFAULT_STAFF_SIGN_IN: StaffSignInOptions = { oidc: null, idleMinutes: 30, production: false };

export function staffSignInFromEnv(env: NodeJS.ProcessEnv): StaffSignInOptions {
  const production = env.NODE_ENV === 'production';
  const idleMinutes = Number(env.STAFF_SESSION_IDLE_MINUTES || 30);
  if (!Number.isInteger(idleMinutes) || idleMinutes < 1) throw new Error('STAFF_SESSION_IDLE_MINUTES must be a whole number of minutes, at least 1');
  const clientId = env.STAFF_OIDC_CLIENT_ID || null;
  // In production without a client the staff pages cannot be signed in to (the API's bearer tokens still work).
  if (!clientId) return { oidc: null, idleMinutes, production };
  if (!env.AUTH_ISSUER) throw new Error('AUTH_ISSUER must be set with STAFF_OIDC_CLIENT_ID: it is the provider discovered for signing in');
  const base = env.PUBLIC_BASE_URL ? env.PUBLIC_BASE_URL.replace(/\/+$/, '') : null;
  return {
    oidc: {
      issuer: env.AUTH_ISSUER,
      clientId,
      clientSecret: env.STAFF_OIDC_CLIENT_SECRET || null,
      scopes: env.STAFF_OIDC_SCOPES || 'openid profile email',
      redirectUrl: env.STAFF_OIDC_REDIRECT_URL || (base ? `${base}/staff/callback` : null),
      postLogoutRedirectUrl: base ? `${base}/staff/signed-out` : null,
      allowHttp: !production && env.AUTH_ISSUER.startsWith('http://'),
    },
    idleMinutes,
    production,
  };
}
