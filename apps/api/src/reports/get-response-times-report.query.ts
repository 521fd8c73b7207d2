import { Query } from '@nestjs/cqrs';
import type { ResponseTimesReport } from '@civic/projections';
import type { ResponseTimesReportQueryInput } from './report-input.dto';

export class GetResponseTimesReportQuery extends Query<ResponseTimesReport> {
  constructor(readonly input: ResponseTimesReportQueryInput) {
    super();
  }
}
