import type { AppConfig } from '@civic/platform';
import type { StaffAuthOptions } from './staff-auth.options';

/** The identity provider's JWKS, or outside production the development key's public half. */
export async function staffAuthOptions(config: Pick<AppConfig, 'auth' | 'production' | 'developmentSecretsDir'>): Promise<StaffAuthOptions> {
  const { jwksUrl, issuer, audience, rolesClaim, departmentsClaim } = config.auth;
  if (jwksUrl) return { keys: { jwksUrl }, issuer, audience, rolesClaim, departmentsClaim };
  throw new Error('TODO(auth): the development key');
}
