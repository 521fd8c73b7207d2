import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@civic/platform';
import { staffAuthOptions } from '../apps/api/src/auth/staff-auth-config';
import { InvalidStaffToken, StaffTokenVerifier } from '../apps/api/src/auth/staff-token-verifier';
import { DEVELOPMENT_SIGNING_KEY_FILE } from '@civic/casework';

/**
 * `npm run token` (the built dist/apps/tools/issue-token.js) issues tokens
 * that a service reading the same configuration trusts.
 * Needs `npm run build` first (npm test does it).
 */
describe('npm run token', () => {
  const secrets = mkdtempSync(join(tmpdir(), 'civic-token-'));
  const otherSecrets = mkdtempSync(join(tmpdir(), 'civic-token-other-'));
  afterAll(() => [secrets, otherSecrets].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  const development = (dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', DEVELOPMENT_SECRETS_DIR: dir, ...extra };
    for (const name of ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_ROLES_CLAIM', 'AUTH_DEPARTMENTS_CLAIM']) if (!(name in extra)) delete env[name];
    return env;
  };
  const token = (args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['dist/apps/tools/issue-token.js', ...args], { env, encoding: 'utf8' });
  const serviceTrusting = async (env: NodeJS.ProcessEnv) => {
    const config = loadConfig(env);
    return new StaffTokenVerifier(await staffAuthOptions({ auth: config.auth, production: false, developmentSecretsDir: config.developmentSecretsDir }));
  };

  it('prints only a token, which a service using the same secrets folder accepts', async () => {
    const env = development(secrets);
    const issued = token(['--role', 'handler', '--role', 'department-lead', '--department', 'TMF', '--subject', 'alice', '--expires', '1h'], env);
    expect(issued.stderr).toBe('');
    expect(issued.status).toBe(0);
    expect(issued.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(statSync(join(secrets, DEVELOPMENT_SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);

    const staff = await (await serviceTrusting(env)).verify(issued.stdout.trim());
    expect(staff).toEqual({ subject: 'alice', roles: new Set(['handler', 'department-lead']), departments: new Set(['TMF']), email: null });
    // Another folder means another key: the token is worth nothing there.
    await expect((await serviceTrusting(development(otherSecrets))).verify(issued.stdout.trim())).rejects.toThrow(InvalidStaffToken);
  });

  it('puts roles and departments where the service is configured to look', async () => {
    const env = development(secrets, { AUTH_ROLES_CLAIM: 'realm_access.roles', AUTH_DEPARTMENTS_CLAIM: 'groups' });
    const issued = token(['--role', 'dispatcher', '--department', 'BUF', '--email', 'dev@kk.dk'], env);
    expect(issued.status).toBe(0);
    expect(await (await serviceTrusting(env)).verify(issued.stdout.trim())).toEqual({
      subject: 'developer',
      roles: new Set(['dispatcher']),
      departments: new Set(['BUF']),
      email: 'dev@kk.dk',
    });
  });

  it('answers a bad call with the usage on stderr and exit code 2', () => {
    const issued = token(['--role', 'superuser'], development(secrets));
    expect(issued.status).toBe(2);
    expect(issued.stdout).toBe('');
    expect(issued.stderr).toMatch(/--role must be one of/);
    expect(issued.stderr).toMatch(/Usage: npm run -s token/);
  });

  it('refuses in production, and when an identity provider is configured', () => {
    for (const env of [
      { ...development(secrets), NODE_ENV: 'production' },
      development(secrets, { AUTH_JWKS_URL: 'https://login.example/keys', AUTH_ISSUER: 'https://login.example', AUTH_AUDIENCE: 'civic' }),
    ]) {
      const issued = token(['--role', 'admin'], env);
      expect(issued.status).toBe(1);
      expect(issued.stdout).toBe('');
      expect(issued.stderr).toMatch(/^Refused: /);
    }
  });
});
