import { parseThresholdRule, type ThresholdRule } from '@civic/initiatives';
import { developmentMailboxDir } from '../mail/development-mailbox';

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
  /** Staff sign-in: tokens from the identity provider, or (outside production, with no AUTH_JWKS_URL) the development key. */
  readonly auth: AuthConfig;
  /** Requests per minute per client IP; 0 turns a limit off (load tests). */
  readonly rateLimits: { readonly submitPerMinute: number; readonly trackPerMinute: number };
  /** Open311 GeoReport v2: POST requests per API key per minute (0: no limit) and the one jurisdiction served (null: any). */
  readonly open311: { readonly perKeyPerMinute: number; readonly jurisdictionId: string | null };
  /** Citizen initiatives: the threshold rule (INITIATIVE_THRESHOLD_RULE, checked at start) and signing with a verified identity (INITIATIVE_OIDC_*). */
  readonly initiatives: InitiativesConfig;
  /** Browser origins allowed to call the API (CORS_ORIGINS, comma-separated); empty: no cross-origin access. */
  readonly corsOrigins: readonly string[];
  /** Express's "trust proxy" (TRUST_PROXY), so rate limits see the client's IP behind a load balancer; null: trust none. */
  readonly trustProxy: string | null;
  /** Wraps every submitter's data key (PII_MASTER_KEY, 32 bytes in base64); null outside production: a development key in .data. */
  readonly piiMasterKey: Buffer | null;
  /** Old master keys still accepted for unwrapping while `npm run pii:rotate-master-key` moves every data key to PII_MASTER_KEY (PII_PREVIOUS_MASTER_KEYS). */
  readonly piiPreviousMasterKeys: readonly Buffer[];
  /** Personal data is erased this many months after an idea is closed (PERSONAL_DATA_RETENTION_MONTHS). */
  readonly personalDataRetentionMonths: number;
  /** Where development-only secrets (signing key, PII master key) are kept. */
  readonly developmentSecretsDir: string;
  /** Jobs: reminders, deadlines, e-mails, retention. */
  readonly jobs: JobsConfig;
  /** What a worker process runs (WORKER_TASKS, comma-separated): the projections, the jobs, or both. */
  readonly workerTasks: { readonly projections: boolean; readonly jobs: boolean };
  /** Prometheus metrics at /metrics. */
  readonly metrics: MetricsConfig;
}

export interface MetricsConfig {
  /** METRICS_TOKEN: every /metrics (API and worker) then wants `Authorization: Bearer <it>`; null: none asked for. */
  readonly token: string | null;
  /** Whether the API serves /metrics: always outside production; in production only with a token, since the API's port faces the public. */
  readonly api: boolean;
  /** WORKER_METRICS_PORT: where a worker process serves /metrics (on HOST); 0 (the default): nowhere. */
  readonly workerPort: number;
}

/** Four weeks, as FixMyStreet asks its reporters. */
export const DEFAULT_SATISFACTION_FOLLOW_UP_DAYS = 28;
export const DEFAULT_OPEN_DATA_SCHEDULE = '30 3 * * *';
export const DEFAULT_OPEN_DATA_LICENCE = 'Creative Commons Attribution 4.0 (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/';

export interface JobsConfig {
  /** Where citizens and staff are e-mailed from (SMTP_URL, smtp:// or smtps://); null: mails are logged, not sent (development). */
  readonly smtpUrl: string | null;
  /** The From of every e-mail (MAIL_FROM). */
  readonly mailFrom: string;
  /** Where the citizen's links point (PUBLIC_BASE_URL): tracking and unsubscribe. */
  readonly publicBaseUrl: string;
  /** Outside production with no SMTP_URL: unsent mails are kept here, readable at /development/mails (DEVELOPMENT_MAILBOX_DIR). */
  readonly developmentMailboxDir?: string | null;
  /** The language of staff e-mails (STAFF_MAIL_LANGUAGE: da, sv or en). */
  readonly staffMailLanguage: 'da' | 'sv' | 'nb' | 'en';
  /** The folder of the e-mail templates (MAIL_TEMPLATES_DIR). */
  readonly mailTemplatesDir: string;
  /** The reminder to the case handler comes this many working days before the deadline (DEADLINE_REMINDER_WORKING_DAYS; 0: none). */
  readonly reminderWorkingDays: number;
  /** Days after an idea is answered or carried out before the citizen is asked whether it satisfied them (SATISFACTION_FOLLOW_UP_DAYS; default 28). */
  readonly satisfactionFollowUpDays?: number;
  /**
   * AUTO_ROUTING_MIN_CONFIDENCE: an idea no routing rule matched is routed by
   * the routing model itself when its confidence is at least this (0–1,
   * above 0); null or absent (the default): never, a dispatcher routes it.
   */
  readonly autoRoutingMinConfidence?: number | null;
  /** When the retention rule runs (RETENTION_SCHEDULE, cron, in TIME_ZONE). */
  readonly retentionSchedule: string;
  /** When the open-data files are written afresh (OPEN_DATA_SCHEDULE, cron, in TIME_ZONE); default every night. */
  readonly openDataSchedule?: string;
  /** The licence the open data is published under (OPEN_DATA_LICENCE), stated in its README. */
  readonly openDataLicence?: string;
  /** Prefix of every BullMQ key (QUEUE_PREFIX), so several installations can share one Redis. */
  readonly queuePrefix: string;
  /** Who hears about citizen initiatives before the council: reminders and escalations of its decision deadline. */
  readonly initiatives?: InitiativeMailConfig;
}

