import { Query } from '@nestjs/cqrs';
import type { ParticipationReport } from '@civic/projections';
import type { ReportPeriodQuery } from './report-input.dto';

export class GetParticipationReportQuery extends Query<ParticipationReport> {
  constructor(readonly input: ReportPeriodQuery) {
    super();
  }
}
