import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemError } from './problem';
import { toProblem } from './problem-details.filter';
import { problemInstance } from './problem-instance';
import { invalidFields } from './validation';
import { sendOpen311Refusal } from '../open311/open311-refusal';

/**
 * Deeper than any body the API takes (an idea is 3 levels), far below what
 * overflows the stack in class-transformer (about 2,400 levels).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * NUL, which PostgreSQL's text and jsonb cannot hold, and half of a UTF-16
 * surrogate pair without its other half, which is not Unicode at all.
 */
// eslint-disable-next-line no-control-regex -- NUL is what it looks for
const ILL_FORMED = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ILL_FORMED_EVERYWHERE = new RegExp(ILL_FORMED.source, 'g');

/** The longest field name a problem repeats back. */
const FIELD_ECHO_MAX = 200;

/** The headers whose values the service stores or repeats. */
const DATA_HEADERS = ['idempotency-key', 'x-correlation-id', 'if-match'] as const;

export function isWellFormedText(text: string): boolean {
  return !ILL_FORMED.test(text);
}

export type IllFormedInput = { readonly field: string; readonly reason: 'text' | 'depth' };

/**
 * The first string (value or key) that is not well-formed text, or the first
 * place nested deeper than `maxDepth`, in a parsed body or query. The walk
 * stops at the limit, so it cannot overflow the stack itself.
 */
export function findIllFormed(value: unknown, maxDepth = MAX_JSON_DEPTH, path = '', depth = 0): IllFormedInput | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : { field: path, reason: 'text' };
  if (value === null || typeof value !== 'object') return null;
  if (depth >= maxDepth) return { field: path, reason: 'depth' };
  for (const [key, item] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (!isWellFormedText(key)) return { field, reason: 'text' };
    const found = findIllFormed(item, maxDepth, field, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * One check of every string a client sends, before any of it reaches a
 * controller, a validator or PostgreSQL: the path, the query, the headers the
 * service keeps, and the parsed body (JSON or the one-click form).
 */
export function refuseIllFormedInput(request: Request, response: Response, next: NextFunction): void {
  const problem = illFormedPath(request.path) ?? illFormedHeaders(request) ?? illFormedData(request.query) ?? illFormedData(request.body);
  if (!problem) return next();
  if (sendOpen311Refusal(request, response, problem)) return;
  response
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...toProblem(problem), instance: problemInstance(request.originalUrl) }));
}

function illFormedPath(path: string): ProblemError | null {
  const segments = path.split('/');
  for (const [index, segment] of segments.entries()) {
    let text: string;
    try {
      text = decodeURIComponent(segment);
    } catch {
      return invalidPath(`Segment ${index} of the path is not valid percent-encoded UTF-8.`);
    }
    if (!isWellFormedText(text)) return invalidPath(`Segment ${index} of the path holds a NUL character or an unpaired surrogate.`);
  }
  return null;
}

/** Never repeats the segment: it may be a citizen's tracking token. */
function invalidPath(message: string): ProblemError {
  return new ProblemError(400, 'invalid-path', 'The URL path is not valid text', message, { errors: [{ field: 'path', message }] });
}

/** Node's HTTP parser already refuses NUL in a header; this holds even with a lenient parser. */
function illFormedHeaders(request: Request): ProblemError | null {
  const header = DATA_HEADERS.find((name) => {
    const value = request.headers[name];
    return value !== undefined && !(Array.isArray(value) ? value : [value]).every(isWellFormedText);
  });
  if (!header) return null;
  const message = `${header} must not contain NUL characters or unpaired surrogates`;
  return new ProblemError(400, 'invalid-header', 'A header is not valid text', message, { errors: [{ field: header, message }] });
}

function illFormedData(data: unknown): ProblemError | null {
  const found = findIllFormed(data);
  if (!found) return null;
  const field = echo(found.field);
  if (found.reason === 'depth') {
    const message = `nested deeper than ${MAX_JSON_DEPTH} levels`;
    return new ProblemError(
      400,
      'json-too-deep',
      'The request body is nested too deeply',
      `JSON objects and arrays may be nested at most ${MAX_JSON_DEPTH} levels deep.`,
      { errors: [{ field, message }] },
    );
  }
  return invalidFields([{ field, message: `${field} must not contain NUL characters or unpaired surrogates` }]);
}

/** A field name fit to repeat: well-formed and short. */
function echo(field: string): string {
  const text = field.replace(ILL_FORMED_EVERYWHERE, '\ufffd');
  return text.length > FIELD_ECHO_MAX ? `${text.slice(0, FIELD_ECHO_MAX)}…` : text;
}
