import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { type EventStore, openEventStore, type OpenEventStoreOptions } from '@civic/event-store';
import { CivicMetrics, createPgPool, WorkingDayCalendar, type WorkingDayCalendarOptions } from '@civic/platform';
import { allProjections, ProjectionRunner, projectionStatus } from '@civic/projections';

export interface ProjectionsHostOptions {
  readonly databaseUrl: string;
  readonly calendar: WorkingDayCalendarOptions;
  readonly batchSize?: number;
  /** Which event store to follow (EVENT_STORE); default PostgreSQL, the same database as the read models. */
  readonly eventStore?: Omit<OpenEventStoreOptions, 'pool'>;
}

/**
 * Runs one ProjectionRunner per read model. Every worker process runs them
 * all; per projection only one is the owner at a time, the rest stand by.
 */
export class ProjectionsHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly pool: Pool;
  private readonly store: EventStore;
  readonly runners: ProjectionRunner[];
  private removeMetricSource: () => void = () => undefined;

  constructor(options: ProjectionsHostOptions) {
    const projections = allProjections(new WorkingDayCalendar(options.calendar));
    // Each runner keeps one connection (its owner lock and batch transactions). A rebuild after an upgrade
    // holds two more while it switches and reads events on a third: enough for all of them at once.
    this.pool = createPgPool(options.databaseUrl, projections.length * 4 + 2);
    this.store = openEventStore({ ...options.eventStore, pool: this.pool });
    const logger = new Logger('Projections');
    this.runners = projections.map((projection) => new ProjectionRunner(this.pool, this.store, projection, { logger, batchSize: options.batchSize }));
  }

  onApplicationBootstrap(): void {
    const metrics = CivicMetrics.of();
    this.removeMetricSource = metrics.addScrapeSource('projection-lag', async () => metrics.setProjectionLag(await projectionStatus(this.pool, this.store)));
    for (const runner of this.runners) runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.removeMetricSource();
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.store.close();
    await this.pool.end();
  }
}
