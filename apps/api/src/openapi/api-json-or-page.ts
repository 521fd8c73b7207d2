import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT, type ProblemResponses, UNAVAILABLE } from './api-problems';

/** A citizen page, rendered on the server (apps/api/src/pages). */
const PAGE_CONTENT = { 'text/html': { schema: { type: 'string', description: 'The page, for a client that prefers text/html (a browser)' } } } as const;

/**
 * A URL that answers an API client with JSON and a browser (Accept preferring
 * text/html) with a page, as pages/browser-pages.ts routes it (Vary: Accept).
 * The listed errors, and 503, come as problem+json or as an error page alike;
 * what the middleware refuses before routing stays problem+json.
 */
export const ApiJsonOrPage = (view: Type, errors: ProblemResponses) =>
  applyDecorators(
    ApiExtraModels(view),
    ApiResponse({
      status: 200,
      description: 'JSON; a page (text/html) when the client prefers HTML, as a browser does',
      content: { 'application/json': { schema: { $ref: getSchemaPath(view) } }, ...PAGE_CONTENT },
    }),
    ...Object.entries({ 503: UNAVAILABLE, ...errors }).map(([status, description]) =>
      ApiResponse({ status: Number(status), description, content: { ...PROBLEM_CONTENT, ...PAGE_CONTENT } }),
    ),
  );
