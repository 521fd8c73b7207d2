import { Pool } from 'pg';

/**
 * A pool for the event store. A transaction left idle holds back every
 * subscriber (they read only below the oldest open transaction), so the
 * server ends such sessions after a few seconds.
 */
export function createPgPool(url: string, max: number): Pool {
  return new Pool({
    connectionString: url,
    max,
    options: '-c idle_in_transaction_session_timeout=5000',
  });
}
