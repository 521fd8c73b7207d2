import type { AppConfig } from '@civic/platform';
import type { StaffAuthOptions } from './staff-auth.options';
import { developmentSigningKey } from '@civic/casework';

/** The identity provider's JWKS, or outside production the development key's public half. */
export async function staffAuthOptions(config: Pick<AppConfig, 'auth' | 'production' | 'developmentSecretsDir'>): Promise<StaffAuthOptions> {
  const { jwksUrl, issuer, audience, rolesClaim, departmentsClaim, emailClaim } = config.auth;
  if (jwksUrl) return { keys: { jwksUrl }, issuer, audience, rolesClaim, departmentsClaim, emailClaim };
  // loadConfig already refuses this; a second lock because the development key signs whatever it is asked to.
  if (config.production) throw new Error('The development signing key is never trusted in production: set AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE');
  const { publicJwk } = await developmentSigningKey(config.developmentSecretsDir);
  return { keys: { jwks: { keys: [publicJwk] } }, issuer, audience, rolesClaim, departmentsClaim, emailClaim };
}
