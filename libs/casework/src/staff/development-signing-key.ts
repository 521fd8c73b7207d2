import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

export const DEVELOPMENT_SIGNING_KEY_FILE = 'development-signing-key.json';

export interface DevelopmentSigningKey {
  /** Signs what `npm run token` issues. */
  readonly privateJwk: JWK;
  /** What the service trusts outside production when no identity provider is configured. */
  readonly publicJwk: JWK;
}

/**
 * The development key pair (ES256), made once and kept in the development
 * secrets folder so the service and `npm run token` agree across restarts.
 * Never used in production.
 */
export async function developmentSigningKey(secretsDir: string): Promise<DevelopmentSigningKey> {
  const file = join(secretsDir, DEVELOPMENT_SIGNING_KEY_FILE);
  const existing = await readKey(file);
  if (existing) return existing;
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const made = { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'ES256', use: 'sig' };
  await mkdir(secretsDir, { recursive: true });
  // Written aside, then linked into place: a reader never sees half a key, and if two processes race, the first link wins.
  const draft = `${file}.${randomUUID()}.tmp`;
  await writeFile(draft, `${JSON.stringify(made, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error; // another process made it first: use theirs
    });
  } finally {
    await unlink(draft);
  }
  const key = await readKey(file);
  if (!key) throw new Error(`${file} vanished while it was being made`);
  return key;
}

async function readKey(file: string): Promise<DevelopmentSigningKey | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const privateJwk = parse(text);
  if (!privateJwk) throw new Error(`${file} does not hold an ES256 private key (JWK); delete it to make a new one (tokens signed with it stop working)`);
  const { d: _private, ...publicJwk } = privateJwk;
  return { privateJwk, publicJwk };
}

function parse(text: string): JWK | null {
  try {
    const jwk = JSON.parse(text) as JWK;
    return jwk.kty === 'EC' &&
      jwk.crv === 'P-256' &&
      typeof jwk.d === 'string' &&
      typeof jwk.x === 'string' &&
      typeof jwk.y === 'string' &&
      typeof jwk.kid === 'string'
      ? { ...jwk, alg: 'ES256', use: 'sig' }
      : null;
  } catch {
    return null;
  }
}
