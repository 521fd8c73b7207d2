import type { StoredEvent } from '@civic/event-store';
import { integer, type StoredRow, uuid } from './columns';
import { copyRows, type TableColumn, tableColumns } from './copy-rows';
import type { StoredIdeaEvent } from './idea-events-of-batch';
import { IdeaSlots } from './idea-slots';
import type { BulkSession, BulkSessionOptions, Projection, SqlExecutor, TableNames } from './projection';
import type { TablePart } from './table-parts';

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
  /**
   * Optional, before afterLoad: the share of its work done row by row, for one part of the rows' table
   * (rowsOfPart): a rebuild runs the parts side by side, each on its own connection, once all rows are in.
   */
  afterLoadInParts?(sql: SqlExecutor, tables: TableNames, part: TablePart): Promise<void>;
  /** Optional: extra tables afterLoad fills, whose primary keys a rebuild builds after it (Projection.keysAfterLoad). */
  readonly keysAfterLoad?: readonly string[];
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
  readonly keysAfterLoad?: readonly string[];
  private readonly writers = new Map<string, RowWriter>();

  private readonly rowTable: string;

  constructor(private readonly model: IdeaRowModel<Row, Context>) {
    this.name = model.name;
    this.rowTable = model.rowTable ?? model.name;
    this.tables = [this.rowTable, ...(model.extraTables ?? [])];
    this.keysAfterLoad = model.keysAfterLoad;
  }

  async createTables(sql: SqlExecutor, tables: TableNames): Promise<void> {
    await sql.query(this.model.createTable(tables[this.rowTable], tables));
  }

  async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
    const session = this.openBulkSession(tables);
    await session.apply(sql, events);
    await session.flush(sql);
  }

  openBulkSession(tables: TableNames, options: BulkSessionOptions = {}): BulkSession {
    return new IdeaRowSession(this.model, tables, tables[this.rowTable], options.startsEmpty ?? false, options.ideaSlots ?? new IdeaSlots(), (sql, table) =>
      this.writerOf(sql, table),
    );
  }

  /** The table's columns, and one statement for many rows: the table's own row type parses the JSON. */
  private async writerOf(sql: SqlExecutor, table: string): Promise<RowWriter> {
    const cached = this.writers.get(table);
    if (cached) return cached;
    const columns = await tableColumns(sql, table);
    const updates = columns
      .filter(({ name }) => name !== 'idea_id')
      .map(({ name }) => `${name} = EXCLUDED.${name}`)
      .join(', ');
    const upsert = `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
       ON CONFLICT (idea_id) DO UPDATE SET ${updates}`;
    const writer = { columns, upsert };
    this.writers.set(table, writer);
    return writer;
  }
}

/** How rows go into one table: COPY of its columns (new rows of a rebuild), or the upsert. */
interface RowWriter {
  readonly columns: readonly TableColumn[];
  readonly upsert: string;
}

const ROWS_PER_STATEMENT = 2000;

/** A slot's state in a session (bits). */
const DIRTY = 1;
/** Its row is in the table as held (read back, or written since): written again by upsert, not COPY. */
const STORED = 2;
/** Its row was written and let go (evict): a later event reads it back. */
const LET_GO = 4;

/**
 * Rows held in memory between batches until written: a batch in service, or
 * many in a rebuild. A rebuild's session (its new generation, which it alone
 * writes) holds each row until the idea has gone quiet: when it holds too
 * many it writes the least recently changed half (evict), so most rows are
 * written once, with COPY, and only those let go are read back for a later
 * event. Rows are kept by the ideas' slots (IdeaSlots), shared by every read
 * model of a rebuild.
 */
class IdeaRowSession<Row extends IdeaRow, Context> implements BulkSession {
  private readonly rows: (Row | undefined)[] = [];
  private readonly state: number[] = [];
  /** The batch that last changed (or read back) each held row: the least recently changed are let go first. */
  private readonly changedIn: number[] = [];
  /** Slots with a row in `rows`. */
  private held: number[] = [];
  private batches = 0;
  /** Each held row as stored at the last write (undefined: none), kept only for a model with afterWrite. */
  private readonly before = new Map<number, Row | undefined>();
  private context: Context | undefined;
  /** A rebuild's load: afterLoad derives the extra tables once at the end, so the flushes skip afterWrite. */
  private readonly deriveAtEnd: boolean;
  /** A rebuild's new generation: written by this session alone, its new rows by COPY. */
  private readonly bulkLoad: boolean;
  /** afterLoadInParts was handed out by drain: finish does only the rest of afterLoad. */
  private derivedInParts = false;

  constructor(
    private readonly model: IdeaRowModel<Row, Context>,
    private readonly tables: TableNames,
    private readonly table: string,
    /** A rebuild's new table: nothing to read back until the first write. */
    private tableEmpty: boolean,
    private readonly slots: IdeaSlots,
    private readonly writerOf: (sql: SqlExecutor, table: string) => Promise<RowWriter>,
  ) {
    this.bulkLoad = tableEmpty;
    this.deriveAtEnd = tableEmpty && model.afterLoad !== undefined;
  }

  get heldRows(): number {
    return this.held.length;
  }

