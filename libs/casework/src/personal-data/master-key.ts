import { randomBytes, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '@civic/platform';

/**
 * The key that wraps every submitter's data key: PII_MASTER_KEY, or outside
 * production a random development key kept in the development secrets folder
 * (so `npm start` with nothing configured can still decrypt after a restart).
 */
export async function personalDataMasterKey(config: Pick<AppConfig, 'piiMasterKey' | 'production' | 'developmentSecretsDir'>): Promise<Buffer> {
  if (config.piiMasterKey) return config.piiMasterKey;
  if (config.production) throw new Error('PII_MASTER_KEY is required in production');
  const file = join(config.developmentSecretsDir, 'development-pii-master.key');
  try {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    if (key.length === 32) return key;
    throw new Error(`${file} does not hold a 32-byte key in base64; delete it to make a new one (data encrypted under it becomes unreadable)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  await mkdir(config.developmentSecretsDir, { recursive: true });
  // Written aside, then linked into place: npm start's API and worker start at once, and neither may read half a key.
  const draft = `${file}.${randomUUID()}.tmp`;
  await writeFile(draft, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error; // another process made it first: use theirs
    });
  } finally {
    await unlink(draft);
  }
  return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
}
