import { randomBytes } from 'node:crypto';
import { Client, Pool, type PoolConfig } from 'pg';

/** The local server the tests use; override with TEST_DATABASE_URL. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database per test file, so files run in parallel without seeing each other; on serverUrl when a test runs a server of its own. */
export async function createTestDatabase(label: string, serverUrl = TEST_SERVER_URL): Promise<TestDatabase> {
  const name = `civic_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, async (admin) => void (await admin.query(`CREATE DATABASE ${name}`)));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => dropWhenClosed(serverUrl, name),
  };
}

/**
 * A pool's end() resolves before its connections have closed on the server;
 * dropping with FORCE then would kill them mid-goodbye. Wait for them, and
 * force only what is still connected after a few seconds.
 */
async function dropWhenClosed(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, async (admin) => {
    const deadline = Date.now() + 5000;
    for (;;) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || Date.now() > deadline) break; // 55006: still in use
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/** A pool for test code; a connection the server drops is not an unhandled error. */
export function createTestPool(url: string, max = 4, options: Partial<PoolConfig> = {}): Pool {
  const pool = new Pool({ connectionString: url, max, ...options });
  pool.on('error', () => undefined);
  return pool;
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
