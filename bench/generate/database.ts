import pg from 'pg';
import { withClient } from '../support/bench-cli';

// The database the history goes into, and the stamp (COMMENT ON DATABASE) that lets later benches reuse it.

const GENERATOR = 'bench/generate-events';

export interface Stamp {
  generator: string;
  seed: number;
  events: number;
  ideas: number;
  from: string;
  to: string;
}

export function serverUrl(databaseUrl: string): { admin: string; name: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Use a plain lower-case database name for the bench, got "${name}"`);
  url.pathname = '/postgres';
  return { admin: url.toString(), name };
}

/** What this generator stamped on the database, or null (no database, no stamp, or someone else's comment). */
async function readStamp(admin: pg.Client, name: string): Promise<{ exists: boolean; stamp: Stamp | null }> {
  const { rows } = await admin.query<{ stamp: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS stamp FROM pg_database WHERE datname = $1`, [
    name,
  ]);
  if (rows.length === 0) return { exists: false, stamp: null };
  try {
    const stamp = JSON.parse(rows[0].stamp ?? 'null') as Stamp | null;
    return { exists: true, stamp: stamp?.generator === GENERATOR ? stamp : null };
  } catch {
    return { exists: true, stamp: null };
  }
}

/** Creates the database if absent (dropping it first with reset); returns what a previous run stamped on it. */
export async function prepareDatabase(databaseUrl: string, reset: boolean): Promise<Stamp | null> {
  const { admin, name } = serverUrl(databaseUrl);
  return withClient(admin, async (client) => {
    if (reset) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const { exists, stamp } = await readStamp(client, name);
    if (!exists) await client.query(`CREATE DATABASE ${name}`);
    return stamp;
  });
}

/** Describes the generated history on the database itself (COMMENT ON DATABASE), so later benches can reuse it. */
export async function generatedHistory(databaseUrl: string): Promise<Stamp | null> {
  const { admin, name } = serverUrl(databaseUrl);
  return withClient(admin, async (client) => (await readStamp(client, name)).stamp);
}

export async function stampDatabase(pool: pg.Pool, name: string, history: Omit<Stamp, 'generator'>): Promise<void> {
  const stamp: Stamp = { generator: GENERATOR, ...history };
  await pool.query(`COMMENT ON DATABASE ${name} IS '${JSON.stringify(stamp).replace(/'/g, "''")}'`);
}

export async function eventCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return 0; // no database yet: the generator creates it
  }
  try {
    // Two statements: PostgreSQL plans a subquery on a missing table even where a CASE would skip it.
    const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('events') IS NOT NULL AS exists");
    if (!rows[0].exists) return 0;
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0].n);
  } finally {
    await client.end();
  }
}
