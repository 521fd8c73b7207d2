import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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
import { browserPages } from './pages/browser-pages';

/** Everything about the HTTP surface, shared by main.ts and the end-to-end tests. */
export function configureApp(app: NestExpressApplication, http: HttpOptions): void {
  app.use(httpMetrics()); // first: it times everything after it
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(http.trustProxy));
  app.use(securityHeaders());
  if (http.corsOrigins.length > 0) app.enableCors(corsAllowList(http.corsOrigins));
  app.use(correlationIds);
  app.use(browserPages); // a browser's GET of a page URL goes to the page; API clients keep their JSON
  useJsonBodies(app);
  app.use(refuseIllFormedInput);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Civic Ideas')
      .setDescription(
        'Every citizen idea handled like a case: submitted, routed, diagnosed, answered, implemented. Errors are application/problem+json (RFC 9457).',
      )
      .setVersion('0.1.0')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'A staff token from the identity provider (development: npm run -s token -- --role …)',
      })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
