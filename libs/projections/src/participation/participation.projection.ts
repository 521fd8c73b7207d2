import type { StoredEvent } from '@civic/event-store';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { type ContributionSource, CONTRIBUTION_SOURCES, contributionsOf } from './participation.sources';
import { PARTICIPATION, participationTable } from './participation.table';

/** Who took part where and when, counted from the events (a row per contributing event, idempotent by its id). */
export class ParticipationProjection implements Projection {
  readonly name = PARTICIPATION;
  readonly tables = [PARTICIPATION];

  constructor(private readonly sources: readonly ContributionSource[] = CONTRIBUTION_SOURCES) {}

  async createTables(sql: SqlExecutor, tables: TableNames): Promise<void> {
    await sql.query(participationTable(tables[PARTICIPATION]));
  }

  async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
    const rows = events.flatMap((event) => contributionsOf(event, this.sources).map((c) => ({ event_id: event.id, ...c })));
    if (rows.length === 0) return;
    const table = tables[PARTICIPATION];
    await sql.query(
      `INSERT INTO ${table} (event_id, kind, district, at, delta)
         SELECT event_id, kind, district, at, delta FROM jsonb_to_recordset($1::jsonb)
           AS r (event_id uuid, kind text, district text, at timestamptz, delta int)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }
}

export const participationProjection = (): Projection => new ParticipationProjection();
