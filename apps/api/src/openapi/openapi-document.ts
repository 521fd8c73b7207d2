import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, type OperationObject, type ResponseObject, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_CONTENT, UNAVAILABLE } from './api-problems';
import { PROBLEM_SCHEMA } from './problem.schema';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The OpenAPI document of the app's routes, as /docs/openapi.json serves it. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Civic Ideas')
      .setDescription(
        'Every citizen idea handled like a case: submitted, routed, diagnosed, answered, implemented. Errors are application/problem+json (RFC 9457). ' +
          'How the API evolves (what is breaking, how deprecations are announced): see the README, "API versioning".',
      )
      .setVersion('0.1.0')
      .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
      .addServer('/', 'The installation that serves this document')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'A staff token from the identity provider (development: npm run -s token -- --role …)',
      })
      .build(),
  );
  return completeOpenApiDocument(document);
}

/**
 * What holds for every operation, because middleware and global pipes give
 * it, not the controller: written here once rather than on each route.
 * - no bearer requirement means public: `security: []`;
 * - every path segment and kept header is checked for ill-formed text (400);
 * - a body, on any method, is refused when it is not JSON (415), too large (413) or malformed (400), and validated (422);
 * - query parameters and bodies are validated, and on every route a query or body string must be well-formed text (422);
 * - every operation reads PostgreSQL or the event store, which may be down (503, Retry-After);
 * - every error response is a problem document.
 */
export function completeOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA } };
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (operation) completeOperation(operation);
    }
  }
  return document;
}

function completeOperation(operation: OperationObject): void {
  operation.security ??= [];
  const responses = operation.responses as Record<string, ResponseObject>;
  const add = (status: number, description: string) => {
    responses[status] ??= { description };
  };
  add(400, 'Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form');
  // Bodies are read before routing, whatever the method: a GET with a body can be refused too.
  add(413, 'The body is larger than 100 kB');
  add(415, operation.requestBody ? 'The body is not JSON (or not UTF-8)' : 'A body was sent, and it is not JSON (or not UTF-8); this operation takes none');
  add(422, 'Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate)');
  add(503, UNAVAILABLE);
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) >= 400 && !response.content) response.content = PROBLEM_CONTENT as ResponseObject['content'];
  }
}
