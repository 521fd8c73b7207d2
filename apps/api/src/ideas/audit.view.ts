import { ApiProperty } from '@nestjs/swagger';
import type { StoredEvent } from '@civic/event-store';
import { type IdeaEvent, isIdeaEvent } from '@civic/ideas';

export class AuditEntry {
  @ApiProperty() revision: number;
  @ApiProperty({ example: 'IdeaRouted' }) type: string;
  @ApiProperty({ format: 'date-time', description: 'When it happened (the command’s time)' }) at: string;
  @ApiProperty({ format: 'date-time', description: 'When the event store recorded it' }) recordedAt: string;
  @ApiProperty({ example: 'handler-anna', description: 'The staff subject, citizen or system' }) actor: string;
  @ApiProperty() correlationId: string;
  @ApiProperty({ description: 'What changed; never the submitter’s contact data nor the citizen’s own words' }) changes: Record<string, unknown>;
}

export class AuditView {
  @ApiProperty({ format: 'uuid' }) ideaId: string;
  @ApiProperty({ example: 'K-2026-000123' }) publicCode: string;
  @ApiProperty({ type: [AuditEntry] }) entries: AuditEntry[];
}

export function toAuditView(publicCode: string, ideaId: string, events: readonly StoredEvent[]): AuditView {
  return {
    ideaId,
    publicCode,
    entries: events.map((event) => ({
      revision: event.streamRevision,
      type: event.type,
      at: event.metadata.occurredAt,
      recordedAt: event.recordedAt.toISOString(),
      actor: event.metadata.actor,
      correlationId: event.metadata.correlationId,
      changes: isIdeaEvent(event) ? changesOf(event) : {},
    })),
  };
}

/**
 * Staff's own words (reasons, notes, questions, answers) are the record; what
 * the citizen wrote about themselves (contact, location, replies, a
 * withdrawal reason) is only said to exist, so erasure leaves nothing here.
 */
function changesOf(event: IdeaEvent): Record<string, unknown> {
  switch (event.type) {
    case 'IdeaSubmitted': {
      const { title, category, district, language, channel, contact, location } = event.data;
      return { title, category, district, language, channel, contactGiven: contact !== null, locationGiven: location !== null };
    }
    case 'IdeaRouted': {
      const { department, previousDepartment, routedBy, ruleId, reason, respondBy, automatic } = event.data;
      // A routing by the routing model says what it said: its confidence and the words that weighed most.
      return { department, previousDepartment, routedBy, ruleId, reason, respondBy: respondBy ?? null, ...(automatic && { automatic }) };
    }
    case 'IdeaAssigned':
      return { assignee: event.data.assignee, previousAssignee: event.data.previousAssignee };
    case 'IdeaDiagnosed': {
      const { feasibility, costBand, recommendation, notes } = event.data;
      return { feasibility, costBand, recommendation, notes };
    }
    case 'CitizenInformationRequested':
      return { questionId: event.data.questionId, question: event.data.question };
    case 'CitizenInformationProvided':
      return { questionId: event.data.questionId };
    case 'IdeaAnswered':
      return { decision: event.data.decision, publicAnswer: event.data.publicAnswer };
    case 'IdeaImplementationProgressed':
      return { note: event.data.note, percentComplete: event.data.percentComplete };
    case 'IdeaImplemented':
      return { note: event.data.note };
    case 'IdeaWithdrawn':
      return { reasonGiven: event.data.reason !== null };
    case 'IdeaMarkedDuplicate':
      return { duplicateOf: event.data.duplicateOf };
    case 'SubmitterDataErased':
      return { reason: event.data.reason };
    case 'ResponseDeadlineMissed':
      return { respondBy: event.data.respondBy, department: event.data.department, assignee: event.data.assignee };
    case 'CitizenNotificationsStopped':
      return {};
    case 'PublicTextHidden':
      return { reason: event.data.reason, note: event.data.note, by: event.data.by };
    case 'PublicTextRestored':
      return { by: event.data.by };
    case 'IdeaReportsDismissed':
      return { by: event.data.by, reports: event.data.reports };
    default:
      return unknownEvent(event);
  }
}

function unknownEvent(_event: never): Record<string, unknown> {
  return {};
}
