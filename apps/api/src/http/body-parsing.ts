import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { PAGE_FORM_PATHS } from '../pages/browser-pages';
import { toProblem } from './problem-details.filter';
import { PROBLEM_CONTENT_TYPE, ProblemError } from './problem';
import { problemInstance } from './problem-instance';
import { sendOpen311Refusal } from '../open311/open311-refusal';

/** A description of 10,000 characters fits with room to spare; more is refused before parsing. */
export const BODY_LIMIT = '100kb';

/** The only bodies the API reads. */
const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * The one exception: RFC 8058 one-click unsubscribing, where the mail client
 * POSTs `List-Unsubscribe=One-Click` as a form (and so does the page's button).
 */
const FORM_TYPE = 'application/x-www-form-urlencoded';
const ONE_CLICK_UNSUBSCRIBE = /^\/track\/[^/]+\/unsubscribe\/?$/;
/** And Open311 GeoReport v2, whose clients POST service requests as forms. */
const OPEN311_REQUESTS = /^\/open311\/v2\/requests\.[a-z]+$/;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Our own JSON parser (and the one-click form), so malformed or oversized bodies answer as problems, not as HTML. */
export function useJsonBodies(app: NestExpressApplication): void {
  app.use(refuseOtherBodies);
  app.use(express.json({ limit: BODY_LIMIT, strict: true, type: JSON_TYPES }));
  const forms = express.urlencoded({ limit: BODY_LIMIT, extended: false, type: FORM_TYPE });
  app.use((request: Request, response: Response, next: NextFunction) => (takesForms(request) ? forms(request, response, next) : next()));
  app.use((error: { type?: string; status?: number } | undefined, request: Request, response: Response, next: NextFunction) => {
    if (!error) return next();
    const problem: ProblemError =
      error.type === 'entity.too.large'
        ? new ProblemError(413, 'body-too-large', 'The request body is too large', `At most ${BODY_LIMIT} of JSON is accepted.`)
        : error.type === 'entity.parse.failed'
          ? new ProblemError(400, 'malformed-json', 'The request body is not valid JSON', 'Send a JSON object with Content-Type: application/json.')
          : new ProblemError(error.status && error.status < 500 ? error.status : 400, 'unreadable-body', 'The request body could not be read');
    send(request, response, problem);
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (Array.isArray(request.body))
      return send(request, response, new ProblemError(400, 'malformed-json', 'The request body must be a JSON object, not an array'));
    next();
  });
}

/** Any other body is refused before a byte of it is read, so no size of it can cost memory. */
function refuseOtherBodies(request: Request, response: Response, next: NextFunction): void {
  if (!BODY_METHODS.has(request.method) || !hasBody(request) || request.is(JSON_TYPES) || (takesForms(request) && request.is(FORM_TYPE))) return next();
  // The unread rest of the body must not be taken for the next request on this connection.
  response.setHeader('Connection', 'close');
  send(
    request,
    response,
    new ProblemError(
      415,
      'unsupported-media-type',
      'Unsupported Media Type',
      takesForms(request)
        ? 'Send the body as a form (Content-Type: application/x-www-form-urlencoded).'
        : 'Send the body as JSON with Content-Type: application/json.',
    ),
  );
}

function takesForms(request: Request): boolean {
  return request.method === 'POST' && (ONE_CLICK_UNSUBSCRIBE.test(request.path) || OPEN311_REQUESTS.test(request.path) || PAGE_FORM_PATHS.test(request.path));
}

function hasBody(request: Request): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

function send(request: Request, response: Response, problem: ProblemError): void {
  if (sendOpen311Refusal(request, response, problem)) return;
  response
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...toProblem(problem), instance: problemInstance(request.originalUrl) }));
}
