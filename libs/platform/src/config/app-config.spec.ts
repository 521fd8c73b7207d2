import { ConfigError, loadConfig } from './app-config';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db/civic',
  TRACKING_TOKEN_SECRET: 'x'.repeat(32),
  AUTH_JWKS_URL: 'https://login.example.dk/keys',
  AUTH_ISSUER: 'https://login.example.dk',
  AUTH_AUDIENCE: 'civic-ideas',
  PII_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
  PUBLIC_BASE_URL: 'https://ideer.kk.dk/',
};

describe('loadConfig', () => {
  it('runs with nothing configured: embedded PostgreSQL, BullMQ on PostgreSQL, demo data', () => {
    expect(loadConfig({})).toMatchObject({ production: false, port: 3000, databaseUrl: null, redisUrl: null, eventStore: 'postgres', seedDemoData: true });
  });

  it('uses the servers it is given and seeds only when asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/civic', REDIS_URL: 'redis://cache:6379', PORT: '8080' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://db/civic', redisUrl: 'redis://cache:6379', port: 8080, seedDemoData: false });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/civic', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('refuses production without a database or a tracking secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', TRACKING_TOKEN_SECRET: 'x'.repeat(32) })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/civic' })).toThrow(/TRACKING_TOKEN_SECRET/);
    expect(loadConfig({ ...PRODUCTION }).production).toBe(true);
  });

  it('serves metrics openly outside production; in production the API serves them only with METRICS_TOKEN', () => {
    expect(loadConfig({}).metrics).toEqual({ token: null, api: true, workerPort: 0 });
    expect(loadConfig({ ...PRODUCTION }).metrics).toEqual({ token: null, api: false, workerPort: 0 });
    expect(loadConfig({ ...PRODUCTION, METRICS_TOKEN: 'a'.repeat(24), WORKER_METRICS_PORT: '9464' }).metrics).toEqual({
      token: 'a'.repeat(24),
      api: true,
      workerPort: 9464,
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16/);
    expect(() => loadConfig({ METRICS_TOKEN: 'with a space in the middle' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ WORKER_METRICS_PORT: '70000' })).toThrow(/WORKER_METRICS_PORT must be a port/);
    expect(() => loadConfig({ WORKER_METRICS_PORT: 'x' })).toThrow(/WORKER_METRICS_PORT/);
  });

  it('refuses production without a real identity provider or a PII master key', () => {
    const { AUTH_JWKS_URL: _, ...withoutJwks } = PRODUCTION;
    expect(() => loadConfig(withoutJwks)).toThrow(/AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE must be set in production/);
    expect(() => loadConfig({ ...PRODUCTION, AUTH_JWKS_URL: 'http://idp/keys' })).toThrow(/https in production/);
    expect(() => loadConfig({ ...PRODUCTION, AUTH_AUDIENCE: '' })).toThrow(/AUTH_ISSUER and AUTH_AUDIENCE/);
    const { PII_MASTER_KEY: __, ...withoutKey } = PRODUCTION;
    expect(() => loadConfig(withoutKey)).toThrow(/PII_MASTER_KEY must be set in production/);
    expect(() => loadConfig({ ...PRODUCTION, PII_MASTER_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/32 bytes/);
  });

  it('trusts the development key, with its own issuer and audience, only outside production', () => {
    expect(loadConfig({}).auth).toEqual({
      jwksUrl: null,
      issuer: 'civic-ideas-development',
      audience: 'civic-ideas',
      rolesClaim: 'roles',
      departmentsClaim: 'departments',
      emailClaim: 'email',
    });
    expect(loadConfig({ ...PRODUCTION, AUTH_ROLES_CLAIM: 'realm_access.roles' }).auth).toEqual({
      jwksUrl: 'https://login.example.dk/keys',
      issuer: 'https://login.example.dk',
      audience: 'civic-ideas',
      rolesClaim: 'realm_access.roles',
      departmentsClaim: 'departments',
      emailClaim: 'email',
    });
  });

  it('reads rate limits (0 turns one off), CORS origins and retention', () => {
    expect(loadConfig({})).toMatchObject({
      rateLimits: { submitPerMinute: 10, trackPerMinute: 60 },
      corsOrigins: [],
      personalDataRetentionMonths: 24,
      piiMasterKey: null,
      piiPreviousMasterKeys: [],
    });
    const config = loadConfig({
      RATE_LIMIT_SUBMIT_PER_MINUTE: '0',
      RATE_LIMIT_TRACK_PER_MINUTE: '5',
      CORS_ORIGINS: 'https://a.dk, https://b.dk',
      PERSONAL_DATA_RETENTION_MONTHS: '36',
    });
    expect(config).toMatchObject({
      rateLimits: { submitPerMinute: 0, trackPerMinute: 5 },
      corsOrigins: ['https://a.dk', 'https://b.dk'],
      personalDataRetentionMonths: 36,
    });
    expect(() => loadConfig({ RATE_LIMIT_TRACK_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_TRACK_PER_MINUTE/);
  });

  it('reads the Open311 per-key limit and jurisdiction', () => {
    expect(loadConfig({}).open311).toEqual({ perKeyPerMinute: 60, jurisdictionId: null });
    expect(loadConfig({ OPEN311_RATE_LIMIT_PER_KEY_PER_MINUTE: '0', OPEN311_JURISDICTION_ID: ' kk.dk ' }).open311).toEqual({
      perKeyPerMinute: 0,
      jurisdictionId: 'kk.dk',
    });
    expect(() => loadConfig({ OPEN311_RATE_LIMIT_PER_KEY_PER_MINUTE: 'many' })).toThrow(/OPEN311_RATE_LIMIT_PER_KEY_PER_MINUTE/);
  });

  it('reads the old master keys still accepted during a rotation, refusing one of the wrong length by its place only', () => {
    const [a, b] = [Buffer.alloc(32, 1), Buffer.alloc(32, 2)];
    expect(loadConfig({ PII_PREVIOUS_MASTER_KEYS: ` ${a.toString('base64')}, ${b.toString('base64')},` }).piiPreviousMasterKeys).toEqual([a, b]);
    const short = Buffer.alloc(16, 3).toString('base64');
    expect(() => loadConfig({ PII_PREVIOUS_MASTER_KEYS: `${a.toString('base64')},${short}` })).toThrow(
      /PII_PREVIOUS_MASTER_KEYS: entry 2 of 2 is not 32 bytes in base64 \(got 16 bytes\)/,
    );
    expect(() => loadConfig({ PII_PREVIOUS_MASTER_KEYS: short })).toThrow(expect.objectContaining({ message: expect.not.stringContaining(short) }));
  });

  it('selects EventStoreDB with its connection string and our own call timeout', () => {
    expect(loadConfig({})).toMatchObject({ eventStore: 'postgres', eventStoreUrl: null, eventStoreTimeoutMs: 5000 });
    const config = loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://es1:2113,es2:2113?tls=true', EVENTSTORE_TIMEOUT_MS: '2000' });
    expect(config).toMatchObject({ eventStore: 'eventstoredb', eventStoreUrl: 'esdb://es1:2113,es2:2113?tls=true', eventStoreTimeoutMs: 2000 });
    expect(loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb+discover://cluster.local:2113' }).eventStore).toBe('eventstoredb');
  });

  it('refuses EventStoreDB without a usable EVENTSTORE_URL or with a zero timeout', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(ConfigError);
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_URL must be set with EVENT_STORE=eventstoredb/);
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'http://es:2113' })).toThrow(/EVENTSTORE_URL must start with esdb:\/\//);
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://es:2113', EVENTSTORE_TIMEOUT_MS: '0' })).toThrow(/EVENTSTORE_TIMEOUT_MS/);
    expect(() => loadConfig({ EVENTSTORE_TIMEOUT_MS: 'soon' })).toThrow(/EVENTSTORE_TIMEOUT_MS/);
  });

  it('refuses values it cannot use, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ EVENT_STORE: 'mongodb' })).toThrow(/EVENT_STORE/);
  });

  it('configures the jobs: defaults for development, PUBLIC_BASE_URL required in production', () => {
    expect(loadConfig({ PORT: '8080' }).jobs).toEqual({
      smtpUrl: null,
      mailFrom: 'Civic Ideas <no-reply@localhost>',
      publicBaseUrl: 'http://127.0.0.1:8080',
      staffMailLanguage: 'da',
      mailTemplatesDir: 'mail-templates',
      reminderWorkingDays: 2,
      satisfactionFollowUpDays: 28,
      autoRoutingMinConfidence: null,
      retentionSchedule: '0 3 * * *',
      openDataSchedule: '30 3 * * *',
      openDataLicence: 'Creative Commons Attribution 4.0 (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/',
      queuePrefix: 'civic',
      developmentMailboxDir: '.data/mailbox',
      initiatives: { councilEmail: null, escalationEmail: null },
    });
    expect(loadConfig({ SATISFACTION_FOLLOW_UP_DAYS: '14' }).jobs.satisfactionFollowUpDays).toBe(14);
    expect(loadConfig({ AUTO_ROUTING_MIN_CONFIDENCE: '0.9' }).jobs.autoRoutingMinConfidence).toBe(0.9);
    expect(loadConfig({ AUTO_ROUTING_MIN_CONFIDENCE: '1' }).jobs.autoRoutingMinConfidence).toBe(1);
    expect(loadConfig({ AUTO_ROUTING_MIN_CONFIDENCE: '' }).jobs.autoRoutingMinConfidence).toBeNull();
    for (const bad of ['0', '-0.5', '1.5', '90%', 'high'])
      expect(() => loadConfig({ AUTO_ROUTING_MIN_CONFIDENCE: bad })).toThrow(/AUTO_ROUTING_MIN_CONFIDENCE must be a number above 0 and at most 1/);
    expect(loadConfig({ OPEN_DATA_SCHEDULE: '0 5 * * 1', OPEN_DATA_LICENCE: ' CC0 1.0 ' }).jobs).toMatchObject({
      openDataSchedule: '0 5 * * 1',
      openDataLicence: 'CC0 1.0',
    });
    expect(() => loadConfig({ OPEN_DATA_SCHEDULE: 'nightly' })).toThrow(/OPEN_DATA_SCHEDULE/);
    expect(loadConfig({ ...PRODUCTION, SMTP_URL: 'smtp://mail:587', DEADLINE_REMINDER_WORKING_DAYS: '0', STAFF_MAIL_LANGUAGE: 'sv' }).jobs).toMatchObject({
      smtpUrl: 'smtp://mail:587',
      publicBaseUrl: 'https://ideer.kk.dk',
      reminderWorkingDays: 0,
      staffMailLanguage: 'sv',
      developmentMailboxDir: null,
    });
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_BASE_URL: '' })).toThrow(/PUBLIC_BASE_URL must be set in production/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'ideer.kk.dk' })).toThrow(/PUBLIC_BASE_URL must be an http/);
    expect(() => loadConfig({ SMTP_URL: 'mail.kk.dk' })).toThrow(/SMTP_URL must start with smtp/);
    expect(() => loadConfig({ STAFF_MAIL_LANGUAGE: 'de' })).toThrow(/STAFF_MAIL_LANGUAGE/);
    expect(() => loadConfig({ RETENTION_SCHEDULE: 'daily' })).toThrow(/RETENTION_SCHEDULE/);
    expect(() => loadConfig({ DEADLINE_REMINDER_WORKING_DAYS: '-1' })).toThrow(/DEADLINE_REMINDER_WORKING_DAYS/);
  });

  it('lets a worker run the projections, the jobs or both', () => {
    expect(loadConfig({}).workerTasks).toEqual({ projections: true, jobs: true });
    expect(loadConfig({ WORKER_TASKS: 'projections' }).workerTasks).toEqual({ projections: true, jobs: false });
    expect(loadConfig({ WORKER_TASKS: ' jobs ' }).workerTasks).toEqual({ projections: false, jobs: true });
    expect(() => loadConfig({ WORKER_TASKS: 'projections,mail' })).toThrow(/WORKER_TASKS must list projections and\/or jobs/);
  });
});
