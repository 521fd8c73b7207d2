import type { StoredEvent } from '@civic/event-store';
import type { IdeaSlots } from './idea-slots';

/** The projection's connection, inside the transaction that also moves its checkpoint. */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }>;
}

/**
 * Physical table of each logical table in one generation, e.g.
 * { department_inbox: 'department_inbox_g2' }. Queries read the logical name:
 * a view that a rebuild switches to the new generation in one transaction.
 */
export type TableNames = Readonly<Record<string, string>>;

export interface Projection {
  /** Names its checkpoint, its tables' prefix and the rebuild command's argument. */
  readonly name: string;
  /** Logical table names, each served to queries through a view of that name. */
  readonly tables: readonly string[];
  /** Creates one generation's tables and indexes. */
  createTables(sql: SqlExecutor, tables: TableNames): Promise<void>;
  /**
   * Applies a batch of $all events (of any type: skip what you do not read)
   * in the runner's transaction. Idempotent by stream revision, so a batch
   * seen twice changes nothing.
   */
  applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void>;
  /**
   * Optional, for rebuilds: folds many batches in memory and writes them at
   * flush, far fewer writes than a transaction per batch. The rebuild flushes
   * in the transaction that moves the new generation's checkpoint.
   */
  openBulkSession?(tables: TableNames, options: BulkSessionOptions): BulkSession;
  /**
   * Optional: logical tables a bulk session fills only at its end (BulkSession.finish), from its rows: a rebuild
   * builds their primary keys after that, beside the secondary indexes, instead of keeping them during the load.
   */
  readonly keysAfterLoad?: readonly string[];
}

export interface BulkSessionOptions {
  /** A rebuild's new generation: empty, and written by this session alone until it is served. */
  readonly startsEmpty?: boolean;
  /** The ideas' slots, shared by every session of one rebuild (each session makes its own otherwise). */
  readonly ideaSlots?: IdeaSlots;
}

export interface BulkSession {
  /** Folds a batch into memory (reading rows it does not hold yet). */
  apply(sql: SqlExecutor, events: readonly StoredEvent[]): Promise<void>;
  /** Rows in memory: the caller flushes before this grows too large. */
  readonly heldRows: number;
  /** Writes the changed rows, in the caller's transaction, and forgets them all. */
  flush(sql: SqlExecutor): Promise<void>;
  /**
   * Optional, for a rebuild's new generation (not served until its last write): writes the rows least
   * likely to change again and forgets them, without a checkpoint; the last flush writes the rest with it.
   */
  evict?(sql: SqlExecutor): Promise<void>;
  /**
   * Optional, for a rebuild's new generation, once every batch is applied: takes every held row and gives back
   * the writes left before the last flush, in stages of at most `parts` parts: the parts of a stage side by
   * side, each on its own connection and in its own transaction (no checkpoint), the stages one after another.
   * The last flush then writes the checkpoint and whatever finish still derives.
   */
  drain?(parts: number): ((sql: SqlExecutor) => Promise<void>)[][];
  /** Optional: after the last flush, in the same transaction: what is derived from all the rows at once. */
  finish?(sql: SqlExecutor): Promise<void>;
}
