import type { ReportReason } from '@civic/ideas';
import { createTableSql, integer, jsonb, readModelEntity, type ReadRow, type StoredRow, text, timestamptz, uuid } from '../runner/columns';

/** The projection's name, and the logical table (a view on the active generation) that the staff's queue reads. */
export const MODERATION_QUEUE = 'moderation_queue';

/** How many of an idea's open reports the queue keeps to show (newest first); the count counts them all. */
export const RECENT_REPORTS_KEPT = 5;

/** One open report as the moderators see it: the citizen's reason and note, never who sent it (nobody is asked). */
export interface QueuedReport {
  reason: ReportReason;
  note: string | null;
  at: string;
}

/**
 * One row per idea that was ever reported: how many reports are open (not
 * yet reviewed), the latest of them, and how the last review ended. A row is
 * a function of IdeaReported (report streams) and the staff's answers in the
 * idea's stream (IdeaReportsDismissed, PublicTextHidden), in $all order: a
 * report recorded after a review stays open.
 */
export const moderationQueueColumns = {
  idea_id: uuid().primaryKey(),
  /** The $all position of the last event folded in: the second guard after the checkpoint. */
  last_position: text(),
  open_reports: integer(),
  total_reports: integer(),
  recent_reports: jsonb<QueuedReport[]>(),
  first_open_report_at: timestamptz().nullable(),
  last_reported_at: timestamptz().nullable(),
  reviewed_at: timestamptz().nullable(),
  review_outcome: text<'dismissed' | 'hidden'>().nullable(),
};

export type ModerationQueueRow = StoredRow<typeof moderationQueueColumns>;

export const ModerationQueueEntity = readModelEntity(MODERATION_QUEUE, moderationQueueColumns);
export type ModerationQueueEntity = ReadRow<typeof moderationQueueColumns>;

export function moderationQueueTable(table: string): string {
  return `
    ${createTableSql(table, moderationQueueColumns)}
    CREATE INDEX ${table.replace(/\W/g, '_')}_open ON ${table} (first_open_report_at) WHERE open_reports > 0;
  `;
}
