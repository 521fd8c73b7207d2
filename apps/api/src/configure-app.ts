import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { requestLogging, rootLogger } from '@civic/platform';
import { useJsonBodies } from './http/body-parsing';
import { corsAllowList } from './http/cors';
import { correlationIds } from './http/correlation-id';
import type { HttpOptions } from './http/http-options';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { securityHeaders } from './http/security-headers';
import { trustProxySetting } from './http/trust-proxy';
import { createValidationPipe } from './http/validation';
import { refuseIllFormedInput } from './http/well-formed-input';
import { httpMetrics } from './metrics/http-metrics';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { browserPages } from './pages/browser-pages';

/** Everything about the HTTP surface, shared by main.ts and the end-to-end tests. */
export function configureApp(app: NestExpressApplication, http: HttpOptions): void {
  app.use(httpMetrics()); // first: it times everything after it
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(http.trustProxy));
  app.use(securityHeaders());
  if (http.corsOrigins.length > 0) app.enableCors(corsAllowList(http.corsOrigins));
  app.use(correlationIds);
  app.use(requestLogging(rootLogger())); // the request's line, and its correlation id on every line logged while it is handled
  app.use(browserPages); // a browser's GET of a page URL goes to the page; API clients keep their JSON
  useJsonBodies(app);
  app.use(refuseIllFormedInput);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
