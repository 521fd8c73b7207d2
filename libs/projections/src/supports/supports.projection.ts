import type { StoredEvent } from '@civic/event-store';
import { isSupportEvent, type SupportEvent, supportIdOfStream } from '@civic/supports';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { countChange, foldSupportRow } from './supports.fold';
import { SUPPORT_COUNTS, type SupportRow, SUPPORTS, supportsTables } from './supports.table';

/**
 * The supports of every idea, one row per support, and the confirmed count
 * per idea. The count is what keeps supports out of the idea's own stream
 * affordable: the idea's pages read one row instead of folding 50,000 streams.
 */
export class SupportsProjection implements Projection {
  readonly name = SUPPORTS;
  readonly tables = [SUPPORTS, SUPPORT_COUNTS];

  async createTables(sql: SqlExecutor, tables: TableNames): Promise<void> {
    await sql.query(supportsTables({ supports: tables[SUPPORTS], counts: tables[SUPPORT_COUNTS] }));
  }

  async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
    const supportEvents = events.filter((event): event is StoredEvent & SupportEvent => isSupportEvent(event) && supportIdOfStream(event.streamId) !== null);
    if (supportEvents.length === 0) return;
    const ids = [...new Set(supportEvents.map((event) => event.data.supportId))];
    const { rows: existing } = await sql.query<{ row: SupportRow }>(`SELECT to_jsonb(t) AS row FROM ${tables[SUPPORTS]} t WHERE support_id = ANY($1::uuid[])`, [
      ids,
    ]);
    const rows = new Map(existing.map(({ row }) => [row.support_id, row]));
    const changed = new Set<string>();
    const counts = new Map<string, number>();
    for (const event of supportEvents) {
      const before = rows.get(event.data.supportId);
      // The second guard after the checkpoint: an event at or below the row's revision is already in it.
      if (before && event.streamRevision <= before.last_revision) continue;
      const after = foldSupportRow(before, event);
      if (!after) continue;
      rows.set(after.support_id, after);
      changed.add(after.support_id);
      const delta = countChange(before, after);
      if (delta !== 0) counts.set(after.idea_id, (counts.get(after.idea_id) ?? 0) + delta);
    }
    if (changed.size > 0) {
      const table = tables[SUPPORTS];
      await sql.query(
        `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
           ON CONFLICT (support_id) DO UPDATE SET idea_id = EXCLUDED.idea_id, last_revision = EXCLUDED.last_revision, status = EXCLUDED.status,
             district = EXCLUDED.district, requested_at = EXCLUDED.requested_at, confirmed_at = EXCLUDED.confirmed_at, key_ids = EXCLUDED.key_ids`,
        [JSON.stringify([...changed].map((id) => rows.get(id)))],
      );
    }
    const deltas = [...counts].filter(([, delta]) => delta !== 0);
    if (deltas.length > 0) {
      await sql.query(
        `INSERT INTO ${tables[SUPPORT_COUNTS]} AS c (idea_id, confirmed)
           SELECT idea_id, delta FROM unnest($1::uuid[], $2::int[]) AS d (idea_id, delta)
           ON CONFLICT (idea_id) DO UPDATE SET confirmed = c.confirmed + EXCLUDED.confirmed`,
        [deltas.map(([ideaId]) => ideaId), deltas.map(([, delta]) => delta)],
      );
    }
  }
}

export function supportsProjection(): Projection {
  return new SupportsProjection();
}
