import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { throughputReportFromFlows } from '@civic/projections';
import { Clock } from '@civic/platform';
import { GetThroughputReportQuery } from './get-throughput-report.query';
import { resolveReportPeriod } from './report-period';
import { REPORT_TIME_ZONE } from './report-time-zone';

/** Whole months from the response_time_flows counts, the days of partly covered months from the rows. */
@QueryHandler(GetThroughputReportQuery)
export class GetThroughputReportHandler implements IQueryHandler<GetThroughputReportQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(REPORT_TIME_ZONE) private readonly timeZone: string,
  ) {}

  execute({ input }: GetThroughputReportQuery) {
    const period = resolveReportPeriod(input, this.clock.now(), this.timeZone);
    // The model's months are the calendar's, as the report's zone.
    return throughputReportFromFlows(this.dataSource, { ...period, timeZone: this.timeZone }, this.timeZone);
  }
}
