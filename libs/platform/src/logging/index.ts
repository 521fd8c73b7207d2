export { currentLogContext, type LogContext, runInLogContext } from './log-context';
export { LOG_LEVELS, type LogFormat, type LogLevelName, type LogSettings, logSettingsFrom } from './log-settings';
export { configureRootLogger, createRootLogger, type LogDestination, rootLogger } from './root-logger';
export { requestLogging } from './http-logging';
export { nestLoggerParams, structuredNestLogger, useStructuredLogs } from './nest-logger';
export { withoutTrackingToken } from './tracking-token-redaction';
