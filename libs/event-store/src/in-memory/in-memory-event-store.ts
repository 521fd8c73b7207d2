import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { CatchUpSubscription, waitForWakeOrTimeout } from '../catch-up-subscription';
import { WrongExpectedVersion } from '../errors';
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

/** For unit tests: the same semantics as the PostgreSQL adapter, in one array. */
export class InMemoryEventStore implements EventStore {
  private readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly appended = new EventEmitter().setMaxListeners(0);

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('Nothing to append');
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length - 1;
    if (!revisionMatches(expectedRevision, current)) throw new WrongExpectedVersion(streamId, expectedRevision, current);
    const recordedAt = new Date();
    const stored = events.map((event, index): StoredEvent => {
      const globalPosition = BigInt(this.all.length + index + 1);
      return {
        id: event.id ?? randomUUID(),
        type: event.type,
        data: structuredClone(event.data),
        metadata: structuredClone(event.metadata),
        streamId,
        streamRevision: current + 1 + index,
        globalPosition,
        position: { commit: globalPosition, prepare: globalPosition },
        recordedAt,
      };
    });
    this.all.push(...stored);
    this.streams.set(streamId, [...stream, ...stored]);
    this.appended.emit('appended');
    const last = stored[stored.length - 1];
    return { nextExpectedRevision: last.streamRevision, globalPosition: last.globalPosition, position: last.position };
  }

  async readStream(streamId: string, options: { fromRevision?: number } = {}): Promise<StoredEvent[]> {
    return (this.streams.get(streamId) ?? []).slice(options.fromRevision ?? 0);
  }

  async readAll({ fromPosition = START, maxCount = 1000 }: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.all.filter((event) => comparePositions(event.position, fromPosition) > 0).slice(0, maxCount);
  }

  subscribeToAll({ fromPosition = START }: SubscribeOptions = {}): EventSubscription {
    return new CatchUpSubscription(
      {
        readBatch: (after: Position) => this.readAll({ fromPosition: after, maxCount: 500 }),
        waitForMore: (signal) =>
          waitForWakeOrTimeout(
            (wake) => {
              this.appended.once('appended', wake);
              return () => this.appended.off('appended', wake);
            },
            1000,
            signal,
          ),
      },
      fromPosition,
    );
  }

  async readHead(): Promise<StoredEvent | null> {
    return this.all.at(-1) ?? null;
  }

  readNewest(): Promise<StoredEvent | null> {
    return this.readHead();
  }

  async close(): Promise<void> {}
}

export function revisionMatches(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      return expected === current;
  }
}
