import { NestFactory } from '@nestjs/core';
import { queueBackend } from '@civic/platform';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The OpenAPI document without a database or a server: Nest's preview mode
 * reads the modules and routes but instantiates no provider, so nothing
 * connects anywhere. The options below only have to be well-formed.
 */
const PREVIEW_DATABASE_URL = 'postgres://preview@127.0.0.1:1/preview';

export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      databaseUrl: PREVIEW_DATABASE_URL,
      poolSize: 1,
      trackingTokenSecret: 'preview-only-never-used-for-tokens',
      auth: { keys: { jwks: { keys: [] } }, issuer: 'preview', audience: 'preview', rolesClaim: 'roles', departmentsClaim: 'departments' },
      piiMasterKey: Buffer.alloc(32),
      // With queues the app has the dashboard's session routes, as every real start does.
      queues: { backend: queueBackend({ redisUrl: null, databaseUrl: PREVIEW_DATABASE_URL }), prefix: 'preview' },
    }),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
