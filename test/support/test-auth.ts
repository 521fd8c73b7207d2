import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import type { StaffAuthOptions } from '../../apps/api/src/auth/staff-auth.options';
import { DEPARTMENTS } from '@civic/casework';

export const TEST_ISSUER = 'https://login.test.example';
export const TEST_AUDIENCE = 'civic-ideas-test';

export type TestRole = 'handler' | 'department-lead' | 'dispatcher' | 'manager' | 'admin';
export const ALL_ROLES: readonly TestRole[] = ['handler', 'department-lead', 'dispatcher', 'manager', 'admin'];
/** Every seeded department: a default token passes every department check. */
export const ALL_DEPARTMENTS: readonly string[] = DEPARTMENTS.map((department) => department.code);

export interface TestStaff {
  readonly sub?: string;
  readonly roles?: readonly string[];
  readonly departments?: readonly string[];
  /** The e-mail claim; none by default. */
  readonly email?: string;
}

/** A signing key the test app trusts, like an identity provider's. */
export interface TestAuth {
  readonly options: StaffAuthOptions;
  /** A signed token, valid for 10 minutes; by default every role in every seeded department; `claims` override any claim. */
  token(staff?: TestStaff, claims?: Record<string, unknown>): Promise<string>;
  /** `{ authorization: 'Bearer …' }` for supertest's .set(). */
  headers(staff?: TestStaff): Promise<Record<string, string>>;
  readonly privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  readonly publicJwk: JWK;
}

export async function createTestAuth(): Promise<TestAuth> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256', use: 'sig' };
  const options: StaffAuthOptions = {
    keys: { jwks: { keys: [publicJwk] } },
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    rolesClaim: 'roles',
    departmentsClaim: 'departments',
    emailClaim: 'email',
  };
  // Every claim in the payload, so `claims` can override any of them (exp, iss, aud, sub…); undefined drops one.
  const token = (staff: TestStaff = {}, claims: Record<string, unknown> = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      sub: staff.sub ?? 'tester',
      iss: TEST_ISSUER,
      aud: TEST_AUDIENCE,
      iat: now,
      exp: now + 600,
      roles: staff.roles ?? ALL_ROLES,
      departments: staff.departments ?? ALL_DEPARTMENTS,
      ...(staff.email !== undefined && { email: staff.email }),
      ...claims,
    };
    return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: 'test-key' }).sign(privateKey);
  };
  return { options, token, headers: async (staff) => ({ authorization: `Bearer ${await token(staff)}` }), privateKey, publicJwk };
}

/** Headers for each subject (every role, every department), signed up front so supertest chains stay synchronous. */
export async function headersBySubject(
  app: { staff(staff?: TestStaff): Promise<Record<string, string>> },
  subjects: readonly string[],
): Promise<Record<string, Record<string, string>>> {
  return Object.fromEntries(await Promise.all(subjects.map(async (sub) => [sub, await app.staff({ sub })] as const)));
}
