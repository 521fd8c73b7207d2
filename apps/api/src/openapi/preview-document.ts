import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The OpenAPI document without a database or a server: Nest's preview mode
 * reads the modules and routes but instantiates no provider, so nothing
 * connects anywhere. The options below only have to be well-formed.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      databaseUrl: 'postgres://preview@127.0.0.1:1/preview',
      poolSize: 1,
      trackingTokenSecret: 'preview-only-never-used-for-tokens',
      auth: { keys: { jwks: { keys: [] } }, issuer: 'preview', audience: 'preview', rolesClaim: 'roles', departmentsClaim: 'departments' },
      piiMasterKey: Buffer.alloc(32),
    }),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
