import { Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { QueueBackend } from '@civic/platform';
import { ProjectionsHost } from './projections-host';
import { QUEUE_BACKEND, WorkerModule, type WorkerOptions } from './worker.module';

export async function startWorker(options: WorkerOptions): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), { logger: ['error', 'warn', 'log'] });
  await worker.init();
  const backend = worker.get<QueueBackend>(QUEUE_BACKEND);
  const projections = worker.get(ProjectionsHost).runners.map((runner) => runner.projection.name);
  new Logger('Worker').log(`Worker ready: projections ${projections.join(', ') || '(none)'}; jobs on ${backend.kind === 'redis' ? 'Redis' : 'PostgreSQL (BullMQ backend)'}`);
  return worker;
}
