import type { StoredEvent } from '@civic/event-store';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { foldModerationQueue, moderatedIdeaOf } from './moderation-queue.fold';
import { MODERATION_QUEUE, type ModerationQueueRow, moderationQueueTable } from './moderation-queue.table';

/** The moderators' review queue: reported ideas with their open reports (GET /moderation/queue, /staff/moderation). */
export class ModerationQueueProjection implements Projection {
  readonly name = MODERATION_QUEUE;
  readonly tables = [MODERATION_QUEUE];

  async createTables(sql: SqlExecutor, tables: TableNames): Promise<void> {
    await sql.query(moderationQueueTable(tables[MODERATION_QUEUE]));
  }

  async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
    const relevant = events.flatMap((event) => {
      const ideaId = moderatedIdeaOf(event);
      return ideaId === null ? [] : [{ event, ideaId }];
    });
    if (relevant.length === 0) return;
    const table = tables[MODERATION_QUEUE];
    const ids = [...new Set(relevant.map(({ ideaId }) => ideaId))];
    const { rows: existing } = await sql.query<{ row: ModerationQueueRow }>(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE idea_id = ANY($1::uuid[])`, [ids]);
    const rows = new Map(existing.map(({ row }) => [row.idea_id, row]));
    const changed = new Set<string>();
    for (const { event, ideaId } of relevant) {
      const before = rows.get(ideaId);
      if (before && event.globalPosition <= BigInt(before.last_position)) continue;
      const after = foldModerationQueue(before, event, ideaId);
      if (!after) continue;
      rows.set(ideaId, after);
      changed.add(ideaId);
    }
    if (changed.size === 0) return;
    await sql.query(
      `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
         ON CONFLICT (idea_id) DO UPDATE SET last_position = EXCLUDED.last_position, open_reports = EXCLUDED.open_reports,
           total_reports = EXCLUDED.total_reports, recent_reports = EXCLUDED.recent_reports, first_open_report_at = EXCLUDED.first_open_report_at,
           last_reported_at = EXCLUDED.last_reported_at, reviewed_at = EXCLUDED.reviewed_at, review_outcome = EXCLUDED.review_outcome`,
      [JSON.stringify([...changed].map((id) => rows.get(id)))],
    );
  }
}

export const moderationQueueProjection = (): Projection => new ModerationQueueProjection();
