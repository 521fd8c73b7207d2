import { Logger } from '@nestjs/common';
import { Pool } from 'pg';

/**
 * Longest wait for a connection (a new one, or a free one of a busy pool): a
 * server that cannot be reached then fails the request with a 503 instead of
 * leaving it waiting for the operating system's TCP timeout.
 */
export const CONNECTION_TIMEOUT_MS = 5000;

/**
 * A pool for the event store. A transaction left idle holds back every
 * subscriber (they read only below the oldest open transaction), so the
 * server ends such sessions after a few seconds.
 */
export function createPgPool(url: string, max: number): Pool {
  const pool = new Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    options: '-c idle_in_transaction_session_timeout=5000',
  });
  // An idle connection dropped by the server (restart, failover) is discarded
  // by the pool; unhandled, the 'error' event would end the process.
  pool.on('error', (error) => logger.warn(`Idle database connection lost: ${error.message}`));
  return pool;
}

const logger = new Logger('Database');
