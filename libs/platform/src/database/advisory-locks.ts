import type { Pool } from 'pg';

/** The second keys of the advisory locks of one class (two-key form) that some session of this database holds now. */
export async function heldAdvisoryLockKeys(pool: Pick<Pool, 'query'>, lockClass: number): Promise<Set<number>> {
  const { rows } = await pool.query<{ key: number }>(
    `SELECT (objid::bigint - CASE WHEN objid::bigint >= 2147483648 THEN 4294967296 ELSE 0 END)::int AS key FROM pg_locks
      WHERE locktype = 'advisory' AND classid = $1 AND objsubid = 2 AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`, // advisory locks are per database
    [lockClass],
  );
  return new Set(rows.map((row) => row.key));
}
