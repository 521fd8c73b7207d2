export * from './runner/projection';
export * from './runner/idea-row-projection';
export { ensureProjection, activeGeneration, tableNames } from './runner/generations';
export { catchUpProjection, type CatchUpProgress } from './runner/catch-up';
export { rebuildProjection, RebuildAlreadyRunning, type RebuildProgress, type RebuildResult } from './runner/rebuild';
export { inBatches } from './runner/in-batches';
export { ProjectionRunner, type ProjectionRunnerOptions, type RunnerLogger, SILENT_RUNNER_LOGGER } from './runner/projection-runner';
export { projectionStatus, type ProjectionStatus } from './runner/projection-status';
export { allProjections } from './all-projections';
export * from './department-inbox';
export {
  responseTimesProjection,
  ResponseTimesEntity,
  responseTimesReport,
  RESPONSE_TIMES_GROUPINGS,
  type ResponseTimesGrouping,
  type ResponseTimesReport,
  type ResponseTimesReportParams,
  throughputReport,
  type ThroughputReport,
  responseTimesCsv,
  throughputCsv,
} from './response-times';
export * from './public-status';
