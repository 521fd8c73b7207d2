import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

/** The request's correlation id (set by the correlation middleware), as the API's staff context has it. */
export function correlationIdOf(request: Request): string {
  return request.header('x-correlation-id') ?? randomUUID();
}
