import type { EventStore } from './event-store.port';

/** An adapter whose events live on their own server can say whether that server answers now (readiness). */
export interface ReachabilityCheck {
  /** Resolves when the server answered within the adapter's timeout; rejects with EventStoreUnavailable otherwise. */
  checkReachable(): Promise<void>;
}

function hasReachabilityCheck(store: EventStore): store is EventStore & ReachabilityCheck {
  return typeof (store as Partial<ReachabilityCheck>).checkReachable === 'function';
}

/** For health checks: asks the adapter when it has its own server; PostgreSQL is checked with the database itself. */
export async function checkEventStoreReachable(store: EventStore): Promise<void> {
  if (hasReachabilityCheck(store)) await store.checkReachable();
}
