import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@civic/platform/testing';

/**
 * In production the service trusts only a real identity provider: without
 * one it stops at start with the configuration error and never listens.
 * Needs `npm run build` first (npm test does it).
 */
describe('Starting in production without a real identity provider', () => {
  const secrets = mkdtempSync(join(tmpdir(), 'civic-production-'));
  afterAll(() => rmSync(secrets, { recursive: true, force: true }));

  const production = (auth: Record<string, string>, port: number): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      TRACKING_TOKEN_SECRET: 'a-production-tracking-secret-of-40-chars!',
      PII_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
      DEVELOPMENT_SECRETS_DIR: secrets,
      PORT: String(port),
      ...auth,
    };
    for (const name of ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE']) if (!(name in auth)) delete env[name];
    return env;
  };

  it.each([
    ['no AUTH_JWKS_URL at all', {}, /Configuration error: AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE must be set in production/],
    [
      'a JWKS over plain http',
      { AUTH_JWKS_URL: 'http://login.example/keys', AUTH_ISSUER: 'https://login.example', AUTH_AUDIENCE: 'civic' },
      /Configuration error: AUTH_JWKS_URL must use https in production/,
    ],
    ['a JWKS without issuer and audience', { AUTH_JWKS_URL: 'https://login.example/keys' }, /Configuration error: AUTH_ISSUER and AUTH_AUDIENCE must be set/],
  ])('refuses %s: exits non-zero with the configuration error and never listens', async (_, auth, message) => {
    const port = await freePort();
    const service = spawn(process.execPath, ['dist/apps/api/main.js'], { env: production(auth, port), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    service.stdout.on('data', (chunk) => (output += chunk));
    service.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => service.once('exit', resolve));

    expect(code).not.toBe(0);
    expect(output).toMatch(message);
    expect(output).not.toContain('API listening');
    expect(await accepts(port)).toBe(false);
    expect(readdirSync(secrets)).toEqual([]); // no development key was made either
  });
});

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
