import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { WrongExpectedVersion } from '@civic/event-store';
import { InitiativeRepository, type InitiativeTimerJob } from '@civic/casework';
import { Clock } from '@civic/platform';
import { confirmedSignatureCount } from '@civic/projections';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { WORKER_POOL } from '../worker-tokens';
import { InitiativeMails } from './initiative-mails';
import { INITIATIVES_ACTOR } from './threshold-check.handler';

/** A month ahead: remind the council secretariat, if the initiative still waits for the council's decision. */
@Injectable()
export class CouncilReminderHandler implements JobHandler<'initiative-council-reminder'> {
  readonly jobName = 'initiative-council-reminder';

  constructor(
    @Inject(InitiativeRepository) private readonly initiatives: InitiativeRepository,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(InitiativeMails) private readonly mails: InitiativeMails,
  ) {}

  async handle(data: InitiativeTimerJob, job: JobContext): Promise<string> {
    if (this.clock.now() < new Date(data.dueAt)) return job.retryAt(new Date(data.dueAt));
    const { state, events } = await this.initiatives.load(data.initiativeId);
    if (!state || state.status !== 'referred' || state.decideBy === null) return 'moot: decided';
    const publicCode = (events[0].data as { publicCode: string }).publicCode;
    const outcome = await this.mails.remindCouncil({
      mailKey: job.id,
      initiativeId: state.id,
      publicCode,
      title: state.title,
      decideBy: state.decideBy,
      confirmedSignatures: await confirmedSignatureCount(this.pool, state.id),
    });
    return String(outcome);
  }
}

/** At the deadline: RecordMissedCouncilDeadline through the write path; the escalation mail follows from that event. */
@Injectable()
export class CouncilDeadlineHandler implements JobHandler<'initiative-council-deadline'> {
  readonly jobName = 'initiative-council-deadline';

  constructor(
    @Inject(InitiativeRepository) private readonly initiatives: InitiativeRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async handle(data: InitiativeTimerJob, job: JobContext): Promise<string> {
    if (this.clock.now() < new Date(data.dueAt)) return job.retryAt(new Date(data.dueAt));
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.initiatives.load(data.initiativeId);
      try {
        const { events } = await this.initiatives.decideAndAppend(
          loaded,
          { type: 'RecordMissedCouncilDeadline', initiativeId: data.initiativeId, at: this.clock.now().toISOString() },
          { actor: INITIATIVES_ACTOR, correlationId: job.correlationId },
        );
        return events.length ? 'recorded CouncilDecisionDeadlineMissed' : 'nothing to record: decided, or recorded already';
      } catch (error) {
        if (!(error instanceof WrongExpectedVersion) || attempt >= 5) throw error;
      }
    }
  }
}

/** The decision is overdue: tell whoever answers for the council's deadlines (INITIATIVE_ESCALATION_EMAIL), the secretariat in copy. */
@Injectable()
export class CouncilEscalationHandler implements JobHandler<'initiative-council-escalation'> {
  readonly jobName = 'initiative-council-escalation';

  constructor(
    @Inject(InitiativeRepository) private readonly initiatives: InitiativeRepository,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(InitiativeMails) private readonly mails: InitiativeMails,
  ) {}

  async handle(data: { initiativeId: string; eventId: string; revision: number }, job: JobContext): Promise<string> {
    const { state, events } = await this.initiatives.load(data.initiativeId);
    if (!state || state.decideBy === null) return 'moot: no referral';
    const outcome = await this.mails.escalate({
      mailKey: job.id,
      initiativeId: state.id,
      publicCode: (events[0].data as { publicCode: string }).publicCode,
      title: state.title,
      decideBy: state.decideBy,
      confirmedSignatures: await confirmedSignatureCount(this.pool, state.id),
    });
    return String(outcome);
  }
}
