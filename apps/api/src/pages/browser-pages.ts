import type { NextFunction, Request, Response } from 'express';

/**
 * The URLs we have always given out answer a browser with a page and any
 * other client with the JSON it gets today: a browser's request is routed to
 * the page's own route before Nest routes it. A tracking page stays under
 * /track/<token>, so the logs' redaction of the token still holds.
 */
const NEGOTIATED: readonly [RegExp, (path: string) => string][] = [
  [/^\/$/, () => '/pages/home'],
  [/^\/public\/ideas\/?$/, () => '/pages/public/ideas'],
  // /public/ideas/similar is JSON for the submit form's script, not an idea's page.
  [/^\/public\/ideas\/(?!similar$)[^/]+$/, (path) => `/pages${path}`],
  [/^\/track\/[^/]+$/, (path) => `${path}/page`],
  [/^\/supports\/[^/]+$/, (path) => `${path}/page`],
  [/^\/budget-rounds\/[^/]+$/, (path) => `/pages${path}`],
  [/^\/initiatives\/?$/, () => '/pages/initiatives'],
  [/^\/initiatives\/[^/]+$/, (path) => `/pages${path}`],
];

/** The forms the pages post (application/x-www-form-urlencoded); body parsing lets these through. */
export const PAGE_FORM_PATHS =
  /^\/(submit|track\/[^/]+\/page\/(reply|withdraw|erase|stop-emails|satisfaction)|pages\/public\/ideas\/[^/]+\/(support|report)|supports\/[^/]+\/page\/(confirm|withdraw)|staff\/[\w/-]+|initiatives\/[^/]+\/(sign(\/identity)?|confirm\/[^/]+)|budget-rounds\/[^/]+\/(vote(\/identity)?|ballots\/confirm\/[^/]+))$/;

export function browserPages(request: Request, response: Response, next: NextFunction): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return next();
  const path = request.path;
  const route = NEGOTIATED.find(([pattern]) => pattern.test(path));
  if (!route) return next();
  response.vary('Accept');
  if (request.accepts(['application/json', 'text/html']) === 'text/html') {
    const query = request.url.indexOf('?');
    request.url = route[1](path) + (query >= 0 ? request.url.slice(query) : '');
  }
  next();
}
