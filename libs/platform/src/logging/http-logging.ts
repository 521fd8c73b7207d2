import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { withoutTrackingToken } from './tracking-token-redaction';

type Request = IncomingMessage & { originalUrl?: string; id?: string; log?: Logger };
type Response = ServerResponse & { err?: unknown };

const urlOf = (request: Request) => withoutTrackingToken(request.originalUrl ?? request.url ?? '');

/**
 * One line per request, and the request's correlation id on every line
 * logged while it is handled (`request.log`, which nestjs-pino hands to Nest's
 * loggers: `LoggerModule` with `useExisting`). Method, path (without a
 * tracking token) and status only: no headers (tokens, cookies), no client
 * address, no body. The line is the one pino-http wrote:
 * `{"level":30,…,"correlationId":…,"req":{"method","url"},"res":{"statusCode"},"responseTime":…,"msg":"POST /ideas 201 (3 ms)"}`.
 *
 * What pino-http cost a request (two child loggers, its request serializer
 * wrapping ours, the root's redaction run over the line) was most of the
 * logging's share of a submit; this makes one child and writes the line
 * through a logger without redaction: the line holds only the fields built
 * here, none of which the redaction paths name, so it reads the same. Lines
 * of failed requests (5xx) still go through the redacting logger.
 */
export function requestLogging(logger: Logger): (request: Request, response: Response, next: () => void) => void {
  const access = logger.child({}, { redact: [] });
  return (request, response, next) => {
    // The correlationIds middleware runs first and has set the header (the caller's id, or a new one).
    const correlationId = String(request.headers['x-correlation-id'] ?? randomUUID());
    const started = Date.now();
    const log = logger.child({ correlationId });
    request.id = correlationId;
    request.log = log;
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      response.removeListener('finish', done);
      response.removeListener('close', done);
      logLine(access, log, request, response, correlationId, Date.now() - started);
    };
    response.on('finish', done);
    response.on('close', done);
    next();
  };
}

function logLine(access: Logger, log: Logger, request: Request, response: Response, correlationId: string, responseTime: number): void {
  const url = urlOf(request);
  const status = response.statusCode;
  if (response.err || status >= 500) {
    const err = response.err ?? new Error(`failed with status code ${status}`);
    log.error({ req: { method: request.method, url }, res: { statusCode: status }, err, responseTime }, `${request.method} ${url} ${status}`);
    return;
  }
  const level = url.startsWith('/health') ? 'debug' : 'info';
  if (!access.isLevelEnabled(level)) return;
  access[level](
    { correlationId, req: { method: request.method, url }, res: { statusCode: status }, responseTime },
    `${request.method} ${url} ${status} (${Math.round(responseTime)} ms)`,
  );
}
