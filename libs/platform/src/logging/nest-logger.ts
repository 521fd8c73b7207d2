import { Logger, type LoggerService } from '@nestjs/common';
import { Logger as PinoNestLogger, PinoLogger, type Params } from 'nestjs-pino';
import { configureRootLogger, type LogDestination, rootLogger } from './root-logger';

/** Nest's start-up chatter (a line per module and per route, ~75 in all): there at debug level, not in everyone's way. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

class CivicNestLogger extends PinoNestLogger {
  log(message: unknown, ...optionalParams: unknown[]): void {
    if (START_UP_CONTEXTS.has(optionalParams[optionalParams.length - 1] as string)) super.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

let params: Params | null = null;
let nestLogger: LoggerService | null = null;

/**
 * nestjs-pino's parameters, the same for every Nest app and context of the process (nestjs-pino keeps one root per process).
 * `useExisting`: the request's logger is the one `requestLogging` (http-logging.ts) made, which also writes the request's line.
 */
export function nestLoggerParams(): Params {
  return (params ??= { pinoHttp: { logger: rootLogger() }, useExisting: true });
}

/** Nest's logger service on the process's pino logger: the logger of NestFactory.create / createApplicationContext. */
export function structuredNestLogger(): LoggerService {
  return (nestLogger ??= new CivicNestLogger(new PinoLogger(nestLoggerParams()), nestLoggerParams()));
}

/**
 * Sets up the process's logger from LOG_LEVEL and LOG_FORMAT (a bad value is a ConfigError), and from now on
 * every `new Logger(context)` logs through it, also before a Nest app exists. Call it first thing in a main.
 */
export function useStructuredLogs(destination: LogDestination = { stream: process.stdout }): LoggerService {
  configureRootLogger(destination);
  const logger = structuredNestLogger();
  Logger.overrideLogger(logger);
  return logger;
}
