import type { StoredEvent } from '@civic/event-store';
import { integer, type StoredRow, uuid } from './columns';
import { ideaEventsOfBatch, type StoredIdeaEvent } from './idea-events-of-batch';
import type { BulkSession, Projection, SqlExecutor, TableNames } from './projection';

/** The columns every per-idea table starts with: the idea, and the last stream revision folded into its row. */
export const IDEA_ROW_COLUMNS = {
  idea_id: uuid().primaryKey(),
  last_revision: integer(),
};

export type IdeaRow = StoredRow<typeof IDEA_ROW_COLUMNS>;

export type { StoredIdeaEvent } from './idea-events-of-batch';

/** How one event changes a read model's row of its idea: pure, so a rebuild gives the same rows. */
export type IdeaRowFold<Row extends IdeaRow, Context> = (row: Row | undefined, event: StoredIdeaEvent, context: Context) => Row | undefined;

/** A read model with one row per idea: how an event changes that row. */
export interface IdeaRowModel<Row extends IdeaRow, Context> {
  readonly name: string;
  /** The logical name of the per-idea table; the model's name unless given. */
  readonly rowTable?: string;
  /** Further logical tables the model keeps beside its rows (aggregates of them, see afterWrite). */
  readonly extraTables?: readonly string[];
  /** DDL for one generation; `table` is the physical name of the rows' table to create, `tables` every physical name. */
  createTable(table: string, tables: TableNames): string;
  /** Whatever the fold needs besides the events (reference data), read once per batch in the same transaction. */
  loadContext(sql: SqlExecutor): Promise<Context>;
  /**
   * The row after the event, or undefined to leave it as is (an event this
   * model does not care about). Rows are plain JSON: timestamps are ISO strings.
   * The runner sets the row's last_revision afterwards.
   */
  readonly fold: IdeaRowFold<Row, Context>;
  /**
   * Optional: after the changed rows are written, in the same transaction, each
   * changed row as it stood before (as stored at the last flush; undefined when
   * new) and after. For aggregates kept beside the rows: a function of the rows,
   * so of the events alone.
   */
  afterWrite?(sql: SqlExecutor, changes: readonly RowChange<Row>[], tables: TableNames): Promise<void>;
  /**
   * Optional, for a rebuild's new generation (empty, and written by one session
   * alone): derives what afterWrite keeps up to date from all the rows at once,
   * after the last flush, instead of change by change at every flush. The
   * result must equal what afterWrite gives.
   */
  afterLoad?(sql: SqlExecutor, tables: TableNames): Promise<void>;
}

/** One row's change between two flushes. */
export interface RowChange<Row> {
  readonly before: Row | undefined;
  readonly after: Row;
}

/**
 * Runs an IdeaRowModel: loads the rows a batch touches, folds the events in
 * memory, writes every changed row back in one statement per few thousand
 * rows. A row skips events at or below its last_revision: the second guard
 * after the checkpoint against applying an event twice.
 */
export class IdeaRowProjection<Row extends IdeaRow, Context> implements Projection {
  readonly name: string;
  readonly tables: readonly string[];
  private readonly upsertStatements = new Map<string, string>();

  private readonly rowTable: string;

  constructor(private readonly model: IdeaRowModel<Row, Context>) {
    this.name = model.name;
    this.rowTable = model.rowTable ?? model.name;
    this.tables = [this.rowTable, ...(model.extraTables ?? [])];
  }

  async createTables(sql: SqlExecutor, tables: TableNames): Promise<void> {
    await sql.query(this.model.createTable(tables[this.rowTable], tables));
  }

  async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
    const session = this.openBulkSession(tables);
    await session.apply(sql, events);
    await session.flush(sql);
  }

  openBulkSession(tables: TableNames, options: { startsEmpty?: boolean } = {}): BulkSession {
    return new IdeaRowSession(this.model, tables, tables[this.rowTable], options.startsEmpty ?? false, (sql, table) => this.upsertStatement(sql, table));
  }

  /** One statement for many rows: the table's own row type parses the JSON. */
  private async upsertStatement(sql: SqlExecutor, table: string): Promise<string> {
    const cached = this.upsertStatements.get(table);
    if (cached) return cached;
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

const ROWS_PER_STATEMENT = 2000;

/** Rows held in memory between batches until flushed: a batch in service, or many in a rebuild. */
class IdeaRowSession<Row extends IdeaRow, Context> implements BulkSession {
  private readonly rows = new Map<string, Row>();
  private readonly dirty = new Set<string>();
  /** Each held row as stored at the last flush (undefined: none), kept only for a model with afterWrite. */
  private readonly before = new Map<string, Row | undefined>();
  private context: Context | undefined;
  /** A rebuild's load: afterLoad derives the extra tables once at the end, so the flushes skip afterWrite. */
  private readonly deriveAtEnd: boolean;

  constructor(
    private readonly model: IdeaRowModel<Row, Context>,
    private readonly tables: TableNames,
    private readonly table: string,
    /** A rebuild's new table: nothing to read back until the first flush. */
    private tableEmpty: boolean,
    private readonly upsertStatement: (sql: SqlExecutor, table: string) => Promise<string>,
  ) {
    this.deriveAtEnd = tableEmpty && model.afterLoad !== undefined;
  }

  get heldRows(): number {
    return this.rows.size;
  }

  async apply(sql: SqlExecutor, events: readonly StoredEvent[]): Promise<void> {
    const { events: ideaEvents, ideaIds: ids } = ideaEventsOfBatch(events);
    const missing = new Set<string>();
    for (const id of ids) if (!this.rows.has(id)) missing.add(id);
    if (ideaEvents.length === 0) return;
    const [existing, context] = await Promise.all([
      missing.size === 0 || this.tableEmpty
        ? { rows: [] }
        : sql.query<{ row: Row }>(`SELECT to_jsonb(t) AS row FROM ${this.table} t WHERE idea_id = ANY($1::uuid[])`, [[...missing]]),
      this.context ?? this.model.loadContext(sql),
    ]);
    this.context = context;
    for (const { row } of existing.rows) this.rows.set(row.idea_id, row);
    if (this.model.afterWrite && !this.deriveAtEnd) for (const id of missing) this.before.set(id, this.rows.get(id));
    for (let i = 0; i < ideaEvents.length; i++) {
      const event = ideaEvents[i];
      const id = ids[i];
      const row = this.rows.get(id);
      if (row && event.streamRevision <= row.last_revision) continue;
      const next = this.model.fold(row, event, context);
      if (!next) continue;
      next.last_revision = event.streamRevision;
      this.rows.set(id, next);
      this.dirty.add(id);
    }
  }

  async flush(sql: SqlExecutor): Promise<void> {
    if (this.dirty.size > 0) {
      const statement = await this.upsertStatement(sql, this.table);
      const changed = [...this.dirty].map((id) => this.rows.get(id));
      for (let i = 0; i < changed.length; i += ROWS_PER_STATEMENT) {
        await sql.query(statement, [JSON.stringify(changed.slice(i, i + ROWS_PER_STATEMENT))]);
      }
      this.tableEmpty = false;
      if (this.model.afterWrite && !this.deriveAtEnd) {
        await this.model.afterWrite(
          sql,
          [...this.dirty].map((id) => ({ before: this.before.get(id), after: this.rows.get(id)! })),
          this.tables,
        );
      }
    }
    this.rows.clear();
    this.dirty.clear();
    this.before.clear();
    this.context = undefined; // reference data is read again for the next rows
  }

  async finish(sql: SqlExecutor): Promise<void> {
    if (this.deriveAtEnd) await this.model.afterLoad!(sql, this.tables);
  }
}
