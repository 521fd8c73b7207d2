import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { useJsonBodies } from './http/body-parsing';
import { correlationIds } from './http/correlation-id';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation';

/** Everything about the HTTP surface, shared by main.ts and the end-to-end tests. */
export function configureApp(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  app.use(correlationIds);
  useJsonBodies(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Civic Ideas')
      .setDescription('Every citizen idea handled like a case: submitted, routed, diagnosed, answered, implemented. Errors are application/problem+json (RFC 9457).')
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
