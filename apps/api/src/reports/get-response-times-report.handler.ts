import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { CellValuesCache, responseTimesReportFromHistograms } from '@civic/projections';
import { Clock } from '@civic/platform';
import { GetResponseTimesReportQuery } from './get-response-times-report.query';
import { resolveReportPeriod } from './report-period';
import { REPORT_TIME_ZONE } from './report-time-zone';

/** Read from the response_time_histograms projection (cells per month; rows only for partly covered months); overdue is judged against the app's clock. */
@QueryHandler(GetResponseTimesReportQuery)
export class GetResponseTimesReportHandler implements IQueryHandler<GetResponseTimesReportQuery> {
  /** The cells' hours and deadlines this process has read, by version: a report reads again only the cells that changed. */
  private readonly cache = new CellValuesCache();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(REPORT_TIME_ZONE) private readonly timeZone: string,
  ) {}

  execute({ input }: GetResponseTimesReportQuery) {
    const now = this.clock.now();
    const period = resolveReportPeriod(input, now, this.timeZone);
    return responseTimesReportFromHistograms(
      this.dataSource,
      { ...period, timeZone: this.timeZone, groupBy: input.groupBy ?? 'department', now },
      this.timeZone, // the model's months are the calendar's, as the report's zone
      { cache: this.cache },
    );
  }
}
