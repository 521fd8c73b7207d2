import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '../infrastructure/pg-pool.token';

interface Waiting {
  resolve(n: string): void;
  reject(error: unknown): void;
}

/** The most numbers one round trip takes; more waiting go in the next. */
const MAX_BATCH = 256;

/**
 * Short, human codes for the public: K-2026-000123.
 *
 * One sequence number per submission, but not one round trip each: while a
 * nextval query is out, the submissions that arrive wait and then share one
 * query for all of them (a round trip costs more of the API's CPU than the
 * rest of the code). Nothing is taken ahead of need, so a restart skips no
 * numbers; alone, a submission still has its own round trip.
 */
@Injectable()
export class PublicCodes {
  private waiting: Waiting[] = [];
  private inFlight = false;

  // The event store's pool, with a prepared statement (TypeORM's small pool queued them).
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async next(at: Date): Promise<string> {
    const n = await new Promise<string>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.take();
    });
    return `K-${at.getUTCFullYear()}-${n.padStart(6, '0')}`;
  }

  private take(): void {
    if (this.inFlight || this.waiting.length === 0) return;
    const batch = this.waiting.splice(0, MAX_BATCH);
    this.inFlight = true;
    this.pool
      .query<{ n: string }>({
        name: 'next_public_codes',
        text: "SELECT nextval('idea_public_code_seq') AS n FROM generate_series(1, $1::int)",
        values: [batch.length],
      })
      .then(({ rows }) => {
        if (rows.length !== batch.length) throw new Error(`asked for ${batch.length} public code numbers, got ${rows.length}`);
        // In the order they asked, so codes still rise with the time of submission.
        const numbers = rows.map((row) => BigInt(row.n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        batch.forEach((waiting, index) => waiting.resolve(String(numbers[index])));
      })
      .catch((error: unknown) => batch.forEach((waiting) => waiting.reject(error)))
      .finally(() => {
        this.inFlight = false;
        this.take();
      });
  }
}
