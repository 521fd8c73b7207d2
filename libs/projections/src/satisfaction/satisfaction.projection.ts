import type { StoredEvent } from '@civic/event-store';
import { ideaIdOfSatisfactionStream, isSatisfactionEvent, type SatisfactionEvent } from '@civic/satisfaction';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { SATISFACTION, satisfactionTable } from './satisfaction.table';

/** The follow-up answers for management's report; a function of the follow-up events alone (the department is in them). */
export class SatisfactionProjection implements Projection {
  readonly name = SATISFACTION;
  readonly tables = [SATISFACTION];

  async createTables(sql: SqlExecutor, tables: TableNames): Promise<void> {
    await sql.query(satisfactionTable(tables[SATISFACTION]));
  }

  async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
    const table = tables[SATISFACTION];
    for (const event of events) {
      if (!isSatisfactionEvent(event) || ideaIdOfSatisfactionStream(event.streamId) === null) continue;
      await this.apply(sql, table, event);
    }
  }

  // Each statement skips an event at or below the row's revision: the second guard after the checkpoint.
  private async apply(sql: SqlExecutor, table: string, event: StoredEvent & SatisfactionEvent): Promise<void> {
    switch (event.type) {
      case 'SatisfactionAsked':
        await sql.query(
          `INSERT INTO ${table} (idea_id, last_revision, department, subject, asked_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (idea_id) DO NOTHING`,
          [event.data.ideaId, event.streamRevision, event.data.department, event.data.subject, event.data.at],
        );
        return;
      case 'SatisfactionRated':
        await sql.query(`UPDATE ${table} SET last_revision = $2, rating = $3, rated_at = $4 WHERE idea_id = $1 AND last_revision < $2`, [
          event.data.ideaId,
          event.streamRevision,
          event.data.rating,
          event.data.at,
        ]);
        return;
    }
  }
}

export const satisfactionProjection = (): Projection => new SatisfactionProjection();
