import type { Pool, PoolClient } from 'pg';
import type { Projection, SqlExecutor, TableNames } from './projection';

/** One generation's physical tables: department_inbox → department_inbox_g2. */
export function tableNames(projection: Projection, generation: number): TableNames {
  return Object.fromEntries(projection.tables.map((table) => [table, `${table}_g${generation}`]));
}

/** Points each logical table (a view) at a generation; in the caller's transaction, so readers switch at once. */
export async function pointViewsAt(sql: SqlExecutor, projection: Projection, generation: number, options: { onlyExisting?: boolean } = {}): Promise<void> {
  for (const [logical, physical] of Object.entries(tableNames(projection, generation))) {
    // A table this version added to an older generation: no view until the runner's rebuild (it sees "no table") makes one.
    if (options.onlyExisting && (await sql.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [physical])).rows[0].t === null) continue;
    // Dropped and created, not replaced: a new generation may have other columns.
    await sql.query(`DROP VIEW IF EXISTS ${logical}; CREATE VIEW ${logical} AS SELECT * FROM ${physical}`);
  }
}

/**
 * Creates generation 1 of a projection (tables, views, registry and
 * checkpoint rows) unless it exists. Safe to call from every process at start.
 */
export async function ensureProjection(pool: Pool, projection: Projection): Promise<void> {
  // Every takeover comes here: when all is in place, do not queue behind every other projection for the set-up lock
  // (a standby taking over 13 projections at once waited up to 3 s for the last one).
  if (await isSetUp(pool, projection)) return;
  await inTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(7411, 0)`); // serialises set-up across processes
    const { rows } = await client.query<{ active_generation: number }>('SELECT active_generation FROM projections WHERE name = $1', [projection.name]);
    if (rows.length > 0) {
      const missing = await client.query<{ missing: boolean }>('SELECT bool_or(to_regclass(t) IS NULL) AS missing FROM unnest($1::text[]) t', [
        projection.tables,
      ]);
      if (missing.rows[0].missing) await pointViewsAt(client, projection, rows[0].active_generation, { onlyExisting: true });
      return;
    }
    await projection.createTables(client, tableNames(projection, 1));
    await client.query('INSERT INTO projections (name, active_generation) VALUES ($1, 1)', [projection.name]);
    await client.query('INSERT INTO projection_checkpoints (projection, generation) VALUES ($1, 1)', [projection.name]);
    await pointViewsAt(client, projection, 1);
  });
}

/** The registry row and every logical table (view) exist: nothing for ensureProjection to do. */
async function isSetUp(sql: SqlExecutor, projection: Projection): Promise<boolean> {
  const { rows } = await sql.query<{ ready: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM projections WHERE name = $1) AND bool_and(to_regclass(t) IS NOT NULL) AS ready FROM unnest($2::text[]) t',
    [projection.name, projection.tables],
  );
  return rows[0].ready === true;
}

export interface ActiveGeneration {
  readonly generation: number;
  /** "commit/prepare", or null before the first event. */
  readonly position: string | null;
}

export async function activeGeneration(sql: SqlExecutor, name: string): Promise<ActiveGeneration> {
  const { rows } = await sql.query<{ generation: number; position: string | null }>(
    `SELECT p.active_generation AS generation, c.position
       FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
      WHERE p.name = $1`,
    [name],
  );
  if (rows.length === 0) throw new Error(`Projection ${name} is not set up (ensureProjection first)`);
  return rows[0];
}

export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
