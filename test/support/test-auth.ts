import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import type { StaffAuthOptions } from '../../apps/api/src/auth/staff-auth.options';

export const TEST_ISSUER = 'https://login.test.example';
export const TEST_AUDIENCE = 'civic-ideas-test';

export type TestRole = 'handler' | 'department-lead' | 'dispatcher' | 'manager' | 'admin';
export const ALL_ROLES: readonly TestRole[] = ['handler', 'department-lead', 'dispatcher', 'manager', 'admin'];

export interface TestStaff {
  readonly sub?: string;
  readonly roles?: readonly string[];
  readonly departments?: readonly string[];
}

/** A signing key the test app trusts, like an identity provider's. */
export interface TestAuth {
  readonly options: StaffAuthOptions;
  /** A signed token; without roles: every role, in every department passed (or none). */
  token(staff?: TestStaff, claims?: Record<string, unknown>): Promise<string>;
  /** `{ authorization: 'Bearer …' }` for supertest's .set(). */
  headers(staff?: TestStaff): Promise<Record<string, string>>;
  readonly privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  readonly publicJwk: JWK;
}

export async function createTestAuth(): Promise<TestAuth> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256', use: 'sig' };
  const options: StaffAuthOptions = { keys: { jwks: { keys: [publicJwk] } }, issuer: TEST_ISSUER, audience: TEST_AUDIENCE, rolesClaim: 'roles', departmentsClaim: 'departments' };
  const token = (staff: TestStaff = {}, claims: Record<string, unknown> = {}) =>
    new SignJWT({ roles: staff.roles ?? ALL_ROLES, departments: staff.departments ?? [], ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
      .setSubject(staff.sub ?? 'tester')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
  return { options, token, headers: async (staff) => ({ authorization: `Bearer ${await token(staff)}` }), privateKey, publicJwk };
}
