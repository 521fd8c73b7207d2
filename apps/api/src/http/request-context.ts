import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { ProblemError } from './problem';

/** Who is asking and which request chain this is: goes into every event's metadata. */
export interface RequestContext {
  readonly actor: string;
  readonly correlationId: string;
}

const ACTOR_PATTERN = /^[\w.@:-]{1,100}$/;
/** Set for every request by the correlationIds middleware. */
function correlationIdOf(request: Request): string {
  return request.header('x-correlation-id') ?? randomUUID();
}

/**
 * Staff requests. Until sign-in arrives, staff endpoints are open outside
 * production and the actor is the X-Dev-Actor header; only this function
 * changes when tokens replace it.
 */
export function staffContextOf(request: Request, production = process.env.NODE_ENV === 'production'): RequestContext {
  if (production) throw new ProblemError(401, 'sign-in-required', 'Staff sign-in is required', 'Staff endpoints are closed in production until sign-in is configured.');
  const actor = request.header('x-dev-actor') ?? 'dev';
  if (!ACTOR_PATTERN.test(actor)) throw new ProblemError(400, 'bad-actor-header', 'X-Dev-Actor is not a valid subject', 'Use 1–100 letters, digits or . _ @ : -');
  return { actor, correlationId: correlationIdOf(request) };
}

export const StaffContext = createParamDecorator((_: unknown, context: ExecutionContext) => staffContextOf(context.switchToHttp().getRequest<Request>()));

export const CitizenContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestContext => ({ actor: 'citizen', correlationId: correlationIdOf(context.switchToHttp().getRequest<Request>()) }),
);
