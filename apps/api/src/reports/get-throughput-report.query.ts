import { Query } from '@nestjs/cqrs';
import type { ThroughputReport } from '@civic/projections';
import type { ReportPeriodQuery } from './report-input.dto';

export class GetThroughputReportQuery extends Query<ThroughputReport> {
  constructor(readonly input: ReportPeriodQuery) {
    super();
  }
}
