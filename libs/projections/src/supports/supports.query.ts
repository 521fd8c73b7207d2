import type { SqlExecutor } from '../runner/projection';
import { SUPPORT_COUNTS, SUPPORTS } from './supports.table';

/** Confirmed supports per idea (0 for an idea nobody supported), one round trip for a page of ideas. */
export async function confirmedSupports(sql: Pick<SqlExecutor, 'query'>, ideaIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map(ideaIds.map((id) => [id, 0]));
  if (ideaIds.length === 0) return counts;
  const { rows } = await sql.query<{ idea_id: string; confirmed: number }>(
    `SELECT idea_id::text, confirmed FROM ${SUPPORT_COUNTS} WHERE idea_id = ANY($1::uuid[])`,
    [ideaIds],
  );
  for (const row of rows) counts.set(row.idea_id, row.confirmed);
  return counts;
}

/** Supports of the ideas given whose sealed addresses may still exist: retention's candidates. */
export async function supportsWithKeys(sql: Pick<SqlExecutor, 'query'>, ideaIds: readonly string[]): Promise<string[]> {
  if (ideaIds.length === 0) return [];
  const { rows } = await sql.query<{ support_id: string }>(
    `SELECT s.support_id::text AS support_id FROM ${SUPPORTS} s
      WHERE s.idea_id = ANY($1::uuid[])
        AND EXISTS (SELECT 1 FROM submitter_data_keys k WHERE k.key_id IN (SELECT jsonb_array_elements_text(s.key_ids)))
      ORDER BY s.support_id`,
    [ideaIds],
  );
  return rows.map((row) => row.support_id);
}
