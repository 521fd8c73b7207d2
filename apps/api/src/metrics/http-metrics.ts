import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { CivicMetrics } from '@civic/platform';

/** The label of a request no route took (an unknown path, or one refused before routing, e.g. a body too large). */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * Times every request, from the first middleware to the last byte out, by
 * the route's template (`/ideas/:id/route`): never the raw path, which holds
 * ids and citizens' tracking tokens. Express sets req.route once a route
 * takes the request, so guards' 401/403/429 count under their route too.
 */
export function httpMetrics(metrics: CivicMetrics = CivicMetrics.of()): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const route = routeTemplate(request);
      metrics.httpRequestDuration.observe(
        { method: request.method, route, status: String(response.statusCode) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    next();
  };
}

/** Where Nest mounts a middleware for every path (nestjs-pino's request logging): no endpoint, so a request last seen there matched none. */
const EVERY_PATH = '{/*splat}';

function routeTemplate(request: Request): string {
  const path: unknown = request.route?.path;
  if (typeof path !== 'string' || path === EVERY_PATH) return UNMATCHED_ROUTE;
  return `${request.baseUrl}${path}` || '/';
}
