/** Everything the service reads from its environment, read once at start. */
export interface AppConfig {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  /** Absent: start an embedded PostgreSQL. */
  readonly databaseUrl: string | null;
  /** Absent: BullMQ runs on its PostgreSQL backend. */
  readonly redisUrl: string | null;
  readonly eventStore: 'postgres' | 'eventstoredb';
  /** EventStoreDB's connection string (esdb://…); required with eventStore = eventstoredb. */
  readonly eventStoreUrl: string | null;
  /** Our own limit on each EventStoreDB call: a server that accepts TCP but never answers must not hang a request. */
  readonly eventStoreTimeoutMs: number;
  readonly embeddedPostgres: { readonly dataDir: string; readonly port: number };
  /** Derives citizens' tracking tokens; rotating it breaks no existing link (the event keeps the token's hash). */
  readonly trackingTokenSecret: string;
  readonly databasePoolSize: number;
  /** Seed the demo reference data into an empty database: default with the embedded one. */
  readonly seedDemoData: boolean;
  /** Which days count as working days for response deadlines. */
  readonly calendar: { readonly country: string; readonly region: string | null; readonly timeZone: string };
  /** Most events a projection applies in one transaction. */
  readonly projectionBatchSize: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const DEVELOPMENT_TRACKING_SECRET = 'development-only-tracking-secret';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const eventStore = env.EVENT_STORE || 'postgres';
  if (eventStore !== 'postgres' && eventStore !== 'eventstoredb') throw new ConfigError(`EVENT_STORE="${eventStore}" is not supported; use "postgres" or "eventstoredb"`);
  const eventStoreUrl = env.EVENTSTORE_URL || null;
  if (eventStore === 'eventstoredb' && !eventStoreUrl) throw new ConfigError('EVENTSTORE_URL must be set with EVENT_STORE=eventstoredb (e.g. esdb://127.0.0.1:2113?tls=false)');
  if (eventStore === 'eventstoredb' && !/^esdb(\+discover)?:\/\//.test(eventStoreUrl ?? '')) throw new ConfigError('EVENTSTORE_URL must start with esdb:// or esdb+discover://');
  const eventStoreTimeoutMs = integer(env.EVENTSTORE_TIMEOUT_MS, 5000, 'EVENTSTORE_TIMEOUT_MS');
  if (eventStoreTimeoutMs === 0) throw new ConfigError('EVENTSTORE_TIMEOUT_MS must be above 0');
  const trackingTokenSecret = env.TRACKING_TOKEN_SECRET ?? (production ? '' : DEVELOPMENT_TRACKING_SECRET);
  if (production && trackingTokenSecret.length < 32) throw new ConfigError('TRACKING_TOKEN_SECRET must be set to at least 32 characters in production');
  if (production && !env.DATABASE_URL) throw new ConfigError('DATABASE_URL must be set in production (the embedded PostgreSQL is for development)');
  return {
    production,
    host: env.HOST ?? '127.0.0.1',
    port: integer(env.PORT, 3000, 'PORT'),
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    eventStore,
    eventStoreUrl,
    eventStoreTimeoutMs,
    embeddedPostgres: {
      dataDir: env.EMBEDDED_POSTGRES_DIR ?? '.data/postgres',
      port: integer(env.EMBEDDED_POSTGRES_PORT, 54329, 'EMBEDDED_POSTGRES_PORT'),
    },
    trackingTokenSecret,
    databasePoolSize: integer(env.DATABASE_POOL_SIZE, 20, 'DATABASE_POOL_SIZE'),
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : !env.DATABASE_URL,
    projectionBatchSize: Math.max(1, integer(env.PROJECTION_BATCH_SIZE, 500, 'PROJECTION_BATCH_SIZE')),
    calendar: { country: env.HOLIDAY_COUNTRY || 'DK', region: env.HOLIDAY_REGION || null, timeZone: env.TIME_ZONE || 'Europe/Copenhagen' },
  };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

/** The event store settings every process passes to openEventStore. */
export function eventStoreOptions(config: AppConfig): { kind: AppConfig['eventStore']; eventStoreUrl: string | null; timeoutMs: number } {
  return { kind: config.eventStore, eventStoreUrl: config.eventStoreUrl, timeoutMs: config.eventStoreTimeoutMs };
}
