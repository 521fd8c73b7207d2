import { WrongExpectedVersion } from './errors';
import {
  type AppendResult,
  type AppendsWithStatements,
  commitsStatementsWithAppends,
  type EventStore,
  type EventSubscription,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type SqlStatement,
  type StoredEvent,
  type SubscribeOptions,
} from './event-store.port';
import { checkEventStoreReachable, type ReachabilityCheck } from './reachability';

/** How one append ended: `wrong_expected_version` is a lost race (a 409), `error` anything else (the store unreachable, a bug). */
export type AppendResultKind = 'ok' | 'wrong_expected_version' | 'error';

export interface AppendObservation {
  readonly result: AppendResultKind;
  readonly durationSeconds: number;
  /** Events in the append (also when it failed). */
  readonly events: number;
}

/** Told about every append (metrics); it must not throw. The event store itself stays free of any metrics library. */
export interface EventStoreObserver {
  appended(observation: AppendObservation): void;
}

/** The same store, with every append reported to the observer; reads and subscriptions pass straight through. */
export function observeEventStore(store: EventStore, observer: EventStoreObserver): EventStore {
  return commitsStatementsWithAppends(store) ? new ObservedTransactionalEventStore(store, observer) : new ObservedEventStore(store, observer);
}

class ObservedEventStore implements EventStore, ReachabilityCheck {
  constructor(
    protected readonly inner: EventStore,
    private readonly observer: EventStoreObserver,
  ) {}

  appendToStream(streamId: string, events: readonly EventToAppend[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    return this.observed(events, () => this.inner.appendToStream(streamId, events, options));
  }

  protected async observed(events: readonly EventToAppend[], append: () => Promise<AppendResult>): Promise<AppendResult> {
    const started = process.hrtime.bigint();
    const report = (result: AppendResultKind) =>
      this.observer.appended({ result, durationSeconds: Number(process.hrtime.bigint() - started) / 1e9, events: events.length });
    try {
      const appended = await append();
      report('ok');
      return appended;
    } catch (error) {
      report(error instanceof WrongExpectedVersion ? 'wrong_expected_version' : 'error');
      throw error;
    }
  }

  readStream(streamId: string, options?: { fromRevision?: number }): Promise<StoredEvent[]> {
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    return this.inner.readAll(options);
  }

  readHead(): Promise<StoredEvent | null> {
    return this.inner.readHead();
  }

  readNewest(): Promise<StoredEvent | null> {
    return this.inner.readNewest();
  }

  subscribeToAll(options?: SubscribeOptions): EventSubscription {
    return this.inner.subscribeToAll(options);
  }

  checkReachable(): Promise<void> {
    return checkEventStoreReachable(this.inner);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** The same, for a store that can commit statements with an append (PostgreSQL): that capability stays visible through the wrapper. */
class ObservedTransactionalEventStore extends ObservedEventStore implements AppendsWithStatements {
  constructor(
    private readonly transactional: EventStore & AppendsWithStatements,
    observer: EventStoreObserver,
  ) {
    super(transactional, observer);
  }

  appendToStreamWith(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision; statements: readonly SqlStatement[] },
  ): Promise<AppendResult> {
    return this.observed(events, () => this.transactional.appendToStreamWith(streamId, events, options));
  }
}
