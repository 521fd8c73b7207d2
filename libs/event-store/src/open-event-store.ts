import type { Pool } from 'pg';
import type { EventStore } from './event-store.port';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { type EventStoreObserver, observeEventStore } from './observed-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

export type EventStoreKind = 'postgres' | 'eventstoredb';

export interface OpenEventStoreOptions {
  /** Default: postgres. */
  readonly kind?: EventStoreKind;
  /** The event store pool (PostgreSQL); the read models keep theirs whichever store is chosen. */
  readonly pool: Pool;
  /** EventStoreDB's connection string, e.g. esdb://host:2113?tls=false; required for eventstoredb. */
  readonly eventStoreUrl?: string | null;
  /** Our own limit on each EventStoreDB call. */
  readonly timeoutMs?: number;
  /** Told about every append (the processes' metrics); absent: nothing is observed. */
  readonly observer?: EventStoreObserver;
}

/** The one place that picks the adapter (EVENT_STORE); everything else sees only the port. */
export function openEventStore({ observer, ...options }: OpenEventStoreOptions): EventStore {
  const store = openAdapter(options);
  return observer ? observeEventStore(store, observer) : store;
}

function openAdapter({ kind = 'postgres', pool, eventStoreUrl, timeoutMs }: Omit<OpenEventStoreOptions, 'observer'>): EventStore {
  switch (kind) {
    case 'postgres':
      return new PostgresEventStore(pool);
    case 'eventstoredb':
      if (!eventStoreUrl) throw new Error('The EventStoreDB event store needs a connection string (EVENTSTORE_URL)');
      return EventStoreDbEventStore.connect(eventStoreUrl, { timeoutMs });
  }
}
