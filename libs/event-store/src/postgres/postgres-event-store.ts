import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Pool, PoolClient, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import { CatchUpSubscription, waitForWakeOrTimeout } from '../catch-up-subscription';
import { WrongExpectedVersion } from '../errors';
import type {
  AppendResult,
  AppendsWithStatements,
  EventStore,
  EventSubscription,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  SqlStatement,
  StoredEvent,
  SubscribeOptions,
} from '../event-store.port';
import { START, type Position } from '../position';
import { EVENTS_APPENDED_CHANNEL } from './postgres-event-store.schema';
import { toPostgresEventStoreError } from './postgres-unavailable';

export interface PostgresEventStoreOptions {
  /** How long a caught-up subscriber waits when no notification comes (an aborted or foreign transaction wakes nobody). */
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
}

const NOTIFY_COALESCE_MS = 5;
/** How soon a caught-up subscriber looks again while committed events wait behind an older open transaction. */
const HELD_BACK_RECHECK_MS = 50;

const COLUMNS = `global_position, transaction_id, event_id, stream_id, stream_revision, type, data, metadata, recorded_at`;

/** The default adapter: an append-only table in the same PostgreSQL as the read models. */
export class PostgresEventStore implements EventStore, AppendsWithStatements {
  private readonly wakeUps = new EventEmitter().setMaxListeners(0);
  private listener: PoolClient | null = null;
  private listening: Promise<void> | null = null;
  private closed = false;
  private notifyPending = false;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly pool: Pool,
    options: PostgresEventStoreOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.batchSize = options.batchSize ?? 1000;
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('Nothing to append');
    const { rows } = await this.query<AppendRow>(`append to ${streamId}`, appendQuery(streamId, events, expectedRevision));
    return this.appended(streamId, expectedRevision, rows[0]);
  }

  /**
   * The statements and the append as one SQL statement (data-modifying CTEs),
   * so one round trip and one commit (one WAL flush) for both: a lost race
   * raises inside that statement, which rolls the statements back too.
   * Statements are single INSERT/UPDATE/DELETE statements with placeholders
   * $1…$n (renumbered here; no dollar-quoted strings).
   */
  async appendToStreamWith(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision, statements }: { expectedRevision: ExpectedRevision; statements: readonly SqlStatement[] },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('Nothing to append');
    if (statements.length === 0) return this.appendToStream(streamId, events, { expectedRevision });
    const append = appendQuery(streamId, events, expectedRevision);
    const values: unknown[] = [...append.values];
    const sides = statements.map((statement, index) => {
      const offset = values.length;
      values.push(...(statement.values ?? []));
      return `side_${index} AS (${statement.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
    });
    // The cast fails (and so the whole statement) only when the append refused: the rows the statements wrote go with it.
    const text = `WITH appended AS MATERIALIZED (SELECT * FROM append_to_stream($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])), ${sides.join(', ')}
      SELECT appended.*, CASE WHEN appended.ok THEN NULL ELSE ('${REFUSED}' || appended.revision)::int END AS refused FROM appended`;
    try {
      const { rows } = await this.pool.query<AppendRow>({ name: preparedName(text), text, values });
      return this.appended(streamId, expectedRevision, rows[0]);
    } catch (error) {
      const refused = new RegExp(`${REFUSED}(-?\\d+)`).exec((error as Error).message ?? '');
      if (refused) throw new WrongExpectedVersion(streamId, expectedRevision, Number(refused[1]));
      throw toPostgresEventStoreError(error, `append to ${streamId}`);
    }
  }

  private appended(streamId: string, expectedRevision: ExpectedRevision, row: AppendRow): AppendResult {
    if (!row.ok) throw new WrongExpectedVersion(streamId, expectedRevision, Number(row.revision));
    this.announceAppend();
    const globalPosition = BigInt(row.last_position!);
    return {
      nextExpectedRevision: Number(row.revision),
      globalPosition,
      position: { commit: BigInt(row.transaction_id!), prepare: globalPosition },
    };
  }

  async readStream(streamId: string, { fromRevision = 0 }: { fromRevision?: number } = {}): Promise<StoredEvent[]> {
    const { rows } = await this.query<EventRow>(`read ${streamId}`, {
      name: 'read_stream',
      text: `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 AND stream_revision >= $2 ORDER BY stream_revision`,
      values: [streamId, fromRevision],
    });
    return rows.map(toStoredEvent);
  }

  async readAll({ fromPosition = START, maxCount = this.batchSize }: ReadAllOptions = {}): Promise<StoredEvent[]> {
    // Only below the oldest transaction still in flight: a slower writer can
    // never commit an event behind what a reader has already passed.
    const { rows } = await this.query<EventRow>('read $all', {
      name: 'read_all',
      text: `SELECT ${COLUMNS} FROM events
             WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
               AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
             ORDER BY transaction_id, global_position
             LIMIT $3`,
      values: [fromPosition.commit.toString(), fromPosition.prepare.toString(), maxCount],
    });
    return rows.map(toStoredEvent);
  }

  async readHead(): Promise<StoredEvent | null> {
    const { rows } = await this.query<EventRow>('read the head of $all', {
      name: 'read_head',
      text: `SELECT ${COLUMNS} FROM events
             WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
             ORDER BY transaction_id DESC, global_position DESC
             LIMIT 1`,
    });
    return rows.length === 0 ? null : toStoredEvent(rows[0]);
  }

  async readNewest(): Promise<StoredEvent | null> {
    const { rows } = await this.query<EventRow>('read the newest event', {
      name: 'read_newest',
      text: `SELECT ${COLUMNS} FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    });
    return rows.length === 0 ? null : toStoredEvent(rows[0]);
  }

  subscribeToAll({ fromPosition = START }: SubscribeOptions = {}): EventSubscription {
    void this.listen();
    let heldBack = false;
    return new CatchUpSubscription(
      {
        readBatch: async (after) => {
          const batch = await this.readAll({ fromPosition: after, maxCount: this.batchSize });
          heldBack = batch.length === 0 && (await this.hasHeldBackEvents());
          return batch;
        },
        waitForMore: (signal) =>
          waitForWakeOrTimeout(
            (wake) => {
              this.wakeUps.once('wake', wake);
              return () => this.wakeUps.off('wake', wake);
            },
            // Nothing wakes us when the transaction holding events back ends, so look again soon rather than at the next poll.
            heldBack ? HELD_BACK_RECHECK_MS : this.pollIntervalMs,
            signal,
          ),
      },
      fromPosition,
    );
  }

  /**
   * Committed events that $all may not show yet, because an older transaction
   * (anywhere on the server) is still open: the wake-up for them has come and
   * gone. Rows of transactions in flight are invisible here, so any row at or
   * above the horizon is committed and merely held back.
   */
  private async hasHeldBackEvents(): Promise<boolean> {
    const { rows } = await this.query<{ held_back: boolean }>('read $all', {
      name: 'held_back',
      text: `SELECT EXISTS (SELECT 1 FROM events WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot())) AS held_back`,
    });
    return rows[0].held_back;
  }

  /** Every query of the adapter: a database that cannot be reached is EventStoreUnavailable, as with EventStoreDB. */
  private async query<Row extends QueryResultRow = QueryResultRow>(operation: string, config: QueryConfig): Promise<QueryResult<Row>> {
    try {
      return await this.pool.query<Row>(config);
    } catch (error) {
      throw toPostgresEventStoreError(error, operation);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeUps.emit('wake');
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      await listener.query(`UNLISTEN ${EVENTS_APPENDED_CHANNEL}`).catch(() => undefined);
      releaseOnce(listener);
    }
  }

  /**
   * Wakes this process's subscribers at once and other processes' through one
   * NOTIFY per few milliseconds, sent after the commit: a NOTIFY inside the
   * append would serialise every commit on the server's notify lock.
   */
  private announceAppend(): void {
    this.wakeUps.emit('wake');
    if (this.notifyPending || this.closed) return;
    this.notifyPending = true;
    setTimeout(() => {
      this.notifyPending = false;
      if (!this.closed) this.pool.query(`SELECT pg_notify('${EVENTS_APPENDED_CHANNEL}', '')`).catch(() => undefined);
    }, NOTIFY_COALESCE_MS).unref();
  }

  /** One LISTEN connection per store wakes every subscription; polling covers its outages. */
  private listen(): Promise<void> {
    if (this.listening || this.closed) return this.listening ?? Promise.resolve();
    this.listening = (async () => {
      try {
        const client = await this.pool.connect();
        released.delete(client); // a pooled client may have been a listener before
        if (this.closed) return releaseOnce(client);
        client.on('notification', () => this.wakeUps.emit('wake'));
        client.on('error', () => {
          // The connection broke: let it go and listen again on the next subscription or poll.
          if (this.listener === client) this.listener = null;
          releaseOnce(client, true);
          this.listening = null;
          if (!this.closed) setTimeout(() => void this.listen(), this.pollIntervalMs).unref();
        });
        await client.query(`LISTEN ${EVENTS_APPENDED_CHANNEL}`);
        this.listener = client;
      } catch {
        this.listening = null;
        if (!this.closed) setTimeout(() => void this.listen(), this.pollIntervalMs).unref();
      }
    })();
    return this.listening;
  }
}

