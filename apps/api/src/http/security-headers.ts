import helmet from 'helmet';

/**
 * helmet's defaults (CSP, HSTS, nosniff, frame and referrer policies). Its CSP already lets
 * Swagger UI at /docs run (only same-origin scripts, inline styles); the one directive dropped is
 * upgrade-insecure-requests, which would send /docs' own assets to https on a plain-http `npm start`.
 */
export function securityHeaders() {
  return helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
}
