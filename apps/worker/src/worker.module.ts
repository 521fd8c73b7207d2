import { type DynamicModule, Module } from '@nestjs/common';
import type { OpenEventStoreOptions } from '@civic/event-store';
import { queueBackend, type WorkingDayCalendarOptions } from '@civic/platform';
import { ProjectionsHost } from './projections-host';

export const QUEUE_BACKEND = Symbol('QueueBackend');

export interface WorkerOptions {
  readonly databaseUrl: string;
  readonly redisUrl: string | null;
  readonly calendar: WorkingDayCalendarOptions;
  readonly batchSize?: number;
  readonly eventStore?: Omit<OpenEventStoreOptions, 'pool'>;
}

/** The background side: projections (read models) fed by the event store's $all subscription, and the job queues. */
@Module({})
export class WorkerModule {
  static forRoot(options: WorkerOptions): DynamicModule {
    return {
      module: WorkerModule,
      providers: [
        { provide: QUEUE_BACKEND, useValue: queueBackend(options) },
        { provide: ProjectionsHost, useValue: new ProjectionsHost(options) },
      ],
      exports: [QUEUE_BACKEND],
    };
  }
}
