import { EventStoreUnavailable } from '../event-store-unavailable';

/**
 * Node's socket errors: the server is down (refused), went away mid-session
 * (reset, broken pipe), or cannot be reached at all.
 */
const SOCKET_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is shutting down, starting up or out of
 * connections: 57P01 admin_shutdown (pg_ctl stop -m fast ends the session),
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting
 * down), 53300 too_many_connections. Class 08 (connection exceptions) is
 * matched as a class.
 */
const SERVER_STATES: ReadonlySet<string> = new Set(['57P01', '57P02', '57P03', '53300']);

/** What node-postgres and its pool say when the connection ends or never comes, without a code. */
const CONNECTION_MESSAGES = [
  /^Connection terminated/, // "… unexpectedly", "… due to connection timeout"
  /is not queryable$/, // a client whose connection broke earlier
  /^timeout exceeded when trying to connect$/, // the pool's connectionTimeoutMillis
];

/**
 * Whether an error from node-postgres (or TypeORM, which wraps it as a
 * QueryFailedError with the original as driverError) means the database could
 * not be reached or dropped the connection: not the request's fault, and
 * worth retrying later. Causes and aggregated errors (a host name with an IPv4
 * and an IPv6 address) are looked into too.
 */
export function isPostgresUnavailable(error: unknown, depth = 0): boolean {
  // Duck-typed, not instanceof: Node's socket errors may come from another realm (a jest sandbox, a worker).
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  const inner = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((nested) => nested !== error && isPostgresUnavailable(nested, depth + 1));
}

/** The adapter's own errors in the port's terms: a database that cannot be reached is EventStoreUnavailable; anything else passes through. */
export function toPostgresEventStoreError(error: unknown, operation: string): unknown {
  return isPostgresUnavailable(error) ? new EventStoreUnavailable(operation, (error as Error).message, { cause: error }) : error;
}
