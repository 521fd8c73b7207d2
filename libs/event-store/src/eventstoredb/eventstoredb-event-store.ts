import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  StreamNotFoundError,
  type AllStreamResolvedEvent,
  type AppendResult as ClientAppendResult,
  type ReadPosition,
  type StreamingRead,
} from '@eventstore/db-client';
import type {
  AppendResult,
  EventStore,
  EventSubscription,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  StoredEvent,
  SubscribeOptions,
} from '../event-store.port';
import { comparePositions, START, type Position } from '../position';
import type { ReachabilityCheck } from '../reachability';
import { toEventStoreError, type AppendAttempt } from './client-errors';
import { EventStoreDbSubscription } from './eventstoredb-subscription';
import { toClientExpectedRevision } from './expected-revision';
import { closeChannel, isConnected } from './grpc-channel';
import { fromClientPosition, toReadPosition } from './positions';
import { isSystemEvent, PositionNotReported, toEventData, toStoredEvent } from './recorded-events';
import { withTimeout } from './with-timeout';

export interface EventStoreDbOptions {
  /** Our own limit on every call to the server (the client's deadline cannot stop a silent port). */
  readonly timeoutMs?: number;
  /** Events per read of $all. */
  readonly pageSize?: number;
}

export const DEFAULT_EVENTSTORE_TIMEOUT_MS = 5000;

/** A replaced client leaves its silent socket behind (grpc-js closes a half-open HTTP/2 session only gracefully): bound how many. */
const REPLACE_CLIENT_AT_MOST_EVERY_MS = 30_000;

/** For deployments that outgrow one PostgreSQL: EventStoreDB / KurrentDB, clustered and replicated. */
export class EventStoreDbEventStore implements EventStore, ReachabilityCheck {
  /** Never connects here: the first call does, and fails within the timeout when nobody answers. */
  static connect(connectionString: string, options: EventStoreDbOptions = {}): EventStoreDbEventStore {
    EventStoreDBClient.connectionString(connectionString); // a malformed string fails now, not at the first call
    return new EventStoreDbEventStore(() => EventStoreDBClient.connectionString(connectionString), options);
  }

  private readonly timeoutMs: number;
  private readonly pageSize: number;
  private readonly subscriptions = new Set<EventSubscription>();
  private client: EventStoreDBClient;
  private replacedAt = Number.NEGATIVE_INFINITY;
  private checkingClient = false;

  constructor(
    /** A client for the same server; a new one replaces a client stuck on a silent connection. */
    private readonly openClient: () => EventStoreDBClient,
    options: EventStoreDbOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_EVENTSTORE_TIMEOUT_MS;
    this.pageSize = options.pageSize ?? 500;
    this.client = openClient();
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('Nothing to append');
    const attempt: AppendAttempt = { streamId, expectedRevision };
    const result = await this.call<ClientAppendResult>(
      `append to ${streamId}`,
      (client) =>
        client.appendToStream(streamId, events.map(toEventData), {
          expectedRevision: toClientExpectedRevision(expectedRevision),
          deadline: this.timeoutMs,
        }),
      attempt,
    );
    const nextExpectedRevision = Number(result.nextExpectedRevision);
    // The server reports the last event's position; older servers may not, then we read it back.
    const position = fromClientPosition(result.position) ?? (await this.positionOfRevision(streamId, nextExpectedRevision));
    return { nextExpectedRevision, globalPosition: position.prepare, position };
  }

