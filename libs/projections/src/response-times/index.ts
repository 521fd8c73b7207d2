export { responseTimesProjection, responseTimesModel, foldResponseTimes, DEFAULT_RESPONSE_WORKING_DAYS, type ResponseDeadlines } from './response-times.projection';
export type { ResponseTimesRow, ClosedOutcome } from './response-times.row';
export { RESPONSE_TIMES } from './response-times.table';
export { ResponseTimesEntity } from './response-times.entity';
export type { ReportPeriod, ReportSql } from './report-sql';
export {
  responseTimesReport,
  RESPONSE_TIMES_GROUPINGS,
  type ResponseTimesGrouping,
  type ResponseTimesReport,
  type ResponseTimesReportParams,
  type ResponseTimesGroup,
  type ResponseTimesFigures,
} from './response-times.query';
export { throughputReport, type ThroughputReport, type ThroughputMonth } from './throughput.query';
export { responseTimesCsv, throughputCsv } from './report-csv';