export interface InitiativeMailConfig {
  /** INITIATIVE_COUNCIL_EMAIL: the council secretariat, reminded a month before the council's decision is due; null: nobody. */
  readonly councilEmail: string | null;
  /** INITIATIVE_ESCALATION_EMAIL: told when the decision is overdue (default the council's address), with the council in copy. */
  readonly escalationEmail: string | null;
}

export interface AuthConfig {
  /** The identity provider's JWKS; null: the development key (never in production). */
  readonly jwksUrl: string | null;
  readonly issuer: string;
  readonly audience: string;
  /** Claim holding the roles (dotted paths reach nested claims, e.g. realm_access.roles). */
  readonly rolesClaim: string;
  /** Claim holding the department codes. */
  readonly departmentsClaim: string;
  /** Claim holding the staff member's e-mail address (AUTH_EMAIL_CLAIM), for reminders to assignees. */
  readonly emailClaim: string;
}

/** Issuer and audience of tokens made by `npm run token` with the development key. */
export const DEVELOPMENT_AUTH = { issuer: 'civic-ideas-development', audience: 'civic-ideas' } as const;

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
  if (eventStore !== 'postgres' && eventStore !== 'eventstoredb')
    throw new ConfigError(`EVENT_STORE="${eventStore}" is not supported; use "postgres" or "eventstoredb"`);
  const eventStoreUrl = env.EVENTSTORE_URL || null;
  if (eventStore === 'eventstoredb' && !eventStoreUrl)
    throw new ConfigError('EVENTSTORE_URL must be set with EVENT_STORE=eventstoredb (e.g. esdb://127.0.0.1:2113?tls=false)');
  if (eventStore === 'eventstoredb' && !/^esdb(\+discover)?:\/\//.test(eventStoreUrl ?? ''))
    throw new ConfigError('EVENTSTORE_URL must start with esdb:// or esdb+discover://');
  const eventStoreTimeoutMs = integer(env.EVENTSTORE_TIMEOUT_MS, 5000, 'EVENTSTORE_TIMEOUT_MS');
  if (eventStoreTimeoutMs === 0) throw new ConfigError('EVENTSTORE_TIMEOUT_MS must be above 0');
  const trackingTokenSecret = env.TRACKING_TOKEN_SECRET ?? (production ? '' : DEVELOPMENT_TRACKING_SECRET);
  if (production && trackingTokenSecret.length < 32) throw new ConfigError('TRACKING_TOKEN_SECRET must be set to at least 32 characters in production');
  if (production && !env.DATABASE_URL) throw new ConfigError('DATABASE_URL must be set in production (the embedded PostgreSQL is for development)');
  const auth = authConfig(env, production);
  const piiMasterKey = masterKey(env.PII_MASTER_KEY, production);
  const piiPreviousMasterKeys = previousMasterKeys(env.PII_PREVIOUS_MASTER_KEYS);
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
    auth,
    rateLimits: {
      submitPerMinute: integer(env.RATE_LIMIT_SUBMIT_PER_MINUTE, 10, 'RATE_LIMIT_SUBMIT_PER_MINUTE'),
      trackPerMinute: integer(env.RATE_LIMIT_TRACK_PER_MINUTE, 60, 'RATE_LIMIT_TRACK_PER_MINUTE'),
    },
    initiatives: initiativesConfig(env),
    open311: {
      perKeyPerMinute: integer(env.OPEN311_RATE_LIMIT_PER_KEY_PER_MINUTE, 60, 'OPEN311_RATE_LIMIT_PER_KEY_PER_MINUTE'),
      jurisdictionId: env.OPEN311_JURISDICTION_ID?.trim() || null,
    },
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    trustProxy: env.TRUST_PROXY || null,
    piiMasterKey,
    piiPreviousMasterKeys,
    personalDataRetentionMonths: Math.max(1, integer(env.PERSONAL_DATA_RETENTION_MONTHS, 24, 'PERSONAL_DATA_RETENTION_MONTHS')),
    developmentSecretsDir: env.DEVELOPMENT_SECRETS_DIR ?? '.data',
    jobs: jobsConfig(env, production, env.HOST ?? '127.0.0.1', integer(env.PORT, 3000, 'PORT')),
    workerTasks: workerTasks(env.WORKER_TASKS),
    metrics: metricsConfig(env, production),
  };
}

