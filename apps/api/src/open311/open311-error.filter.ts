import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ProblemError } from '../http/problem';
import { RETRY_AFTER_SECONDS, toProblem } from '../http/problem-details.filter';
import { Open311Error } from './open311-error';
import { formatOfPath, send, XML } from './open311-format';
import { describeProblem } from './open311-refusal';

/**
 * Every error under /open311/v2 in GeoReport v2's format, whatever raised it
 * (our checks, a rate limit, the submit command's own 4xx), so a client such
 * as FixMyStreet can read it; never a 500 for a client's mistake.
 */
@Catch()
export class Open311ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { status, description } = this.describe(error);
    if (response.headersSent) return;
    if (status === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    send(response, formatOfPath(request.path), status, [{ code: status, description }], XML.errors);
  }

  private describe(error: unknown): { status: number; description: string } {
    if (error instanceof Open311Error) return { status: error.status, description: error.description };
    if (error instanceof ProblemError) return { status: error.status, description: describeProblem(error) };
    if (error instanceof HttpException) {
      const body = error.getResponse();
      const message = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? error.message);
      return { status: error.getStatus(), description: Array.isArray(message) ? message.join('; ') : String(message) };
    }
    // The rest of the API's mapping: an unreachable database or event store is a 503 to retry, a domain refusal its 4xx.
    const problem = toProblem(error);
    if (problem.status < 500 || problem.status === 503) return { status: problem.status, description: problem.detail ?? problem.title };
    this.logger.error(error);
    return { status: 500, description: 'Something went wrong on our side; please try again later.' };
  }
}
