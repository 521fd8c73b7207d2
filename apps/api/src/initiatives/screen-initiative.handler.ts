import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { type CommandContext, endOfLocalDay, InitiativeRepository } from '@civic/casework';
import { describeThresholdRule, requiredSignatures } from '@civic/initiatives';
import { Clock, WorkingDayCalendar } from '@civic/platform';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { INITIATIVES_OPTIONS, type InitiativesOptions } from './initiatives-options';
import type { ChangedInitiative } from './initiative.views';

/** Staff screen an initiative before its collection opens: approve it (the threshold is fixed then), or return it for changes. */
@Injectable()
export class ScreenInitiativeHandler {
  constructor(
    private readonly initiatives: InitiativeRepository,
    @Inject(INITIATIVES_OPTIONS) private readonly options: InitiativesOptions,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(WorkingDayCalendar) private readonly calendar: WorkingDayCalendar,
  ) {}

  async approve(initiativeId: string, revision: number, context: CommandContext): Promise<ChangedInitiative> {
    const rule = this.options.thresholdRule;
    const residents = await this.residents();
    if (residents === null && rule.kind !== 'fixed')
      throw new ProblemError(409, 'residents-unknown', 'The number of residents is not known', 'Set the residents of the districts (reference data) first.');
    const now = this.clock.now();
    const result = await this.initiatives.execute(
      {
        type: 'ApproveInitiative',
        initiativeId,
        at: now.toISOString(),
        by: context.actor,
        thresholdRule: describeThresholdRule(rule),
        residents: residents ?? 0,
        requiredSignatures: requiredSignatures(rule, residents ?? 0),
        approvedOn: this.calendar.localDate(now),
        endOfLocalDay: (date) => endOfLocalDay(this.calendar, date),
      },
      context,
      revision,
    );
    return { id: initiativeId, revision: result.revision };
  }

  async returnForChanges(initiativeId: string, revision: number, reason: string, context: CommandContext): Promise<ChangedInitiative> {
    const result = await this.initiatives.execute(
      { type: 'ReturnInitiativeForChanges', initiativeId, at: this.clock.now().toISOString(), by: context.actor, reason },
      context,
      revision,
    );
    return { id: initiativeId, revision: result.revision };
  }

  /** The municipality's residents: the sum over its districts; null while any district's number is missing. */
  private async residents(): Promise<number | null> {
    const { rows } = await this.pool.query<{ total: string | null; missing: string }>(
      `SELECT sum(residents)::text AS total, count(*) FILTER (WHERE residents IS NULL)::text AS missing FROM districts`,
    );
    return rows[0].total === null || rows[0].missing !== '0' ? null : Number(rows[0].total);
  }
}
