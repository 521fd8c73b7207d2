import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Options } from 'pino-http';
import { withoutTrackingToken } from './tracking-token-redaction';

type Request = IncomingMessage & { originalUrl?: string };

const urlOf = (request: Request) => withoutTrackingToken(request.originalUrl ?? request.url ?? '');

/**
 * One line per request, and the request's correlation id on every line
 * logged while it is handled. Method, path (without a tracking token) and
 * status only: no headers (tokens, cookies), no client address, no body.
 */
export function httpLoggingOptions(logger: Logger): Options<Request, ServerResponse> {
  return {
    logger,
    // The correlationIds middleware runs first and has set the header (the caller's id, or a new one).
    genReqId: (request) => String(request.headers['x-correlation-id'] ?? randomUUID()),
    customAttributeKeys: { reqId: 'correlationId' },
    quietReqLogger: true,
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, url: withoutTrackingToken(request.url ?? '') }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (request, response, error) => (error || response.statusCode >= 500 ? 'error' : urlOf(request).startsWith('/health') ? 'debug' : 'info'),
    customSuccessMessage: (request, response, ms) => `${request.method} ${urlOf(request)} ${response.statusCode} (${Math.round(ms)} ms)`,
    customErrorMessage: (request, response) => `${request.method} ${urlOf(request)} ${response.statusCode}`,
  };
}
