import { InvalidCommandError, UnknownIdeaError } from './idea.errors';
import { optionalText, requireOneOf, requireText, requireTimestamp } from './idea.validation';
import { MODERATION_NOTE_MAX, REPORT_REASONS, type ReportReason } from './vocabulary';

/**
 * A citizen's report of a public idea is a stream of its own, `report-<reportId>`,
 * holding one IdeaReported, never an event in the idea's stream: a crowd of
 * reports (or a bot behind many addresses) must not bloat the stream every
 * staff command folds, nor race the case handler's If-Match revision. The
 * review queue (a read model) counts them per idea; staff answer in the
 * idea's own stream (PublicTextHidden, IdeaReportsDismissed), and a report
 * never hides anything by itself, however many there are.
 */
export const IDEA_REPORT_STREAM_PREFIX = 'report-';

export function ideaReportStreamId(reportId: string): string {
  return IDEA_REPORT_STREAM_PREFIX + reportId;
}

export function reportIdOfStream(streamId: string): string | null {
  return streamId.startsWith(IDEA_REPORT_STREAM_PREFIX) ? streamId.slice(IDEA_REPORT_STREAM_PREFIX.length) : null;
}

export interface ReportIdea {
  type: 'ReportIdea';
  reportId: string;
  ideaId: string;
  /** ISO-8601 timestamp. */
  at: string;
  reason: ReportReason;
  /** The citizen's optional words to the moderators (staff-only). */
  note: string | null;
  /** Looked up by the caller: the idea is on the public list (a report names it by its public code). */
  ideaIsPublic: boolean;
}

export interface IdeaReportedData {
  reportId: string;
  ideaId: string;
  at: string;
  reason: ReportReason;
  note: string | null;
}

export type IdeaReported = { type: 'IdeaReported'; data: IdeaReportedData };

export function isIdeaReportedEvent<Recorded extends { readonly type: string }>(e: Recorded): e is Recorded & IdeaReported {
  return e.type === 'IdeaReported';
}

/** A report is a fresh stream: `alreadyRecorded` when its stream has events (a retried id), which is refused. */
export function decideReport(c: ReportIdea, alreadyRecorded: boolean): IdeaReported[] {
  requireText(c.reportId, 'reportId');
  requireText(c.ideaId, 'ideaId');
  requireTimestamp(c.at);
  requireOneOf(REPORT_REASONS, c.reason, 'reason');
  optionalText(c.note, 'note', MODERATION_NOTE_MAX);
  if (c.ideaIsPublic !== true) throw new UnknownIdeaError(c.ideaId, 'ideaId');
  if (alreadyRecorded) throw new InvalidCommandError('reportId', 'has been used for another report');
  const note = c.note?.trim() ? c.note.trim() : null;
  return [{ type: 'IdeaReported', data: { reportId: c.reportId, ideaId: c.ideaId, at: c.at, reason: c.reason, note } }];
}
