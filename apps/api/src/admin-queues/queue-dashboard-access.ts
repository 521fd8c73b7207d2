import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { bearerToken, roleNotAllowed, signInRequired, verifyStaffToken } from '../auth/staff-auth.guard';
import type { StaffDirectory } from '../auth/staff-directory';
import type { StaffTokenVerifier } from '../auth/staff-token-verifier';
import { toProblem } from '../http/problem-details.filter';
import { PROBLEM_CONTENT_TYPE, ProblemError } from '../http/problem';
import { problemInstance } from '../http/problem-instance';
import { adminSessionToken } from './admin-session-cookie';
import type { StaffMember } from '@civic/casework';

const logger = new Logger('QueueDashboard');

/**
 * The board is Express, not Nest, so the guard never sees it: this does the
 * guard's work in front of it, with the same answers (401 with a challenge,
 * 403, 503), taking the token from the Authorization header or the session cookie.
 */
export function queueDashboardAccess(
  verifier: StaffTokenVerifier,
  directory: Pick<StaffDirectory, 'noteSignIn'>,
  fromStaffSession: StaffFromSession = async () => null,
): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    void admit(request, response, verifier, directory, fromStaffSession).then(
      () => next(),
      (error: unknown) => refuse(request, response, error),
    );
  };
}

/** The member signed in to the staff pages (/staff) in this browser, if any: an admin there reaches the board without a token. */
export type StaffFromSession = (request: Request, response: Response) => Promise<StaffMember | null>;

async function admit(
  request: Request,
  response: Response,
  verifier: StaffTokenVerifier,
  directory: Pick<StaffDirectory, 'noteSignIn'>,
  fromStaffSession: StaffFromSession,
): Promise<void> {
  const header = bearerToken(request);
  const token = header === undefined ? adminSessionToken(request) : header;
  const signedIn = token === undefined ? await fromStaffSession(request, response) : null;
  if (token === undefined && signedIn === null)
    throw signInRequired(response, 'Sign in at /staff, send an admin’s bearer token, or open a session first with POST /admin/queues/session.');
  const staff = signedIn ?? (await verifyStaffToken(verifier, token!, response, logger));
  directory.noteSignIn(staff);
  const roles = ENDPOINT_ROLES.queueDashboard;
  if (!roles.some((role) => staff.roles.has(role))) throw roleNotAllowed(roles);
}

/** After the access check: while Redis is down an admin gets 503 at once, not a page that waits for it. */
export function queueDashboardReachable(dashboard: { reachable(): Promise<boolean> }): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    void dashboard.reachable().then((up) => {
      if (up) return next();
      response.setHeader('Retry-After', '30');
      refuse(
        request,
        response,
        new ProblemError(
          503,
          'job-queue-unavailable',
          'The job queue (Redis) is not reachable',
          'The jobs are kept in Redis and will show again once it is back. Nothing was changed.',
        ),
      );
    });
  };
}

function refuse(request: Request, response: Response, error: unknown): void {
  const problem = { ...toProblem(error), instance: problemInstance(request.originalUrl) };
  if (problem.status >= 500 && problem.status !== 503)
    logger.error(`${request.method} ${problem.instance}`, error instanceof Error ? error.stack : String(error));
  response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
