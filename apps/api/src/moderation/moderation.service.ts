import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import { type CommandContext, EVENT_SCHEMA_VERSION } from '@civic/casework';
import { decideReport, ideaReportStreamId, type ReportReason } from '@civic/ideas';
import { listModerationQueue, maskPersonalData, type ModerationQueueItem } from '@civic/projections';
import { Clock } from '@civic/platform';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { IdeaByPublicCode } from '../ideas/idea-by-public-code';

export const IDEA_NOT_FOUND = (publicCode: string) =>
  new ProblemError(404, 'idea-not-found', 'No such idea', `No idea has the public code ${publicCode.toUpperCase()}.`);

/**
 * Citizens' reports and the moderators' queue. A report is appended to a
 * stream of its own (see libs/ideas/src/idea-report.ts); it never hides
 * anything: only staff do, by a command on the idea.
 */
@Injectable()
export class Moderation {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly db: Pool,
    private readonly byPublicCode: IdeaByPublicCode,
    private readonly clock: Clock,
  ) {}

  async report(
    publicCode: string,
    input: { reason: ReportReason; note?: string | null },
    context: CommandContext,
  ): Promise<{ reportId: string; publicCode: string }> {
    const ideaId = await this.byPublicCode.idOf(publicCode);
    if (ideaId === null) throw IDEA_NOT_FOUND(publicCode);
    const reportId = randomUUID();
    const at = this.clock.now().toISOString();
    // A reporter is nobody we know and no erasure can reach the event: addresses, phone and CPR numbers are masked before it is written.
    const events = decideReport(
      { type: 'ReportIdea', reportId, ideaId, at, reason: input.reason, note: input.note ? maskPersonalData(input.note) : null, ideaIsPublic: true },
      false,
    );
    const metadata = { correlationId: context.correlationId, causationId: null, actor: context.actor, occurredAt: at, schemaVersion: EVENT_SCHEMA_VERSION };
    await this.store.appendToStream(
      ideaReportStreamId(reportId),
      events.map((event) => ({ type: event.type, data: event.data, metadata })),
      { expectedRevision: 'no_stream' },
    );
    return { reportId, publicCode: publicCode.toUpperCase() };
  }

  queue(): Promise<ModerationQueueItem[]> {
    return listModerationQueue(this.db);
  }
}
