import type { QueuedReport } from './moderation-queue.table';
import { MODERATION_QUEUE } from './moderation-queue.table';
import { PUBLIC_STATUS } from '../public-status/public-status.table';
import type { PublicStatus } from '../public-status/public-status.vocabulary';
import type { SqlExecutor } from '../runner/projection';

export interface ModerationQueueItem {
  ideaId: string;
  publicCode: string;
  /** The title as the public saw it before any hiding (masked), for the moderator to judge. */
  title: string;
  status: PublicStatus;
  /** Whether the public text is hidden now (a report after hiding still queues the idea). */
  hidden: boolean;
  openReports: number;
  totalReports: number;
  recentReports: QueuedReport[];
  firstOpenReportAt: string;
  lastReportedAt: string;
}

export const MODERATION_QUEUE_MAX = 100;

/** Ideas with reports nobody has reviewed yet, the longest waiting first. */
export async function listModerationQueue(sql: SqlExecutor, limit = MODERATION_QUEUE_MAX): Promise<ModerationQueueItem[]> {
  const { rows } = await sql.query<{
    idea_id: string;
    public_code: string;
    title: string;
    status: PublicStatus;
    hidden: boolean;
    open_reports: number;
    total_reports: number;
    recent_reports: QueuedReport[];
    first_open_report_at: Date;
    last_reported_at: Date;
  }>(
    `SELECT q.idea_id, p.public_code, coalesce(p.hidden_text->>'title', p.title) AS title, p.status, p.hidden_reason IS NOT NULL AS hidden,
            q.open_reports, q.total_reports, q.recent_reports, q.first_open_report_at, q.last_reported_at
       FROM ${MODERATION_QUEUE} q JOIN ${PUBLIC_STATUS} p USING (idea_id)
      WHERE q.open_reports > 0
      ORDER BY q.first_open_report_at, q.idea_id
      LIMIT $1`,
    [Math.min(Math.max(1, limit), MODERATION_QUEUE_MAX)],
  );
  return rows.map((row) => ({
    ideaId: row.idea_id,
    publicCode: row.public_code,
    title: row.title,
    status: row.status,
    hidden: row.hidden,
    openReports: row.open_reports,
    totalReports: row.total_reports,
    recentReports: row.recent_reports,
    firstOpenReportAt: new Date(row.first_open_report_at).toISOString(),
    lastReportedAt: new Date(row.last_reported_at).toISOString(),
  }));
}

/** How many reports of one idea are open (0 when none or never reported): what a dismissal reviews. */
export async function openReportsOf(sql: SqlExecutor, ideaId: string): Promise<number> {
  const { rows } = await sql.query<{ open_reports: number }>(`SELECT open_reports FROM ${MODERATION_QUEUE} WHERE idea_id = $1`, [ideaId]);
  return rows[0]?.open_reports ?? 0;
}