function metricsConfig(env: NodeJS.ProcessEnv, production: boolean): MetricsConfig {
  const token = env.METRICS_TOKEN || null;
  if (token !== null && !/^[\x21-\x7e]{16,}$/.test(token))
    throw new ConfigError('METRICS_TOKEN must be at least 16 printable characters without spaces (e.g. `openssl rand -hex 24`)');
  // Off unless set: several workers on one machine (and npm start) must not fight over a port.
  const workerPort = integer(env.WORKER_METRICS_PORT, 0, 'WORKER_METRICS_PORT');
  if (workerPort > 65535) throw new ConfigError(`WORKER_METRICS_PORT must be a port number (1–65535, or 0 for none), got "${workerPort}"`);
  return { token, api: !production || token !== null, workerPort };
}

const WORKER_TASKS = ['projections', 'jobs'] as const;

function workerTasks(value: string | undefined): AppConfig['workerTasks'] {
  const tasks = (value || WORKER_TASKS.join(','))
    .split(',')
    .map((task) => task.trim())
    .filter(Boolean);
  const unknown = tasks.filter((task) => !(WORKER_TASKS as readonly string[]).includes(task));
  if (unknown.length || tasks.length === 0) throw new ConfigError(`WORKER_TASKS must list ${WORKER_TASKS.join(' and/or ')}, comma-separated; got "${value}"`);
  return { projections: tasks.includes('projections'), jobs: tasks.includes('jobs') };
}

const MAIL_LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;

