import { Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { QueueBackend } from '@civic/platform';
import { QUEUE_BACKEND, WorkerModule, type WorkerOptions } from './worker.module';

export async function startWorker(options: WorkerOptions): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), { logger: ['error', 'warn', 'log'] });
  const backend = worker.get<QueueBackend>(QUEUE_BACKEND);
  new Logger('Worker').log(`Worker ready: jobs on ${backend.kind === 'redis' ? 'Redis' : 'PostgreSQL (BullMQ backend)'}`);
  return worker;
}
