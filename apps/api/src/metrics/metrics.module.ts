import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import { CivicMetrics } from '@civic/platform';
import { projectionStatus } from '@civic/projections';
import { reactorStatus } from '@civic/casework';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { MetricsController } from './metrics.controller';
import { METRICS_OPTIONS, type MetricsOptions } from './metrics-options';

/** Projection and reactor lag, read from the database at each scrape: the same figures /health shows. */
@Injectable()
class LagSources implements OnModuleInit, OnApplicationShutdown {
  private readonly removals: Array<() => void> = [];

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    const metrics = CivicMetrics.of();
    this.removals.push(
      metrics.addScrapeSource('projection-lag', async () => metrics.setProjectionLag(await projectionStatus(this.pool, this.store))),
      metrics.addScrapeSource('reactor-lag', async () => metrics.setReactorLag(await reactorStatus(this.pool, this.store))),
    );
  }

  onApplicationShutdown(): void {
    this.removals.forEach((remove) => remove());
  }
}

/** GET /metrics for Prometheus (unless switched off); the HTTP timings come from the httpMetrics middleware (configureApp). */
@Module({})
export class MetricsModule {
  static forRoot(options: MetricsOptions): DynamicModule {
    if (!options.enabled) return { module: MetricsModule };
    return { module: MetricsModule, controllers: [MetricsController], providers: [{ provide: METRICS_OPTIONS, useValue: options }, LagSources] };
  }
}