function jobsConfig(env: NodeJS.ProcessEnv, production: boolean, host: string, port: number): JobsConfig {
  const smtpUrl = env.SMTP_URL || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps:// (e.g. smtp://user:pass@mail.example.dk:587)');
  const publicBaseUrl = (env.PUBLIC_BASE_URL || (production ? '' : `http://${host}:${port}`)).replace(/\/+$/, '');
  if (!publicBaseUrl) throw new ConfigError("PUBLIC_BASE_URL must be set in production: the links in citizens' e-mails point there");
  if (!/^https?:\/\//.test(publicBaseUrl)) throw new ConfigError('PUBLIC_BASE_URL must be an http(s) URL');
  const staffMailLanguage = env.STAFF_MAIL_LANGUAGE || 'da';
  if (!(MAIL_LANGUAGES as readonly string[]).includes(staffMailLanguage))
    throw new ConfigError(`STAFF_MAIL_LANGUAGE must be one of ${MAIL_LANGUAGES.join(', ')}`);
  const retentionSchedule = env.RETENTION_SCHEDULE || '0 3 * * *';
  if (retentionSchedule.trim().split(/\s+/).length < 5) throw new ConfigError('RETENTION_SCHEDULE must be a cron pattern such as "0 3 * * *"');
  const openDataSchedule = env.OPEN_DATA_SCHEDULE || DEFAULT_OPEN_DATA_SCHEDULE;
  if (openDataSchedule.trim().split(/\s+/).length < 5) throw new ConfigError('OPEN_DATA_SCHEDULE must be a cron pattern such as "30 3 * * *"');
  return {
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Civic Ideas <no-reply@localhost>',
    publicBaseUrl,
    staffMailLanguage: staffMailLanguage as JobsConfig['staffMailLanguage'],
    mailTemplatesDir: env.MAIL_TEMPLATES_DIR || 'mail-templates',
    reminderWorkingDays: integer(env.DEADLINE_REMINDER_WORKING_DAYS, 2, 'DEADLINE_REMINDER_WORKING_DAYS'),
    satisfactionFollowUpDays: integer(env.SATISFACTION_FOLLOW_UP_DAYS, DEFAULT_SATISFACTION_FOLLOW_UP_DAYS, 'SATISFACTION_FOLLOW_UP_DAYS'),
    autoRoutingMinConfidence: confidenceThreshold(env.AUTO_ROUTING_MIN_CONFIDENCE, 'AUTO_ROUTING_MIN_CONFIDENCE'),
    retentionSchedule,
    openDataSchedule,
    openDataLicence: env.OPEN_DATA_LICENCE?.trim() || DEFAULT_OPEN_DATA_LICENCE,
    queuePrefix: env.QUEUE_PREFIX || 'civic',
    developmentMailboxDir: developmentMailboxDir(env),
    initiatives: { councilEmail: env.INITIATIVE_COUNCIL_EMAIL?.trim() || null, escalationEmail: env.INITIATIVE_ESCALATION_EMAIL?.trim() || null },
  };
}

export interface InitiativesConfig {
  readonly thresholdRule: ThresholdRule;
  /** null: signing by e-mail only. */
  readonly identity: { readonly issuer: string; readonly clientId: string; readonly clientSecret: string } | null;
}

function initiativesConfig(env: NodeJS.ProcessEnv): InitiativesConfig {
  let thresholdRule: ThresholdRule;
  try {
    thresholdRule = parseThresholdRule(env.INITIATIVE_THRESHOLD_RULE);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const issuer = env.INITIATIVE_OIDC_ISSUER?.trim();
  if (!issuer) return { thresholdRule, identity: null };
  const clientId = env.INITIATIVE_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.INITIATIVE_OIDC_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) throw new ConfigError('INITIATIVE_OIDC_ISSUER needs INITIATIVE_OIDC_CLIENT_ID and INITIATIVE_OIDC_CLIENT_SECRET');
  return { thresholdRule, identity: { issuer, clientId, clientSecret } };
}

function authConfig(env: NodeJS.ProcessEnv, production: boolean): AuthConfig {
  const claims = {
    rolesClaim: env.AUTH_ROLES_CLAIM || 'roles',
    departmentsClaim: env.AUTH_DEPARTMENTS_CLAIM || 'departments',
    emailClaim: env.AUTH_EMAIL_CLAIM || 'email',
  };
  const jwksUrl = env.AUTH_JWKS_URL || null;
  if (!jwksUrl) {
    // The development key signs whatever `npm run token` is asked for: never trusted in production.
    if (production)
      throw new ConfigError('AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE must be set in production (the development signing key is never trusted there)');
    return { jwksUrl: null, issuer: DEVELOPMENT_AUTH.issuer, audience: DEVELOPMENT_AUTH.audience, ...claims };
  }
  if (!/^https?:\/\//.test(jwksUrl)) throw new ConfigError('AUTH_JWKS_URL must be an http(s) URL');
  if (production && !jwksUrl.startsWith('https://')) throw new ConfigError('AUTH_JWKS_URL must use https in production');
  if (!env.AUTH_ISSUER || !env.AUTH_AUDIENCE) throw new ConfigError('AUTH_ISSUER and AUTH_AUDIENCE must be set with AUTH_JWKS_URL');
  return { jwksUrl, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, ...claims };
}

function masterKey(value: string | undefined, production: boolean): Buffer | null {
  if (!value) {
    if (production) throw new ConfigError('PII_MASTER_KEY must be set in production (32 random bytes in base64, e.g. `openssl rand -base64 32`)');
    return null;
  }
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32)
    throw new ConfigError(`PII_MASTER_KEY must be 32 bytes in base64 (got ${key.length} bytes); make one with \`openssl rand -base64 32\``);
  return key;
}

/** Comma-separated, in base64 like PII_MASTER_KEY; an error names the entry by its place, never by its value. */
function previousMasterKeys(value: string | undefined): Buffer[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry, index) => {
    const key = Buffer.from(entry, 'base64');
    if (key.length !== 32)
      throw new ConfigError(`PII_PREVIOUS_MASTER_KEYS: entry ${index + 1} of ${entries.length} is not 32 bytes in base64 (got ${key.length} bytes)`);
    return key;
  });
}

/** A probability above 0 and at most 1 (e.g. 0.9); unset or empty: null (off). */
function confidenceThreshold(value: string | undefined, name: string): number | null {
  if (value === undefined || value.trim() === '') return null;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0 || parsed > 1)
    throw new ConfigError(`${name} must be a number above 0 and at most 1 (e.g. 0.9 for 90 %), or unset to turn it off; got "${value}"`);
  return parsed;
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
