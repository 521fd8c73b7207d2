import type { Pool } from 'pg';

/** A department's display name from reference data; its code if it has since been removed. */
export async function departmentName(db: Pick<Pool, 'query'>, code: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM departments WHERE code = $1', [code]);
  return rows[0]?.name ?? code;
}
