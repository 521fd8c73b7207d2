import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { StaffAuthOptions } from './staff-auth.options';
import { IdentityProviderUnavailable, InvalidStaffToken, StaffTokenVerifier } from './staff-token-verifier';

const ISSUER = 'https://login.example/realms/kk';
const AUDIENCE = 'civic-ideas';

describe('StaffTokenVerifier', () => {
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let jwks: { keys: object[] };
  let server: Server;
  let jwksUrl: string;

  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    jwks = { keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'kc-1', alg: 'RS256', use: 'sig' }] };
    server = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  // A Keycloak-shaped token: roles under realm_access.roles, departments as a space-separated string.
  const keycloakToken = (claims: Record<string, unknown> = {}) =>
    new SignJWT({
      sub: 'f1b9c7a2-2d6e-4f0e-9a43-0e4b1d8c6f11',
      iss: ISSUER,
      aud: AUDIENCE,
      exp: Math.floor(Date.now() / 1000) + 300,
      realm_access: { roles: ['handler', 'offline_access'] },
      groups: 'TMF BUF',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'kc-1' })
      .sign(keys.privateKey);
  const options = (url: string): StaffAuthOptions => ({
    keys: { jwksUrl: url },
    issuer: ISSUER,
    audience: AUDIENCE,
    rolesClaim: 'realm_access.roles',
    departmentsClaim: 'groups',
  });

  it('verifies against the provider’s JWKS and reads the configured claims', async () => {
    const staff = await new StaffTokenVerifier(options(jwksUrl)).verify(await keycloakToken());
    expect(staff).toEqual({ subject: 'f1b9c7a2-2d6e-4f0e-9a43-0e4b1d8c6f11', roles: new Set(['handler']), departments: new Set(['TMF', 'BUF']), email: null });
  });

  it('accepts a token within the clock tolerance and refuses one past it', async () => {
    const verifier = new StaffTokenVerifier(options(jwksUrl));
    await expect(verifier.verify(await keycloakToken({ exp: Math.floor(Date.now() / 1000) - 10 }))).resolves.toBeDefined();
    await expect(verifier.verify(await keycloakToken({ exp: Math.floor(Date.now() / 1000) - 60 }))).rejects.toThrow(InvalidStaffToken);
  });

  it('tells an unreachable identity provider apart from a bad token', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(new StaffTokenVerifier(options(`http://127.0.0.1:${port}/certs`)).verify(await keycloakToken())).rejects.toThrow(IdentityProviderUnavailable);
  });
});
