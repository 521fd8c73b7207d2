import type { Position } from './position';

/** any: no check; no_stream: must not exist; stream_exists: must exist; a number: the stream's last revision. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface EventMetadata {
  readonly correlationId: string;
  readonly causationId: string | null;
  /** Who caused the event: a staff subject, `citizen`, or `system`. */
  readonly actor: string;
  readonly occurredAt: string;
  readonly schemaVersion: number;
  readonly [extra: string]: unknown;
}

export interface EventToAppend {
  /** A uuid; generated when absent. */
  readonly id?: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface StoredEvent<Data = unknown> {
  readonly id: string;
  readonly type: string;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly streamId: string;
  /** Counts from 0 within the stream, as in EventStoreDB. */
  readonly streamRevision: number;
  /** Unique and increasing in append order (not necessarily in commit order). */
  readonly globalPosition: bigint;
  /** The checkpoint to resume after this event. */
  readonly position: Position;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** The stream's last revision after the append: pass it as the next expectedRevision. */
  readonly nextExpectedRevision: number;
  readonly globalPosition: bigint;
  readonly position: Position;
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. Default: from the beginning. */
  readonly fromPosition?: Position;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive: events after this checkpoint. Default: from the beginning. */
  readonly fromPosition?: Position;
}

/** Catch-up, then live. Iterate it; close() ends the iteration. */
export interface EventSubscription extends AsyncIterable<StoredEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  appendToStream(streamId: string, events: readonly EventToAppend[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  /** The stream's events from a revision (inclusive); [] when the stream does not exist. */
  readStream(streamId: string, options?: { fromRevision?: number }): Promise<StoredEvent[]>;
  /** Events in global order, never skipping one committed late by a slower writer. */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** The last event a reader of $all can see now, or null when the store is empty (for lag and progress). */
  readHead(): Promise<StoredEvent | null>;
  /**
   * The newest committed event, even one $all still holds back behind an
   * older transaction open elsewhere on the server (for lag: such an event is
   * not yet applied, so a reader is not caught up).
   */
  readNewest(): Promise<StoredEvent | null>;
  subscribeToAll(options?: SubscribeOptions): EventSubscription;
  close(): Promise<void>;
}

/** A parameterised SQL statement, e.g. `{ text: 'INSERT … VALUES ($1)', values: [x] }`. */
export interface SqlStatement {
  readonly text: string;
  readonly values?: readonly unknown[];
}

/**
 * A store in the same PostgreSQL as the application's own tables: it can
 * commit rows of those tables in the very transaction of an append (both or
 * neither). EventStoreDB cannot; check with commitsStatementsWithAppends.
 */
export interface AppendsWithStatements {
  /**
   * Runs the statements and the append in one transaction (on PostgreSQL: one
   * statement, one round trip); neither sees the other's rows. A lost race
   * (WrongExpectedVersion) or any failure rolls the statements back too.
   */
  appendToStreamWith(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision; statements: readonly SqlStatement[] },
  ): Promise<AppendResult>;
}

export function commitsStatementsWithAppends(store: EventStore): store is EventStore & AppendsWithStatements {
  return typeof (store as Partial<AppendsWithStatements>).appendToStreamWith === 'function';
}

export const EVENT_STORE = Symbol('EventStore');
