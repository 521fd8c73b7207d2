import type { StoredEvent } from '@civic/event-store';
import { ideaIdOfStream, isIdeaReportedEvent, reportIdOfStream } from '@civic/ideas';
import { maskPersonalData } from '../public-status/public-status.masking';
import { type ModerationQueueRow, RECENT_REPORTS_KEPT } from './moderation-queue.table';
import { eventInstant } from '../runner/event-instant';

/** The idea an event of the queue is about, or null when the queue does not read it. */
export function moderatedIdeaOf(event: StoredEvent): string | null {
  if (isIdeaReportedEvent(event)) return reportIdOfStream(event.streamId) !== null ? (event.data as { ideaId: string }).ideaId : null;
  if (event.type === 'IdeaReportsDismissed' || event.type === 'PublicTextHidden') return ideaIdOfStream(event.streamId);
  return null;
}

/**
 * The queue's row after one event, or undefined when nothing changes. Pure:
 * a rebuild gives the same rows. Reports only ever add to the count; only
 * staff take an idea out of the queue, by dismissing or hiding.
 */
export function foldModerationQueue(row: ModerationQueueRow | undefined, event: StoredEvent, ideaId: string): ModerationQueueRow | undefined {
  const position = event.globalPosition.toString();
  const at = eventInstant(event);
  if (isIdeaReportedEvent(event)) {
    const before = row ?? {
      idea_id: ideaId,
      last_position: position,
      open_reports: 0,
      total_reports: 0,
      recent_reports: [],
      first_open_report_at: null,
      last_reported_at: null,
      reviewed_at: null,
      review_outcome: null,
    };
    // The citizen's note is screened as public text is: moderators need the reason, not a reporter's phone number.
    const report = { reason: event.data.reason, note: event.data.note ? maskPersonalData(event.data.note) : null, at };
    return {
      ...before,
      last_position: position,
      open_reports: before.open_reports + 1,
      total_reports: before.total_reports + 1,
      recent_reports: [report, ...before.recent_reports].slice(0, RECENT_REPORTS_KEPT),
      first_open_report_at: before.open_reports > 0 ? before.first_open_report_at : at,
      last_reported_at: at,
    };
  }
  if (!row) return undefined; // a review of an idea never reported leaves nothing to queue
  const outcome = event.type === 'PublicTextHidden' ? 'hidden' : 'dismissed';
  return { ...row, last_position: position, open_reports: 0, recent_reports: [], first_open_report_at: null, reviewed_at: at, review_outcome: outcome };
}
