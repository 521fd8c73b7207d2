import { NestFactory } from '@nestjs/core';
import { structuredNestLogger } from '@civic/platform';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mountQueueDashboard } from './admin-queues/mount-queue-dashboard';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { DEFAULT_HTTP_OPTIONS } from './http/http-options';
import type { InfrastructureOptions } from './infrastructure/infrastructure.module';

export async function createApp(options: InfrastructureOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { bodyParser: false, logger: structuredNestLogger() });
  configureApp(app, options.http ?? DEFAULT_HTTP_OPTIONS);
  if (options.queues) mountQueueDashboard(app);
  return app;
}