  async readStream(streamId: string, { fromRevision = 0 }: { fromRevision?: number } = {}): Promise<StoredEvent[]> {
    try {
      const resolved = await this.collect(`read stream ${streamId}`, (client) =>
        client.readStream(streamId, { fromRevision: BigInt(fromRevision), direction: FORWARDS }),
      );
      return resolved.flatMap((one) => (one.event ? [toStoredEvent(one.event)] : []));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /** $all without the server's own events, after a position (the server's reads include it, ours do not). */
  async readAll({ fromPosition = START, maxCount = this.pageSize }: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    const pageSize = Math.min(Math.max(maxCount + 1, 32), 4096);
    let cursor = fromPosition;
    while (events.length < maxCount) {
      const page = await this.readAllPage(toReadPosition(cursor), FORWARDS, pageSize);
      for (const recorded of page) {
        const position = fromClientPosition(recorded.position);
        if (!position || comparePositions(position, cursor) <= 0) continue;
        if (!isSystemEvent(recorded) && events.length < maxCount) events.push(toStoredEvent(recorded));
      }
      if (page.length < pageSize) break; // the end of $all
      const last = fromClientPosition(page[page.length - 1].position);
      if (!last) throw new PositionNotReported(page[page.length - 1].id);
      cursor = last;
    }
    return events;
  }

  /** The newest event of ours: $all read backwards past the server's own events. */
  async readHead(): Promise<StoredEvent | null> {
    let from: ReadPosition = END;
    for (;;) {
      const page = await this.readAllPage(from, BACKWARDS, this.pageSize);
      const ours = page.find((recorded) => !isSystemEvent(recorded) && (from === END || comparePositions(recorded.position, from as Position) < 0));
      if (ours) return toStoredEvent(ours);
      if (page.length < this.pageSize) return null; // the beginning of $all
      from = page[page.length - 1].position;
    }
  }

  /** EventStoreDB holds nothing back: $all shows every committed event. */
  readNewest(): Promise<StoredEvent | null> {
    return this.readHead();
  }

  subscribeToAll({ fromPosition = START }: SubscribeOptions = {}): EventSubscription {
    let client = this.client;
    const subscription: EventSubscription = new EventStoreDbSubscription(
      {
        open: () => (client = this.client).subscribeToAll({ fromPosition: toReadPosition(fromPosition), filter: excludeSystemEvents() }),
        onSilent: () => this.replaceStuck(client),
        onClose: () => this.subscriptions.delete(subscription),
      },
      fromPosition,
      this.timeoutMs,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** For readiness: one tiny read of $all, within our timeout; rejects with EventStoreUnavailable. */
  async checkReachable(): Promise<void> {
    await this.collect('check that EventStoreDB answers', (client) => client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 }));
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await abandon(this.client, this.timeoutMs);
  }

  private async readAllPage(fromPosition: ReadPosition, direction: typeof FORWARDS | typeof BACKWARDS, maxCount: number) {
    const resolved = await this.collect('read $all', (client) => client.readAll({ fromPosition, direction, maxCount }));
    return resolved.flatMap((one: AllStreamResolvedEvent) => (one.event ? [one.event] : []));
  }

  private async positionOfRevision(streamId: string, revision: number): Promise<Position> {
    const [event] = await this.readStream(streamId, { fromRevision: revision });
    if (!event) throw new Error(`Stream ${streamId} has no revision ${revision} right after appending it`);
    return event.position;
  }

  private async call<T>(operation: string, run: (client: EventStoreDBClient) => Promise<T>, attempt?: AppendAttempt): Promise<T> {
    const client = this.client;
    try {
      return await withTimeout(run(client), this.timeoutMs, operation, () => this.replaceStuck(client));
    } catch (error) {
      throw toEventStoreError(error, operation, attempt);
    }
  }

  /** A streaming read gathered into an array, cancelled when our timeout fires first. */
  private async collect<E>(operation: string, open: (client: EventStoreDBClient) => StreamingRead<E>): Promise<E[]> {
    const client = this.client;
    let read: StreamingRead<E> | undefined;
    const gather = async () => {
      read = open(client);
      const items: E[] = [];
      for await (const item of read) items.push(item);
      return items;
    };
    try {
      return await withTimeout(gather(), this.timeoutMs, operation, () => {
        void read?.cancel().catch(() => undefined);
        read?.destroy();
        this.replaceStuck(client);
      });
    } catch (error) {
      throw toEventStoreError(error, operation);
    }
  }

  /**
   * A client whose connection never came up waits on it for ever (and caches
   * the server's capabilities, asked for on it): the next call gets a new
   * client, so the store recovers once the server answers. A client that is
   * connected and merely slow is kept, with the calls it serves.
   */
  private replaceStuck(client: EventStoreDBClient): void {
    if (this.client !== client || this.checkingClient || Date.now() - this.replacedAt < REPLACE_CLIENT_AT_MOST_EVERY_MS) return;
    this.checkingClient = true;
    void isConnected(client, this.timeoutMs)
      .then((connected) => {
        if (connected || this.client !== client) return;
        this.replacedAt = Date.now();
        this.client = this.openClient();
        return abandon(client, this.timeoutMs);
      })
      .catch(() => undefined)
      .finally(() => (this.checkingClient = false));
  }
}

async function abandon(client: EventStoreDBClient, timeoutMs: number): Promise<void> {
  await withTimeout(client.dispose(), timeoutMs, 'close the EventStoreDB client').catch(() => undefined);
  await closeChannel(client, timeoutMs).catch(() => undefined);
}
