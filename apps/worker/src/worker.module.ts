import { type DynamicModule, Module } from '@nestjs/common';
import type { OpenEventStoreOptions } from '@civic/event-store';
import type { WorkingDayCalendarOptions } from '@civic/platform';
import { JobsModule, type JobsOptions } from './jobs/jobs.module';
import { ProjectionsHost } from './projections-host';
import { WorkerMetricsListener, type WorkerMetricsOptions } from './worker-metrics-listener';

export interface WorkerOptions {
  readonly databaseUrl: string;
  readonly redisUrl: string | null;
  readonly calendar: WorkingDayCalendarOptions;
  readonly batchSize?: number;
  readonly eventStore?: Omit<OpenEventStoreOptions, 'pool'>;
  /** Run the projection runners (default true). */
  readonly projections?: boolean;
  /** Reactors and job processors; absent: projections only (tools, benchmarks). */
  readonly jobs?: Omit<JobsOptions, 'databaseUrl' | 'redisUrl' | 'calendar' | 'eventStore'>;
  /** Serve GET /metrics on a port of its own (a separate worker process); absent: not served (in `npm start`'s one process the API's /metrics shows the worker's too). */
  readonly metrics?: WorkerMetricsOptions;
}

/** The background side: projections (read models) and the jobs (e-mails, deadlines, retention), both fed by the event store's $all. */
@Module({})
export class WorkerModule {
  static forRoot(options: WorkerOptions): DynamicModule {
    const { databaseUrl, redisUrl, calendar, eventStore } = options;
    return {
      module: WorkerModule,
      imports: options.jobs ? [JobsModule.forRoot({ databaseUrl, redisUrl, calendar, eventStore, ...options.jobs })] : [],
      providers: [
        ...(options.projections === false ? [] : [{ provide: ProjectionsHost, useValue: new ProjectionsHost(options) }]),
        ...(options.metrics ? [{ provide: WorkerMetricsListener, useValue: new WorkerMetricsListener(options.metrics) }] : []),
      ],
    };
  }
}
