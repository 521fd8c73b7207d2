import { importJWK, SignJWT } from 'jose';
import type { AppConfig } from '@civic/platform';
import { developmentSigningKey } from './development-signing-key';
import type { Role } from './staff-member';

/** Who a development token is for. */
export interface DevelopmentTokenRequest {
  readonly roles: readonly Role[];
  readonly departments: readonly string[];
  readonly subject: string;
  /** A jose time span: 8h, 30m, 2d. */
  readonly expires: string;
  /** The staff member's address (the email claim); null: none. */
  readonly email: string | null;
}

/** A token signed by the development key, with roles and departments where the service looks for them. */
export async function issueDevelopmentToken(request: DevelopmentTokenRequest, config: Pick<AppConfig, 'auth' | 'developmentSecretsDir'>): Promise<string> {
  const { privateJwk } = await developmentSigningKey(config.developmentSecretsDir);
  const roleAndDepartments = withClaimAt(withClaimAt({}, config.auth.rolesClaim, request.roles), config.auth.departmentsClaim, request.departments);
  const claims = request.email ? withClaimAt(roleAndDepartments, config.auth.emailClaim, request.email) : roleAndDepartments;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(config.auth.issuer)
    .setAudience(config.auth.audience)
    .setIssuedAt()
    .setExpirationTime(request.expires)
    .sign(await importJWK(privateJwk, 'ES256'));
}

/** Puts a value at a dotted claim path (realm_access.roles → { realm_access: { roles } }), as the service reads it. */
function withClaimAt(claims: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { ...claims, [head]: value };
  const inner = claims[head];
  return { ...claims, [head]: withClaimAt(inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : {}, rest.join('.'), value) };
}
