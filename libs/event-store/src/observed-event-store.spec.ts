import { eventStoreContract } from './contract/event-store.contract';
import { WrongExpectedVersion } from './errors';
import type { EventStore, EventToAppend } from './event-store.port';
import { EventStoreUnavailable } from './event-store-unavailable';
import { InMemoryEventStore } from './in-memory/in-memory-event-store';
import { type AppendObservation, observeEventStore } from './observed-event-store';
import { checkEventStoreReachable } from './reachability';

// The wrapper changes nothing a caller can see: the whole contract holds through it.
eventStoreContract('observed in-memory', async () => ({
  store: observeEventStore(new InMemoryEventStore(), { appended: () => undefined }),
  dispose: async () => undefined,
}));

const event = (type: string): EventToAppend => ({
  type,
  data: {},
  metadata: { correlationId: 'c', causationId: null, actor: 'citizen', occurredAt: '2026-11-24T09:00:00.000Z', schemaVersion: 1 },
});

describe('observeEventStore', () => {
  let seen: AppendObservation[];
  let store: EventStore;
  beforeEach(() => {
    seen = [];
    store = observeEventStore(new InMemoryEventStore(), { appended: (observation) => seen.push(observation) });
  });

  it('reports each append with its event count and duration', async () => {
    await store.appendToStream('idea-1', [event('A'), event('B')], { expectedRevision: 'no_stream' });
    expect(seen).toEqual([{ result: 'ok', events: 2, durationSeconds: expect.any(Number) }]);
    expect(seen[0].durationSeconds).toBeGreaterThanOrEqual(0);
    expect(seen[0].durationSeconds).toBeLessThan(5);
  });

  it('reports a lost race as wrong_expected_version and still throws it', async () => {
    await store.appendToStream('idea-1', [event('A')], { expectedRevision: 'no_stream' });
    await expect(store.appendToStream('idea-1', [event('B')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(WrongExpectedVersion);
    expect(seen.map((observation) => observation.result)).toEqual(['ok', 'wrong_expected_version']);
  });

  it('reports any other failure as error', async () => {
    const failing = new InMemoryEventStore();
    failing.appendToStream = async () => {
      throw new EventStoreUnavailable('append to idea-1', 'down');
    };
    const observed = observeEventStore(failing, { appended: (observation) => seen.push(observation) });
    await expect(observed.appendToStream('idea-1', [event('A')], { expectedRevision: 'any' })).rejects.toBeInstanceOf(EventStoreUnavailable);
    expect(seen).toEqual([{ result: 'error', events: 1, durationSeconds: expect.any(Number) }]);
  });

  it('keeps the adapter’s reachability check', async () => {
    const unreachable = Object.assign(new InMemoryEventStore(), { checkReachable: async () => Promise.reject(new EventStoreUnavailable('ping', 'no answer')) });
    await expect(checkEventStoreReachable(observeEventStore(unreachable, { appended: () => undefined }))).rejects.toBeInstanceOf(EventStoreUnavailable);
    await expect(checkEventStoreReachable(store)).resolves.toBeUndefined();
  });
});
