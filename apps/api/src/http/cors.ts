import type { CorsOptions, CorsOptionsDelegate } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { Request } from 'express';

const ALLOWED: CorsOptions = {
  origin: true,
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Correlation-Id'],
  exposedHeaders: ['ETag', 'Retry-After', 'X-Correlation-Id', 'Idempotent-Replayed'],
  maxAge: 600,
};

/** Listed origins get the CORS headers; any other origin gets none at all, not even on a preflight. */
export function corsAllowList(origins: readonly string[]): CorsOptionsDelegate<Request> {
  const allowed = new Set(origins);
  return (request, callback) => {
    const origin = request.header('origin');
    callback(null, origin !== undefined && allowed.has(origin) ? ALLOWED : { origin: false });
  };
}
