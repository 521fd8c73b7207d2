import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const CORRELATION_PATTERN = /^[\w.:-]{1,100}$/;

/** Every request carries a correlation id (the caller's, or a new one), echoed back and stored in each event it causes. */
export function correlationIds(request: Request, response: Response, next: NextFunction): void {
  const given = request.header('x-correlation-id');
  const id = given && CORRELATION_PATTERN.test(given) ? given : randomUUID();
  request.headers['x-correlation-id'] = id;
  response.setHeader('X-Correlation-Id', id);
  next();
}
