import type { StoredEvent } from '@civic/event-store';
import { type IdeaEvent, isIdeaEvent } from '@civic/ideas';
import type { Projection, SqlExecutor, TableNames } from './projection';

/** Every row of a per-idea table carries the last stream revision folded into it. */
export interface IdeaRow {
  idea_id: string;
  last_revision: number;
}

/** A read model with one row per idea: how an event changes that row. */
export interface IdeaRowModel<Row extends IdeaRow, Context> {
  readonly name: string;
  /** DDL for one generation; `table` is the physical name to create. */
  createTable(table: string): string;
  /** Whatever the fold needs besides the events (reference data), read once per batch in the same transaction. */
  loadContext(sql: SqlExecutor): Promise<Context>;
  /**
   * The row after the event, or undefined to leave it as is (an event this
   * model does not care about). Rows are plain JSON: timestamps are ISO strings.
   */
  fold(row: Row | undefined, event: StoredEvent<IdeaEvent['data']> & { type: IdeaEvent['type'] }, context: Context): Row | undefined;
}

/**
 * Runs an IdeaRowModel in batches: loads the rows the batch touches, folds
 * the events in memory, writes every changed row back in one statement.
 * A row skips events at or below its last_revision: the second guard after
 * the checkpoint against applying an event twice.
 */
export class IdeaRowProjection<Row extends IdeaRow, Context> implements Projection {
  readonly name: string;
  readonly tables: readonly string[];
  private readonly upsertStatements = new Map<string, string>();

  constructor(private readonly model: IdeaRowModel<Row, Context>) {
    this.name = model.name;
    this.tables = [model.name];
  }

  async createTables(sql: SqlExecutor, tables: TableNames): Promise<void> {
    await sql.query(this.model.createTable(tables[this.name]));
  }

  async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
    const ideaEvents = events.filter((event) => isIdeaEvent(event) && event.streamId.startsWith('idea-'));
    if (ideaEvents.length === 0) return;
    const table = tables[this.name];
    const ids = [...new Set(ideaEvents.map((event) => ideaIdOf(event)))];
    const [{ rows: existing }, context] = await Promise.all([
      sql.query<{ row: Row }>(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE idea_id = ANY($1::uuid[])`, [ids]),
      this.model.loadContext(sql),
    ]);
    const rows = new Map<string, Row>(existing.map(({ row }) => [row.idea_id, row]));
    const changed = new Set<string>();
    for (const event of ideaEvents) {
      const id = ideaIdOf(event);
      const row = rows.get(id);
      if (row && event.streamRevision <= row.last_revision) continue;
      const next = this.model.fold(row, event as never, context);
      if (!next) continue;
      next.last_revision = event.streamRevision;
      rows.set(id, next);
      changed.add(id);
    }
    if (changed.size === 0) return;
    const statement = this.upsertStatements.get(table) ?? (await this.upsertStatement(sql, table));
    await sql.query(statement, [JSON.stringify([...changed].map((id) => rows.get(id)))]);
  }

  /** One statement for the whole batch: the table's own row type parses the JSON. */
  private async upsertStatement(sql: SqlExecutor, table: string): Promise<string> {
    const { rows: columns } = await sql.query<{ name: string }>(
      `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attname <> 'idea_id' ORDER BY attnum`,
      [table],
    );
    const updates = columns.map(({ name }) => `${name} = EXCLUDED.${name}`).join(', ');
    const statement = `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
       ON CONFLICT (idea_id) DO UPDATE SET ${updates}`;
    this.upsertStatements.set(table, statement);
    return statement;
  }
}

function ideaIdOf(event: StoredEvent): string {
  return event.streamId.slice('idea-'.length);
}
