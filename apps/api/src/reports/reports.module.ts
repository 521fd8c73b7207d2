import { Module } from '@nestjs/common';
import { WorkingDayCalendar } from '@civic/platform';
import { GetResponseTimesReportHandler } from './get-response-times-report.handler';
import { GetThroughputReportHandler } from './get-throughput-report.handler';
import { GetParticipationReportHandler } from './get-participation-report.handler';
import { REPORT_TIME_ZONE } from './report-time-zone';
import { ReportsController } from './reports.controller';
import { CitizenVoiceReportsController } from './citizen-voice-reports.controller';

/** The management reports (GET /reports/...), read from the response_times projection with plain SQL (DataSource.query). */
@Module({
  controllers: [ReportsController, CitizenVoiceReportsController],
  providers: [
    GetResponseTimesReportHandler,
    GetThroughputReportHandler,
    GetParticipationReportHandler,
    { provide: REPORT_TIME_ZONE, useFactory: (calendar: WorkingDayCalendar) => calendar.options.timeZone, inject: [WorkingDayCalendar] },
  ],
})
export class ReportsModule {}