interface AppendRow {
  ok: boolean;
  revision: string;
  last_position: string | null;
  transaction_id: string | null;
}

function appendQuery(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision) {
  return {
    name: 'append_to_stream',
    text: 'SELECT * FROM append_to_stream($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])',
    values: [
      streamId,
      String(expectedRevision),
      events.map((event) => event.id ?? randomUUID()),
      events.map((event) => event.type),
      events.map((event) => JSON.stringify(event.data)),
      events.map((event) => JSON.stringify(event.metadata)),
    ],
  };
}

/** Marks the error of a refused append inside appendToStreamWith's statement; the stream's revision follows it. */
const REFUSED = 'civic-append-refused:stream-revision=';

/** One prepared statement per distinct text (a handful: the callers' statements are fixed); past 100 texts, unprepared. */
const preparedNames = new Map<string, string>();
function preparedName(text: string): string | undefined {
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < 100) {
    name = `append_with_${preparedNames.size}`;
    preparedNames.set(text, name);
  }
  return name;
}

const released = new WeakSet<PoolClient>();

/** A server shutting down can break the LISTEN connection while close() lets it go too: release it only once (pg throws on a second release). */
function releaseOnce(client: PoolClient, destroy = false): void {
  if (released.has(client)) return;
  released.add(client);
  client.release(destroy);
}

interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  stream_id: string;
  stream_revision: string;
  type: string;
  data: unknown;
  metadata: StoredEvent['metadata'];
  recorded_at: Date;
}

function toStoredEvent(row: EventRow): StoredEvent {
  const globalPosition = BigInt(row.global_position);
  const position: Position = { commit: BigInt(row.transaction_id), prepare: globalPosition };
  return {
    id: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamRevision: Number(row.stream_revision),
    globalPosition,
    position,
    recordedAt: row.recorded_at,
  };
}
