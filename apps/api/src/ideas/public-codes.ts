import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '../infrastructure/pg-pool.token';

/** Short, human codes for the public: K-2026-000123. */
@Injectable()
export class PublicCodes {
  // The event store's pool, with a prepared statement: one short round trip per submission (TypeORM's small pool queued them).
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async next(at: Date): Promise<string> {
    const { rows } = await this.pool.query<{ n: string }>({ name: 'next_public_code', text: "SELECT nextval('idea_public_code_seq') AS n" });
    return `K-${at.getUTCFullYear()}-${String(rows[0].n).padStart(6, '0')}`;
  }
}
