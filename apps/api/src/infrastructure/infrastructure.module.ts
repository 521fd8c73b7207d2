import type { Open311Options } from '../open311/open311-options';
import type { InitiativesOptions } from '../initiatives/initiatives-options';
import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore, openEventStore, type OpenEventStoreOptions } from '@civic/event-store';
import {
  CivicMetrics,
  Clock,
  CONNECTION_TIMEOUT_MS,
  createPgPool,
  type QueueBackend,
  SystemClock,
  WorkingDayCalendar,
  type WorkingDayCalendarOptions,
} from '@civic/platform';
import type { StaffAuthOptions } from '../auth/staff-auth.options';
import type { StaffSignInOptions } from '../staff-pages/staff-sign-in.options';
import type { HttpOptions } from '../http/http-options';
import type { MetricsOptions } from '../metrics/metrics-options';
import { PG_POOL } from './pg-pool.token';
import { ProjectionViews } from './projection-views';
import { CategoryEntity } from '../reference-data/category.entity';
import { DepartmentEntity } from '../reference-data/department.entity';
import { DistrictEntity } from '../reference-data/district.entity';
import { RoutingRuleEntity } from '../reference-data/routing-rule.entity';
import { TrackingTokens } from '@civic/casework';

export { PG_POOL };

export interface InfrastructureOptions {
  readonly databaseUrl: string;
  readonly poolSize: number;
  readonly trackingTokenSecret: string;
  /** Which event store (EVENT_STORE); default: PostgreSQL on the pool below. */
  readonly eventStore?: Omit<OpenEventStoreOptions, 'pool'>;
  /** Tests pass a clock they control. */
  readonly clock?: Clock;
  /** Working days for deadlines; default Denmark, Copenhagen time. */
  readonly calendar?: WorkingDayCalendarOptions;
  /** How staff tokens are verified. */
  readonly auth: StaffAuthOptions;
  /** Wraps every submitter's data key (PII_MASTER_KEY). */
  readonly piiMasterKey: Buffer;
  /** Old master keys still accepted for unwrapping during a rotation (PII_PREVIOUS_MASTER_KEYS). */
  readonly piiPreviousMasterKeys?: readonly Buffer[];
  /** Months after an idea closes before its submitter's data is erased; default 24. */
  readonly personalDataRetentionMonths?: number;
  /** Rate limits, CORS, proxies; default: no limits, no cross-origin access. */
  readonly http?: HttpOptions;
  /** Where the job queues live, for the queue dashboard (/admin/queues); absent: no dashboard. */
  readonly queues?: QueuesOptions;
  /** GET /metrics: its token, or none at all; default: served to anyone (development, tests). */
  readonly metrics?: MetricsOptions;
  /** Open311 GeoReport v2: the per-key rate limit and the jurisdiction; default 60 a minute, any jurisdiction. */
  readonly open311?: Open311Options;
  /** Staff sign-in to /staff (OpenID Connect client, idle time); default: the development sign-in page, 30 idle minutes. */
  readonly staffSignIn?: StaffSignInOptions;
  /** Citizen initiatives: the threshold rule (INITIATIVE_THRESHOLD_RULE) and signing with a verified identity; default Norway's rule, e-mail only. */
  readonly initiatives?: InitiativesOptions;
}

export interface QueuesOptions {
  readonly backend: QueueBackend;
  /** QUEUE_PREFIX: the same the worker uses. */
  readonly prefix: string;
}

const DEFAULT_CALENDAR: WorkingDayCalendarOptions = { country: 'DK', timeZone: 'Europe/Copenhagen' };

@Injectable()
class CloseConnections implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.pool.end();
  }
}

/** PostgreSQL (event store and read models), the clock and secrets: what every feature module stands on. */
@Module({})
export class InfrastructureModule {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: InfrastructureModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.databaseUrl,
          entities: [DepartmentEntity, DistrictEntity, CategoryEntity, RoutingRuleEntity],
          autoLoadEntities: true, // read-model entities come with their feature modules (forFeature)
          synchronize: false,
          migrationsRun: false, // applied before the app starts, under a lock (applyMigrations)
          extra: { max: Math.max(2, Math.ceil(options.poolSize / 4)), connectionTimeoutMillis: CONNECTION_TIMEOUT_MS },
        }),
      ],
      providers: [
        { provide: PG_POOL, useFactory: () => createPgPool(options.databaseUrl, options.poolSize) },
        {
          provide: EVENT_STORE,
          useFactory: (pool: Pool) => openEventStore({ ...options.eventStore, pool, observer: CivicMetrics.of().eventStoreObserver }),
          inject: [PG_POOL],
        },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: TrackingTokens, useValue: new TrackingTokens(options.trackingTokenSecret) },
        { provide: WorkingDayCalendar, useValue: new WorkingDayCalendar(options.calendar ?? DEFAULT_CALENDAR) },
        ProjectionViews,
        CloseConnections,
      ],
      exports: [PG_POOL, EVENT_STORE, Clock, TrackingTokens, WorkingDayCalendar],
    };
  }
}
