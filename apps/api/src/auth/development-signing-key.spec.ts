import { mkdtempSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffAuthOptions } from './staff-auth-config';
import { DEVELOPMENT_SIGNING_KEY_FILE, developmentSigningKey } from '@civic/casework';

describe('developmentSigningKey', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'civic-dev-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes one ES256 key, readable by its owner only, and keeps it', async () => {
    const first = await developmentSigningKey(join(dir, 'secrets'));
    expect(first.privateJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', d: expect.any(String), kid: expect.any(String) });
    expect(first.publicJwk.d).toBeUndefined();
    expect(statSync(join(dir, 'secrets', DEVELOPMENT_SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(await developmentSigningKey(join(dir, 'secrets'))).toEqual(first);
  });

  it('gives every process racing to make it the same key, and leaves no drafts behind', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => developmentSigningKey(dir)));
    expect(new Set(keys.map((key) => key.privateJwk.kid)).size).toBe(1);
    expect(readdirSync(dir)).toEqual([DEVELOPMENT_SIGNING_KEY_FILE]);
  });

  it('refuses a file that holds no private key, rather than replacing it', async () => {
    writeFileSync(join(dir, DEVELOPMENT_SIGNING_KEY_FILE), '{"kty":"oct","k":"c2VjcmV0"}');
    await expect(developmentSigningKey(dir)).rejects.toThrow(/does not hold an ES256 private key/);
  });
});

describe('staffAuthOptions', () => {
  const auth = {
    jwksUrl: null,
    issuer: 'civic-ideas-development',
    audience: 'civic-ideas',
    rolesClaim: 'roles',
    departmentsClaim: 'departments',
    emailClaim: 'email',
  };

  it('trusts the identity provider’s JWKS when one is configured', async () => {
    const options = await staffAuthOptions({
      auth: { ...auth, jwksUrl: 'https://login.example/keys', issuer: 'https://login.example' },
      production: true,
      developmentSecretsDir: '/nonexistent',
    });
    expect(options).toEqual({
      keys: { jwksUrl: 'https://login.example/keys' },
      issuer: 'https://login.example',
      audience: 'civic-ideas',
      rolesClaim: 'roles',
      departmentsClaim: 'departments',
      emailClaim: 'email',
    });
  });

  it('trusts only the public half of the development key outside production', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-dev-key-'));
    try {
      const options = await staffAuthOptions({ auth, production: false, developmentSecretsDir: dir });
      const { publicJwk } = await developmentSigningKey(dir);
      expect(options.keys).toEqual({ jwks: { keys: [publicJwk] } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never trusts the development key in production, and makes none there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-dev-key-'));
    try {
      await expect(staffAuthOptions({ auth, production: true, developmentSecretsDir: dir })).rejects.toThrow(/never trusted in production/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
