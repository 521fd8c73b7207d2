import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { WorkingDayCalendar } from '@civic/platform';
import { allProjections, ensureProjection } from '@civic/projections';
import { PG_POOL } from './pg-pool.token';

/**
 * The API reads the read models through views the projections create; on a
 * fresh database they are created here too, so a query never meets a missing
 * relation while the worker is still starting (they fill as it catches up).
 */
@Injectable()
export class ProjectionViews implements OnModuleInit {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const projection of allProjections(this.calendar)) await ensureProjection(this.pool, projection);
  }
}
