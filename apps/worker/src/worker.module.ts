import { type DynamicModule, Module } from '@nestjs/common';
import { queueBackend } from '@civic/platform';

export const QUEUE_BACKEND = Symbol('QueueBackend');

export interface WorkerOptions {
  readonly databaseUrl: string;
  readonly redisUrl: string | null;
}

/**
 * The background side: projections (read models) and reactors (jobs) will
 * run here, fed by the event store's $all subscription. For now it only
 * settles which backend BullMQ uses.
 */
@Module({})
export class WorkerModule {
  static forRoot(options: WorkerOptions): DynamicModule {
    return {
      module: WorkerModule,
      providers: [{ provide: QUEUE_BACKEND, useValue: queueBackend(options) }],
      exports: [QUEUE_BACKEND],
    };
  }
}
