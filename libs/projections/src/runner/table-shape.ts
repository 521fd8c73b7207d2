import type { Pool } from 'pg';
import { activeGeneration, tableNames } from './generations';
import type { Projection, SqlExecutor } from './projection';

/** Generation 0 is never used: a scratch copy of this version's tables, rolled back at once. */
const PROBE_GENERATION = 0;

/**
 * How the active generation's tables differ from the ones this version of
 * the code creates (columns, their types and nullability, indexes); empty
 * when they match. The probe tables are created in a transaction that is
 * rolled back, so the comparison needs no version number to remember to bump.
 */
export async function tableShapeChanges(pool: Pool, projection: Projection): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { generation } = await activeGeneration(client, projection.name);
    const live = tableNames(projection, generation);
    const probe = tableNames(projection, PROBE_GENERATION);
    await projection.createTables(client, probe);
    const changes: string[] = [];
    for (const table of projection.tables) changes.push(...differences(table, await shapeOf(client, live[table]), await shapeOf(client, probe[table])));
    return changes;
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

interface TableShape {
  readonly columns: ReadonlyMap<string, string>;
  readonly indexes: ReadonlySet<string>;
}

async function shapeOf(sql: SqlExecutor, physical: string): Promise<TableShape> {
  const columns = await sql.query<{ name: string; type: string; not_null: boolean }>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type, attnotnull AS not_null
       FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped`,
    [physical],
  );
  // Index names and definitions carry the generation's table name: compare them without it.
  const indexes = await sql.query<{ definition: string }>(
    `SELECT replace(pg_get_indexdef(indexrelid), $1, '<table>') AS definition FROM pg_index WHERE indrelid = to_regclass($1)`,
    [physical],
  );
  return {
    columns: new Map(columns.rows.map((column) => [column.name, `${column.type}${column.not_null ? ' not null' : ''}`])),
    indexes: new Set(indexes.rows.map((index) => index.definition)),
  };
}

function differences(table: string, live: TableShape, wanted: TableShape): string[] {
  const changes: string[] = [];
  if (live.columns.size === 0) return [`${table}: no table`];
  for (const [name, type] of wanted.columns) {
    const current = live.columns.get(name);
    if (current === undefined) changes.push(`${table}: new column ${name} ${type}`);
    else if (current !== type) changes.push(`${table}: column ${name} is ${current}, now ${type}`);
  }
  for (const name of live.columns.keys()) if (!wanted.columns.has(name)) changes.push(`${table}: column ${name} dropped`);
  for (const index of wanted.indexes) if (!live.indexes.has(index)) changes.push(`${table}: new index ${index}`);
  for (const index of live.indexes) if (!wanted.indexes.has(index)) changes.push(`${table}: index dropped ${index}`);
  return changes;
}
