import { createServer, type Server, type Socket } from 'node:net';
import { EventStoreUnavailable } from '../event-store-unavailable';
import { checkEventStoreReachable } from '../reachability';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { freePort } from '@civic/platform/testing';

/** No EventStoreDB server here: these pin down what the adapter does when there is none (real sockets, no mocks). */

const metadata = { correlationId: 'c-1', causationId: null, actor: 'tester', occurredAt: '2026-11-24T10:00:00.000Z', schemaVersion: 1 };
const anEvent = { type: 'Ping', data: {}, metadata };

/** Accepts TCP and never answers: what made the client hang forever whatever its deadline said. */
async function silentServer() {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let closed: Promise<unknown> | null = null;
  const stopListening = () => (closed ??= new Promise((resolve) => server.close(resolve)));
  return {
    port: (server.address() as { port: number }).port,
    /** Open connections stay (silent); new ones are refused. */
    stopListening: async () => {
      void stopListening();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await stopListening();
    },
  };
}

async function timed(work: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await work();
    return { error: undefined, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

describe('EventStoreDbEventStore with a closed port', () => {
  let store: EventStoreDbEventStore;
  beforeAll(async () => {
    store = EventStoreDbEventStore.connect(`esdb://127.0.0.1:${await freePort()}?tls=false`, { timeoutMs: 3000 });
  });
  afterAll(() => store.close());

  it.each([
    ['appendToStream', () => store.appendToStream('idea-1', [anEvent], { expectedRevision: 'no_stream' })],
    ['readStream', () => store.readStream('idea-1')],
    ['readAll', () => store.readAll()],
    ['readHead', () => store.readHead()],
    ['checkReachable', () => store.checkReachable()],
  ])('%s rejects at once with EventStoreUnavailable, long before the timeout', async (_, call) => {
    const { error, ms } = await timed(call);
    expect(error).toBeInstanceOf(EventStoreUnavailable);
    expect((error as Error).message).toMatch(/UNAVAILABLE|ECONNREFUSED/);
    expect(ms).toBeLessThan(2000);
  });

  it('ends a subscription’s iteration with EventStoreUnavailable (the runner restarts from its checkpoint)', async () => {
    const subscription = store.subscribeToAll();
    const { error, ms } = await timed(async () => {
      for await (const event of subscription) return event;
    });
    expect(error).toBeInstanceOf(EventStoreUnavailable);
    expect(ms).toBeLessThan(2000);
    await subscription.close();
  });

  it('reports readiness down through the generic check', async () => {
    await expect(checkEventStoreReachable(store)).rejects.toBeInstanceOf(EventStoreUnavailable);
  });
});

describe('EventStoreDbEventStore with a port that accepts TCP but never speaks gRPC', () => {
  const TIMEOUT_MS = 300;
  let silent: Awaited<ReturnType<typeof silentServer>>;
  let store: EventStoreDbEventStore;
  beforeAll(async () => {
    silent = await silentServer();
    store = EventStoreDbEventStore.connect(`esdb://127.0.0.1:${silent.port}?tls=false`, { timeoutMs: TIMEOUT_MS });
  });
  afterAll(async () => {
    await store.close();
    await silent.close();
  });

  it.each([
    ['appendToStream', () => store.appendToStream('idea-1', [anEvent], { expectedRevision: 'no_stream' }), /append to idea-1/],
    ['readStream', () => store.readStream('idea-1'), /read stream idea-1/],
    ['readAll', () => store.readAll(), /read \$all/],
    ['readHead', () => store.readHead(), /read \$all/],
    ['checkReachable', () => store.checkReachable(), /answers/],
  ])('%s gives up after our timeout with EventStoreUnavailable naming what it was doing', async (_, call, operation) => {
    const { error, ms } = await timed(call);
    expect(error).toBeInstanceOf(EventStoreUnavailable);
    expect((error as Error).message).toMatch(operation);
    expect((error as Error).message).toMatch(/no answer within 300 ms/);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(ms).toBeLessThan(2000);
  });

  it('fails a subscription the server never confirms, instead of waiting forever', async () => {
    const subscription = store.subscribeToAll();
    const { error, ms } = await timed(async () => {
      for await (const event of subscription) return event;
    });
    expect(error).toBeInstanceOf(EventStoreUnavailable);
    expect((error as Error).message).toMatch(/no confirmation/);
    expect(ms).toBeLessThan(2000);
  });

  it('ends a subscription’s iteration quietly when it is closed', async () => {
    const subscription = store.subscribeToAll();
    const iteration = timed(async () => {
      for await (const event of subscription) return event;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await subscription.close();
    const { error, ms } = await iteration;
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(TIMEOUT_MS);
  });

  it('replaces a client stuck on a silent connection, so the store recovers once the server answers again', async () => {
    const hole = await silentServer();
    const other = EventStoreDbEventStore.connect(`esdb://127.0.0.1:${hole.port}?tls=false`, { timeoutMs: TIMEOUT_MS });
    const first = await timed(() => other.appendToStream('idea-1', [anEvent], { expectedRevision: 'any' }));
    expect((first.error as Error).message).toMatch(/no answer within/);
    // The silent connection stays open, but the port takes no new ones: only a new client notices at once.
    await hole.stopListening();
    const second = await timed(() => other.appendToStream('idea-1', [anEvent], { expectedRevision: 'any' }));
    expect(second.error).toBeInstanceOf(EventStoreUnavailable);
    expect((second.error as Error).message).toMatch(/UNAVAILABLE|ECONNREFUSED/);
    expect(second.ms).toBeLessThan(TIMEOUT_MS);
    await other.close();
    await hole.close();
  });

  it('closes without hanging', async () => {
    const other = EventStoreDbEventStore.connect(`esdb://127.0.0.1:${silent.port}?tls=false`, { timeoutMs: TIMEOUT_MS });
    await other.readAll().catch(() => undefined);
    const { error, ms } = await timed(() => other.close());
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(TIMEOUT_MS + 200);
  });
});
