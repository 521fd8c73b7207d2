import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';

/** The status codes an operation may answer with a problem document, and what each means there. */
export type ProblemResponses = Partial<Record<400 | 401 | 403 | 404 | 406 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 503, string>>;

export const PROBLEM_SCHEMA_REF = '#/components/schemas/Problem';

/** Every operation reads PostgreSQL or the event store (completeOpenApiDocument adds it to each). */
export const UNAVAILABLE =
  'PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again';

/** The content of every error response: application/problem+json (RFC 9457). */
export const PROBLEM_CONTENT = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: PROBLEM_SCHEMA_REF } } } as const;

/** Documents the errors an operation gives beyond the ones every operation can (see completeOpenApiDocument). */
export const ApiProblems = (responses: ProblemResponses) =>
  applyDecorators(...Object.entries(responses).map(([status, description]) => ApiResponse({ status: Number(status), description, content: PROBLEM_CONTENT })));

/** A staff change guarded by the revision the caller read: If-Match is required (428), must be a revision (400) and must still be current (412). */
export const ApiIfMatch = () =>
  applyDecorators(
    ApiResponse({
      status: 412,
      description: 'The idea changed since you read it: currentRevision says where it is now; read it again',
      content: PROBLEM_CONTENT,
    }),
    ApiResponse({ status: 428, description: 'If-Match is missing', content: PROBLEM_CONTENT }),
  );
