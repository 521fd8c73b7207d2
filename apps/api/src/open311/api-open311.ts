import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT, UNAVAILABLE } from '../openapi/api-problems';
import { Open311ErrorView } from './open311.views';

/** XML is built from the same items (open311-format.ts); the document only says it is XML. */
const xml = (description: string) => ({ 'application/xml': { schema: { type: 'string', description } } });

const ERROR_CONTENT = {
  'application/json': { schema: { type: 'array', items: { $ref: getSchemaPath(Open311ErrorView) } } },
  ...xml('<errors><error><code>…</code><description>…</description></error></errors>'),
};

/**
 * What the API's middleware refuses before the controller (http/well-formed-input.ts,
 * http/body-parsing.ts) comes in GeoReport v2's format under /open311/v2 too
 * (open311-refusal.ts), or as application/problem+json where a refusal
 * comes before that; the document lists both.
 */
const BEFORE_OPEN311 = {
  400: 'a path segment, header or body that is not well-formed text, refused before Open311 sees it',
  413: 'The body is larger than 100 kB',
  415: 'The body is not a form (application/x-www-form-urlencoded) or JSON',
  422: 'a query or form field holding NUL or an unpaired surrogate, refused before Open311 sees it',
} as const;

export type Open311ErrorResponses = Partial<Record<400 | 403 | 404 | 413 | 415 | 422 | 429 | 503, string>>;

/** A GeoReport v2 answer: JSON (this schema) or XML (.json or .xml in the path). */
export const ApiOpen311Ok = (schema: object, description: string) =>
  ApiResponse({ status: 200, description, content: { 'application/json': { schema }, ...xml(description) } });

/** A list of `view` as GeoReport v2 answers it. */
export const ApiOpen311OkList = (view: Type, description: string) =>
  applyDecorators(ApiExtraModels(view), ApiOpen311Ok({ type: 'array', items: { $ref: getSchemaPath(view) } }, description));

/**
 * The errors an Open311 operation gives in GeoReport v2's format (Open311ErrorFilter):
 * `[{ code, description }]` in JSON, `<errors>` in XML. 400 and 422 may also come
 * as problem+json from the middleware every route has.
 */
export const ApiOpen311Errors = (responses: Open311ErrorResponses) => {
  const all: Open311ErrorResponses = {
    503: UNAVAILABLE,
    ...responses,
    400: responses[400] ? `${responses[400]}; or ${BEFORE_OPEN311[400]}` : `Ill-formed input: ${BEFORE_OPEN311[400]}`,
    413: BEFORE_OPEN311[413],
    415: BEFORE_OPEN311[415],
    422: responses[422] ? `${responses[422]}; or ${BEFORE_OPEN311[422]}` : `Invalid input: ${BEFORE_OPEN311[422]}`,
  };
  return applyDecorators(
    ApiExtraModels(Open311ErrorView),
    ...Object.entries(all).map(([status, description]) =>
      ApiResponse({
        status: Number(status),
        description,
        content: status in BEFORE_OPEN311 ? { ...ERROR_CONTENT, ...PROBLEM_CONTENT } : ERROR_CONTENT,
      }),
    ),
  );
};
