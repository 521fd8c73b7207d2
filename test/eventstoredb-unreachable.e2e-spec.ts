import { createServer, type Server, type Socket } from 'node:net';
import { startTestApp, type TestApp, validIdea } from './support/test-app';

/**
 * With EVENT_STORE=eventstoredb and the server down or silent, the API stays
 * up: readiness says 503, a submit says 503 with nothing saved, never a hang.
 */
describe.each([
  ['refuses connections', async () => ({ url: 'esdb://127.0.0.1:1?tls=false', close: async () => undefined })],
  [
    'accepts TCP but never speaks gRPC',
    async () => {
      const sockets = new Set<Socket>();
      const server: Server = createServer((socket) => void sockets.add(socket));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as { port: number }).port;
      return {
        url: `esdb://127.0.0.1:${port}?tls=false`,
        close: () =>
          new Promise<void>((resolve) => {
            sockets.forEach((socket) => socket.destroy()); // the client's half-open connections, else close() waits for them
            server.close(() => resolve());
          }),
      };
    },
  ],
])('an EventStoreDB server that %s', (_, startServer) => {
  let app: TestApp;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    server = await startServer();
    app = await startTestApp('esdb_unreachable', { eventStore: { kind: 'eventstoredb', eventStoreUrl: server.url, timeoutMs: 500 } });
  });
  afterAll(async () => {
    await app.close();
    await server.close();
  });

  it('makes /health answer 503 problem+json within the timeout', async () => {
    const started = Date.now();
    const response = await app.http.get('/health');
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('event-store-unavailable');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers a submit with 503 and saves nothing', async () => {
    const response = await app.http.post('/ideas').send(validIdea());
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('event-store-unavailable');
    expect(await app.eventCount()).toBe(0);
  });
});
