import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { participationReport } from '@civic/projections';
import { Clock } from '@civic/platform';
import { GetParticipationReportQuery } from './get-participation-report.query';
import { resolveReportPeriod } from './report-period';
import { REPORT_TIME_ZONE } from './report-time-zone';

/** Who takes part, per district, in a period (the API's report and the dashboard's chart). */
@QueryHandler(GetParticipationReportQuery)
export class GetParticipationReportHandler implements IQueryHandler<GetParticipationReportQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(REPORT_TIME_ZONE) private readonly timeZone: string,
  ) {}

  execute({ input }: GetParticipationReportQuery) {
    const period = resolveReportPeriod(input, this.clock.now(), this.timeZone);
    return participationReport(this.dataSource, { ...period, timeZone: this.timeZone });
  }
}
