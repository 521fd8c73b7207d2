import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/infrastructure.module';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Get()
  async health() {
    try {
      await this.pool.query('SELECT 1');
    } catch {
      throw new ProblemError(503, 'database-unavailable', 'The database is not reachable');
    }
    return { status: 'ok', database: 'up' };
  }
}
