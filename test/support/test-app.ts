import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Pool } from 'pg';
import request from 'supertest';
import { PostgresEventStore } from '@civic/event-store';
import { applyMigrations, Clock, configureRootLogger, queueBackend, WorkingDayCalendar } from '@civic/platform';
import { allProjections, ProjectionRunner } from '@civic/projections';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { createApp } from '../../apps/api/src/create-app';
import type { InfrastructureOptions } from '../../apps/api/src/infrastructure/infrastructure.module';
import { DEFAULT_HTTP_OPTIONS, type HttpOptions } from '../../apps/api/src/http/http-options';
import type { MetricsOptions } from '../../apps/api/src/metrics/metrics-options';
import type { Open311Options } from '../../apps/api/src/open311/open311-options';
import type { InitiativesOptions } from '../../apps/api/src/initiatives/initiatives-options';
import { createTestAuth, type TestAuth, type TestStaff } from './test-auth';
import type { StaffAuthOptions } from '../../apps/api/src/auth/staff-auth.options';
import type { StaffSignInOptions } from '../../apps/api/src/staff-pages/staff-sign-in.options';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi-document';
import { heldToContract, OpenApiContract } from './openapi-contract';
import { seedReferenceData } from '@civic/casework';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  constructor(private current = new Date('2026-11-24T09:00:00.000Z')) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  readonly app: NestExpressApplication;
  /** Supertest on the app; every response is checked against the OpenAPI document (openapi-contract.ts). */
  readonly http: ReturnType<typeof request>;
  readonly contract: OpenApiContract;
  readonly db: Pool;
  readonly clock: TestClock;
  readonly database: TestDatabase;
  /** Signs staff tokens this app trusts. */
  readonly auth: TestAuth;
  /** Authorization headers for a staff member (default: every role in every seeded department). */
  staff(staff?: TestStaff): Promise<Record<string, string>>;
  eventCount(): Promise<number>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Run the projection runners in-process, as `npm start` does, so read models follow the events. */
  readonly projections?: boolean;
  /** Another event store than the test database's PostgreSQL one. */
  readonly eventStore?: InfrastructureOptions['eventStore'];
  /** Rate limits, CORS, proxies; default: limits off, counters in the shared Redis under this app's own prefix. */
  readonly http?: Partial<HttpOptions>;
  /** GET /metrics: default served to anyone. */
  readonly metrics?: MetricsOptions;
  /** PII_MASTER_KEY and PII_PREVIOUS_MASTER_KEYS; default TEST_PII_MASTER_KEY alone. */
  readonly piiMasterKeys?: { readonly current: Buffer; readonly previous: readonly Buffer[] };
  /** Open311's per-key limit and jurisdiction; default 60 a minute, any jurisdiction. */
  readonly open311?: Open311Options;
  /** Citizen initiatives: the threshold rule, signing with a verified identity. */
  readonly initiatives?: InitiativesOptions;
  /** A PostgreSQL server of the test's own (default: TEST_DATABASE_URL's). */
  readonly serverUrl?: string;
  /** How staff tokens are verified (default: the test signing key); a real provider's for the OpenID Connect tests. */
  readonly auth?: StaffAuthOptions;
  /** Staff sign-in to /staff (default: the development sign-in page). */
  readonly staffSignIn?: StaffSignInOptions;
}

export const TEST_TRACKING_SECRET = 'test-tracking-secret-0123456789abcdef';

/** The same for every test app: a submitter's data key wrapped with it can be read back by another app on the same database. */
export const TEST_PII_MASTER_KEY = Buffer.alloc(32, 0x5a);

let logsConfigured = false;

/** A line per request would flood the test output: warnings and errors only, unless LOG_LEVEL says otherwise. */
function quietLogs(): void {
  if (logsConfigured) return;
  logsConfigured = true;
  configureRootLogger({ stream: process.stdout }, { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
}

/** The real Nest app, configured as main.ts does, on a fresh migrated and seeded database. */
export async function startTestApp(label: string, options: TestAppOptions = {}): Promise<TestApp> {
  quietLogs();
  const database = await createTestDatabase(label, options.serverUrl);
  await applyMigrations(database.url);
  const db = createTestPool(database.url, 2);
  await seedReferenceData(db);
  const clock = new TestClock();
  const auth = await createTestAuth();
  const http: HttpOptions = {
    ...DEFAULT_HTTP_OPTIONS,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    rateLimitKeyPrefix: `${database.name}:`,
    ...options.http,
  };
  const app = await createApp({
    databaseUrl: database.url,
    poolSize: 10,
    trackingTokenSecret: TEST_TRACKING_SECRET,
    clock,
    eventStore: options.eventStore,
    auth: options.auth ?? auth.options,
    staffSignIn: options.staffSignIn,
    piiMasterKey: options.piiMasterKeys?.current ?? TEST_PII_MASTER_KEY,
    piiPreviousMasterKeys: options.piiMasterKeys?.previous,
    http,
    // Each test app's queues under its own prefix in the shared Redis.
    queues: { backend: queueBackend({ redisUrl: http.redisUrl, databaseUrl: database.url }), prefix: database.name },
    metrics: options.metrics,
    open311: options.open311,
    initiatives: options.initiatives,
  });
  await app.init();
  const projections = options.projections ? startTestProjections(database.url) : null;
  const contract = new OpenApiContract(buildOpenApiDocument(app));
  return {
    app,
    http: heldToContract(request(app.getHttpServer()), contract),
    contract,
    db,
    clock,
    database,
    auth,
    staff: (staff) => auth.headers(staff),
    eventCount: async () => Number((await db.query('SELECT count(*) AS n FROM events')).rows[0].n),
    close: async () => {
      await projections?.stop();
      await app.close();
      await db.end();
      await database.drop();
    },
  };
}

export interface TestProjections {
  readonly runners: readonly ProjectionRunner[];
  stop(): Promise<void>;
}

/** The worker's projection runners, on their own pool as in a separate process. */
export function startTestProjections(url: string, options: { takeOverIntervalMs?: number } = {}): TestProjections {
  const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
  const projections = allProjections(calendar);
  // Sized and set as the worker's pool (projections-host.ts): a runner short of a connection mid-transaction would be cut off as idle.
  const pool = createTestPool(url, projections.length * 4 + 2, { options: '-c idle_in_transaction_session_timeout=5000' });
  const store = new PostgresEventStore(pool, { pollIntervalMs: 100 });
  const runners = projections.map((projection) => new ProjectionRunner(pool, store, projection, { takeOverIntervalMs: options.takeOverIntervalMs ?? 200 }));
  runners.forEach((runner) => runner.start());
  return {
    runners,
    stop: async () => {
      await Promise.all(runners.map((runner) => runner.stop()));
      await store.close();
      await pool.end();
    },
  };
}

export const validIdea = (overrides: Record<string, unknown> = {}) => ({
  title: 'Sikker cykelsti langs Amager Strandvej',
  description: 'Børn cykler til skole på en smal vej med mange lastbiler. En adskilt cykelsti ville gøre det sikkert.',
  category: 'traffic',
  district: 'amager-oest',
  language: 'da',
  channel: 'web',
  contact: { name: 'Karen Hansen', email: 'karen@example.dk', phone: '+45 12 34 56 78' },
  location: { lat: 55.66, lon: 12.62, address: 'Amager Strandvej 100' },
  ...overrides,
});
