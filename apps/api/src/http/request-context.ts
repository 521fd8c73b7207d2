import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { staffOf } from '../auth/staff-of-request';
import type { CommandContext, StaffMember } from '@civic/casework';

/** Who is asking and which request chain this is: goes into every event's metadata. */
export type RequestContext = CommandContext;

/** A signed-in staff member's request: the actor is the token's subject. */
export interface StaffRequestContext extends RequestContext {
  readonly staff: StaffMember;
}

/** Set for every request by the correlationIds middleware. */
function correlationIdOf(request: Request): string {
  return request.header('x-correlation-id') ?? randomUUID();
}

/** The staff member the guard verified; a route reaching here without @Roles is a defect, so it fails closed. */
export function staffContextOf(request: Request): StaffRequestContext {
  const staff = staffOf(request);
  if (!staff)
    throw new Error(`${request.method} ${request.originalUrl ?? request.url} reads the staff context but has no @Roles(...): mark it so the token is verified`);
  return { actor: staff.subject, correlationId: correlationIdOf(request), staff };
}

export const StaffContext = createParamDecorator((_: unknown, context: ExecutionContext) => staffContextOf(context.switchToHttp().getRequest<Request>()));

export const CitizenContext = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => ({
  actor: 'citizen',
  correlationId: correlationIdOf(context.switchToHttp().getRequest<Request>()),
}));
