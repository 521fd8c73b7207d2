import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthView } from './health.view';
import type { Pool } from 'pg';
import { checkEventStoreReachable, EVENT_STORE, type EventStore } from '@civic/event-store';
import { projectionStatus } from '@civic/projections';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { reactorStatus } from '@civic/casework';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and readiness: the database, and each projection’s and reactor’s lag behind the event store (positions and seconds)' })
  @ApiOkResponse({ type: HealthView })
  async health() {
    try {
      await this.pool.query('SELECT 1');
    } catch {
      throw new ProblemError(503, 'database-unavailable', 'The database is not reachable');
    }
    try {
      await checkEventStoreReachable(this.store); // EventStoreDB: its own server; PostgreSQL: checked above
    } catch {
      throw new ProblemError(503, 'event-store-unavailable', 'The event store is not reachable');
    }
    // Lag is measured on the machine's own clock, the one that stamped recorded_at, not the business clock.
    const [projections, reactors] = await Promise.all([projectionStatus(this.pool, this.store), reactorStatus(this.pool, this.store)]);
    return { status: 'ok', database: 'up', eventStore: 'up', projections, reactors };
  }

  @Get('ready')
  @ApiOperation({ summary: 'The same, for load balancers' })
  @ApiOkResponse({ type: HealthView })
  ready() {
    return this.health();
  }
}
