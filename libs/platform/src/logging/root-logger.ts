import { pino, type DestinationStream, type Logger } from 'pino';
import PinoPretty from 'pino-pretty';
import { currentLogContext } from './log-context';
import { logSettingsFrom, type LogSettings } from './log-settings';

/**
 * A safety net only: no code logs personal data or tracking tokens on purpose
 * (lines name ideas, events and jobs by id). Should an object with one of
 * these keys ever be logged, its value is replaced.
 */
const REDACTED = ['email', 'phone', 'contact', 'token', 'trackingToken', 'authorization', 'cookie'];
const REDACT_PATHS = [...REDACTED, ...REDACTED.map((key) => `*.${key}`), 'req.headers', 'res.headers'];

/** Keys a person at a terminal does not need on every line (the JSON lines keep them). */
const HIDDEN_WHEN_PRETTY = 'pid,hostname,context,req,res,responseTime,correlationId,jobId';

export interface LogDestination {
  /** Where the lines go: stdout for services, stderr for commands whose stdout is their result. */
  readonly stream: NodeJS.WriteStream;
  /**
   * A busy service's JSON lines on a non-terminal stdout, gathered and written off the event loop (bufferedStdout).
   * Off for everything else: a launcher's few lines must interleave in order with its children's, and an in-process
   * test captures lines through the stream object.
   */
  readonly buffered?: boolean;
}

/** One pino logger per process, JSON lines or pretty ones, with the correlation id of the work in progress on every line. */
export function createRootLogger(settings: LogSettings, destination: LogDestination = { stream: process.stdout }): Logger {
  const target: DestinationStream =
    settings.format === 'pretty'
      ? PinoPretty({
          colorize: destination.stream.isTTY === true,
          sync: true,
          destination: fileDescriptorOf(destination.stream) ?? destination.stream,
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: HIDDEN_WHEN_PRETTY,
          messageFormat: '{if context}[{context}] {end}{if job}({job}) {end}{msg}',
          singleLine: true,
        })
      : destination.buffered === true && destination.stream === process.stdout && !process.stdout.isTTY
        ? bufferedStdout()
        : // Through the stream object rather than its file descriptor, so what a process writes can be captured (tests).
          destination.stream;
  return pino(
    {
      level: settings.level,
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => ({ ...currentLogContext() }),
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    target,
  );
}

let stdoutLines: DestinationStream | null = null;

/**
 * A service's JSON lines on stdout (a file or a pipe): a `write` to either
 * blocks the event loop until the kernel has taken the line (a busy disk, a
 * slow log collector), once per request. These are gathered instead and written
 * by libuv's threads in batches of about 4 kB, and at least every 200 ms. pino
 * writes what is left synchronously when the process exits (process.exit, an
 * uncaught error); a SIGKILL loses at most the last 200 ms. One per process.
 */
function bufferedStdout(): DestinationStream {
  return (stdoutLines ??= pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 200 }));
}

/** stdout and stderr by descriptor: pino-pretty then writes synchronously, so no line is lost when the process exits just after. */
function fileDescriptorOf(stream: NodeJS.WriteStream): number | null {
  return stream === process.stdout ? 1 : stream === process.stderr ? 2 : null;
}

let root: Logger | null = null;

/** Sets up the process's logger from LOG_LEVEL and LOG_FORMAT; call it first thing in a main (a bad value is a ConfigError). */
export function configureRootLogger(destination: LogDestination = { stream: process.stdout }, env: NodeJS.ProcessEnv = process.env): Logger {
  root = createRootLogger(logSettingsFrom(env, destination.stream.isTTY === true), destination);
  return root;
}

/** The process's logger (set up from the environment on first use). */
export function rootLogger(): Logger {
  return root ?? configureRootLogger();
}
