import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EventStoreUnavailable, isPostgresUnavailable, WrongExpectedVersion } from '@civic/event-store';
import { StaleRevisionError } from '@civic/casework';
import { DomainError } from '@civic/domain';
import { type Problem, PROBLEM_CONTENT_TYPE, ProblemError, problemType } from './problem';
import { problemInstance } from './problem-instance';

const DOMAIN_STATUS = { conflict: 409, invalid: 422, 'not-found': 404 } as const;

/** How long a client should wait before asking again when we answer 503. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * PostgreSQL's undefined_column and undefined_table: a read model still in
 * the previous version's shape after an upgrade, until the worker's rebuild
 * switches it (a minute or so). Still logged: it could also be our bug.
 */
const READ_MODEL_OUT_OF_SHAPE = new Set(['42703', '42P01']);

/** A read model's view lacks a table or column this version reads: the worker is rebuilding it after an upgrade. */
export function isReadModelOutOfShape(error: unknown): boolean {
  return READ_MODEL_OUT_OF_SHAPE.has(String((error as { code?: unknown } | null)?.code));
}

/** A server we depend on is down: a line now and then, not a stack trace per request for as long as the outage lasts. */
const UNAVAILABLE = new Set(['database-unavailable', 'event-store-unavailable']);
const UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

/** Every error leaves as application/problem+json; only our own faults are 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = { ...toProblem(error), instance: problemInstance(request.originalUrl) };
    if (UNAVAILABLE.has(String(problem.code))) this.logUnavailable(request, problem, error);
    else if (problem.status >= 500) this.logger.error(`${request.method} ${problem.instance}`, error instanceof Error ? error.stack : String(error));
    if (problem.status === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private lastUnavailableLog = 0;
  private unavailableSinceLog = 0;

  /** Why the server answers 503, once per few seconds for as long as an outage lasts (each request's own line says that it did). */
  private logUnavailable(request: Request, problem: Problem, error: unknown): void {
    const now = Date.now();
    if (now - this.lastUnavailableLog < UNAVAILABLE_LOG_INTERVAL_MS) {
      this.unavailableSinceLog++;
      return;
    }
    const more = this.unavailableSinceLog > 0 ? ` (and ${this.unavailableSinceLog} more since the last such line)` : '';
    this.logger.warn(`${request.method} ${problem.instance}: ${problem.code}: ${error instanceof Error ? error.message : String(error)}${more}`);
    this.lastUnavailableLog = now;
    this.unavailableSinceLog = 0;
  }
}

export function toProblem(error: unknown): Problem {
  if (error instanceof ProblemError) {
    return { type: problemType(error.code), title: error.title, status: error.status, detail: error.detail, code: error.code, ...error.extensions };
  }
  if (error instanceof DomainError) {
    return {
      type: problemType(error.code),
      title: titleOf(error.code),
      status: DOMAIN_STATUS[error.kind],
      detail: error.message,
      code: error.code,
      ...(error.field ? { errors: [{ field: error.field, message: error.message }] } : {}),
    };
  }
  if (error instanceof StaleRevisionError) {
    return {
      type: problemType('stale-revision'),
      title: 'The idea has changed since you read it',
      status: 412,
      detail: error.message,
      code: 'stale-revision',
      currentRevision: error.currentRevision,
    };
  }
  if (error instanceof WrongExpectedVersion) {
    return {
      type: problemType('concurrent-change'),
      title: 'Someone else changed this idea at the same moment',
      status: 409,
      detail: `The idea moved on to revision ${error.actual} while this change was being made. Reload it and try again.`,
      code: 'concurrent-change',
    };
  }
  if (error instanceof EventStoreUnavailable) {
    // Not the client's mistake. A connection lost during a commit leaves its outcome unknown: If-Match and Idempotency-Key make the retry safe.
    return {
      type: problemType('event-store-unavailable'),
      title: 'The event store is not reachable',
      status: 503,
      detail: 'Please try again in a moment.',
      code: 'event-store-unavailable',
    };
  }
  if (isPostgresUnavailable(error)) {
    // PostgreSQL down, restarting or out of connections (read models, reference data, the personal-data vault): the service recovers when it returns.
    return {
      type: problemType('database-unavailable'),
      title: 'The database is not reachable',
      status: 503,
      detail: 'Please try again in a moment.',
      code: 'database-unavailable',
    };
  }
  if (isReadModelOutOfShape(error)) {
    return {
      type: problemType('read-model-upgrading'),
      title: 'This view is being rebuilt after an upgrade',
      status: 503,
      detail: 'Nothing was changed. Please try again in a minute.',
      code: 'read-model-upgrading',
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const detail =
      typeof body === 'string' ? body : typeof (body as { message?: unknown }).message === 'string' ? (body as { message: string }).message : undefined;
    return { type: 'about:blank', title: statusTitle(status, error.message), status, detail };
  }
  return { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Something went wrong on our side. It has been logged.' };
}

function titleOf(code: string): string {
  const text = code.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function statusTitle(status: number, fallback: string): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
  };
  return titles[status] ?? fallback;
}