  async apply(sql: SqlExecutor, events: readonly StoredEvent[]): Promise<void> {
    const { events: ideaEvents, ideaIds: ids, slots } = this.slots.of(events);
    if (ideaEvents.length === 0) return;
    const batch = ++this.batches;
    const { rows, state, changedIn } = this;
    for (let slot = rows.length; slot < this.slots.size; slot++) {
      rows.push(undefined);
      state.push(0);
      changedIn.push(0);
    }
    // Ideas not held: in service, any may have a row; in a rebuild, only one written and let go.
    const missing = new Map<string, number>();
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      if (rows[slot] === undefined && !missing.has(ids[i])) missing.set(ids[i], slot);
    }
    const toRead = this.tableEmpty ? [] : [...missing].filter(([, slot]) => !this.bulkLoad || state[slot] & LET_GO).map(([id]) => id);
    const [existing, context] = await Promise.all([
      toRead.length === 0 ? { rows: [] } : sql.query<{ row: Row }>(`SELECT to_jsonb(t) AS row FROM ${this.table} t WHERE idea_id = ANY($1::uuid[])`, [toRead]),
      this.context ?? this.model.loadContext(sql),
    ]);
    this.context = context;
    for (const { row } of existing.rows) {
      const slot = missing.get(row.idea_id)!;
      rows[slot] = row;
      state[slot] = STORED;
      changedIn[slot] = batch;
      this.held.push(slot);
    }
    if (this.model.afterWrite && !this.deriveAtEnd) for (const slot of missing.values()) this.before.set(slot, rows[slot]);
    for (let i = 0; i < ideaEvents.length; i++) {
      const event = ideaEvents[i];
      const slot = slots[i];
      const row = rows[slot];
      if (row && event.streamRevision <= row.last_revision) continue;
      const next = this.model.fold(row, event, context);
      if (!next) continue;
      next.last_revision = event.streamRevision;
      if (row === undefined) this.held.push(slot);
      rows[slot] = next;
      state[slot] |= DIRTY;
      changedIn[slot] = batch;
    }
  }

  async flush(sql: SqlExecutor): Promise<void> {
    await this.letGo(sql, this.held);
    this.held = [];
  }

  /** Writes the least recently changed half of the held rows and lets them go; the rest wait for their ideas' next events. */
  async evict(sql: SqlExecutor): Promise<void> {
    if (this.held.length === 0) return;
    const ages = Int32Array.from(this.held, (slot) => this.changedIn[slot]).sort();
    const median = ages[ages.length >> 1];
    // Older than the median, or as old when that is all there is: never nothing, or memory would only grow.
    const cutoff = ages[0] < median ? median : median + 1;
    const quiet: number[] = [];
    const kept: number[] = [];
    for (const slot of this.held) (this.changedIn[slot] < cutoff ? quiet : kept).push(slot);
    await this.letGo(sql, quiet);
    this.held = kept;
  }

  /**
   * A rebuild's last rows in parts that may be written side by side, each on its own connection, then the
   * row-by-row share of afterLoad in as many parts: the server writes them (similar_ideas' trigger stems
   * the text, its postings are derived) on as many cores, instead of on one while the others wait. The rows
   * in one part where afterWrite keeps aggregates of them: those writes must not cross.
   */
  drain(parts: number): ((sql: SqlExecutor) => Promise<void>)[][] {
    const held = this.held;
    this.held = [];
    const count = this.model.afterWrite && !this.deriveAtEnd ? 1 : Math.max(1, Math.min(parts, held.length));
    const size = Math.ceil(held.length / count);
    const rows = Array.from({ length: count }, (_, k) => (sql: SqlExecutor) => this.letGo(sql, held.slice(k * size, (k + 1) * size)));
    if (!this.deriveAtEnd || !this.model.afterLoadInParts) return [rows];
    this.derivedInParts = true;
    const derived = Array.from({ length: parts }, (_, part) => (sql: SqlExecutor) => this.model.afterLoadInParts!(sql, this.tables, { part, parts }));
    return [rows, derived];
  }

  async finish(sql: SqlExecutor): Promise<void> {
    if (!this.deriveAtEnd) return;
    if (this.model.afterLoadInParts && !this.derivedInParts) await this.model.afterLoadInParts(sql, this.tables, { part: 0, parts: 1 });
    await this.model.afterLoad!(sql, this.tables);
  }

  /** Writes the changed rows among `slots`, then forgets all of them (a later event reads its row back). */
  private async letGo(sql: SqlExecutor, slots: readonly number[]): Promise<void> {
    const { rows, state } = this;
    const changed = slots.filter((slot) => state[slot] & DIRTY);
    if (changed.length > 0) {
      const writer = await this.writerOf(sql, this.table);
      const upserted: Row[] = [];
      const copied: Row[] = [];
      for (const slot of changed) (this.bulkLoad && !(state[slot] & STORED) ? copied : upserted).push(rows[slot]!);
      await copyRows(sql, this.table, writer.columns, copied);
      for (let i = 0; i < upserted.length; i += ROWS_PER_STATEMENT) {
        await sql.query(writer.upsert, [JSON.stringify(upserted.slice(i, i + ROWS_PER_STATEMENT))]);
      }
      this.tableEmpty = false;
      if (this.model.afterWrite && !this.deriveAtEnd) {
        await this.model.afterWrite(
          sql,
          changed.map((slot) => ({ before: this.before.get(slot), after: rows[slot]! })),
          this.tables,
        );
      }
    }
    for (const slot of slots) {
      rows[slot] = undefined;
      state[slot] = LET_GO;
      this.before.delete(slot);
    }
    this.context = undefined; // reference data is read again for the next rows
  }
}
