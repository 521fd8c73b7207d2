import type { Pool } from 'pg';
import { type AppConfig, applyMigrations, createPgPool, startEmbeddedPostgres } from '@civic/platform';

export interface CommandDatabase {
  readonly pool: Pool;
  readonly url: string;
}

/**
 * What every command works on: DATABASE_URL's server, or, when it is unset,
 * the embedded PostgreSQL of `npm start` (started for the command and stopped
 * after it), with the migrations applied; closed whatever `work` does.
 */
export async function withCommandDatabase<T>(config: AppConfig, poolSize: number, work: (database: CommandDatabase) => Promise<T>): Promise<T> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.embeddedPostgres);
  const url = config.databaseUrl ?? embedded!.url;
  const pool = createPgPool(url, poolSize);
  try {
    await applyMigrations(url);
    return await work({ pool, url });
  } finally {
    await pool.end();
    await embedded?.stop();
  }
}
