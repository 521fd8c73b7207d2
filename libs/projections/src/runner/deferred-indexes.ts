import type { SqlExecutor } from './projection';

/** A secondary index set aside while a rebuild loads its new tables, created again before the switch. */
export interface DeferredIndex {
  /** The table it is on. */
  readonly table: string;
  readonly name: string;
  readonly definition: string;
}

/**
 * Drops the secondary indexes of a rebuild's new, still empty tables and
 * returns their definitions, to create them once the rows are in: one sort
 * per index instead of an index entry maintained per row written (the GIN
 * text-search indexes above all). Indexes that back a constraint (primary
 * keys, which the upserts' ON CONFLICT needs) and unique indexes stay, but
 * for the primary keys of `keysAfterLoad`: tables nothing writes by key
 * before the load ends (a read model derives them from its rows at the end).
 */
export async function deferSecondaryIndexes(
  sql: SqlExecutor,
  physicalTables: readonly string[],
  keysAfterLoad: readonly string[] = [],
): Promise<DeferredIndex[]> {
  const { rows } = await sql.query<DeferredIndex>(
    `SELECT i.indrelid::regclass::text AS "table", i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY i.indexrelid`,
    [physicalTables],
  );
  for (const index of rows) await sql.query(`DROP INDEX ${index.name}`);
  const { rows: keys } = await sql.query<{ tableName: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS "tableName", conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE conrelid = ANY($1::regclass[]) AND contype = 'p' ORDER BY conrelid`,
    [keysAfterLoad],
  );
  const deferredKeys: DeferredIndex[] = [];
  for (const key of keys) {
    await sql.query(`ALTER TABLE ${key.tableName} DROP CONSTRAINT ${key.name}`);
    deferredKeys.push({ table: key.tableName, name: key.name, definition: `ALTER TABLE ${key.tableName} ADD CONSTRAINT ${key.name} ${key.definition}` });
  }
  return [...rows, ...deferredKeys];
}

/** Memory for one index build (a sort in memory rather than on disk); the session's setting only. */
export const INDEX_BUILD_MEMORY = '256MB';

/** Creates a deferred index again, on its loaded table, with memory for its sort (this statement only). */
export async function createDeferredIndex(sql: SqlExecutor, index: DeferredIndex): Promise<void> {
  await sql.query('BEGIN');
  try {
    await sql.query(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
    await sql.query(index.definition);
    await sql.query('COMMIT');
  } catch (error) {
    await sql.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
