import type { StoredEvent } from '@civic/event-store';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';

/**
 * A projection for testing the runner: one row per event, inserted without
 * ON CONFLICT, so an event applied twice fails its batch loudly.
 */
export function seenEventsProjection(name = 'seen_events'): Projection {
  return {
    name,
    tables: [name],
    async createTables(sql: SqlExecutor, tables: TableNames) {
      await sql.query(
        `CREATE TABLE ${tables[name]} (event_id uuid PRIMARY KEY, stream_id text NOT NULL, stream_revision integer NOT NULL, global_position bigint NOT NULL)`,
      );
    },
    async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames) {
      await sql.query(
        `INSERT INTO ${tables[name]} (event_id, stream_id, stream_revision, global_position)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::bigint[])`,
        [events.map((e) => e.id), events.map((e) => e.streamId), events.map((e) => e.streamRevision), events.map((e) => e.globalPosition.toString())],
      );
    },
  };
}
