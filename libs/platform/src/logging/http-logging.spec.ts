import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { requestLogging } from './http-logging';
import { createRootLogger } from './root-logger';

function capture(): { stream: NodeJS.WriteStream; lines(): Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

type FakeRequest = EventEmitter & {
  method: string;
  url: string;
  originalUrl: string;
  headers: Record<string, string>;
  log?: { info(o: object, m: string): void };
};
type FakeResponse = EventEmitter & { statusCode: number; err?: unknown };

function request(method: string, url: string, correlationId: string): FakeRequest {
  return Object.assign(new EventEmitter(), { method, url, originalUrl: url, headers: { 'x-correlation-id': correlationId } });
}

function handle(level: 'info' | 'debug', method: string, url: string, status: number, events: ('finish' | 'close')[] = ['finish', 'close']) {
  const out = capture();
  const middleware = requestLogging(createRootLogger({ level, format: 'json' }, out));
  const req = request(method, url, 'c-1');
  const res: FakeResponse = Object.assign(new EventEmitter(), { statusCode: status });
  let nextCalled = false;
  middleware(req as never, res as never, () => (nextCalled = true));
  req.log?.info({ contact: { email: 'karen@example.dk' } }, 'inside the request');
  for (const event of events) res.emit(event);
  return { lines: out.lines(), nextCalled };
}

describe('requestLogging', () => {
  it('writes one line per request, as pino-http did, and the correlation id on the lines logged while it is handled', () => {
    const { lines, nextCalled } = handle('info', 'POST', '/ideas', 201);
    expect(nextCalled).toBe(true);
    expect(lines).toHaveLength(2);
    const [inside, line] = lines;
    // The request's own logger still redacts.
    expect(inside).toMatchObject({ correlationId: 'c-1', msg: 'inside the request', contact: '[redacted]' });
    expect(Object.keys(line)).toEqual(['level', 'time', 'pid', 'hostname', 'correlationId', 'req', 'res', 'responseTime', 'msg']);
    expect(line).toMatchObject({ level: 30, correlationId: 'c-1', req: { method: 'POST', url: '/ideas' }, res: { statusCode: 201 } });
    expect(line.msg).toMatch(/^POST \/ideas 201 \(\d+ ms\)$/);
  });

  it('never writes a tracking token, and a request the client gave up on is logged once', () => {
    const { lines } = handle('info', 'GET', '/track/secret-token/page', 200, ['close']);
    expect(lines.filter((line) => line.req)).toEqual([expect.objectContaining({ req: { method: 'GET', url: '/track/{token}/page' } })]);
    expect(JSON.stringify(lines)).not.toContain('secret-token');
  });

  it('logs a 5xx at error level with an error, and health checks at debug level only', () => {
    const [failed] = handle('info', 'POST', '/ideas', 503).lines.filter((line) => line.req);
    expect(failed).toMatchObject({
      level: 50,
      correlationId: 'c-1',
      res: { statusCode: 503 },
      msg: 'POST /ideas 503',
      err: { message: 'failed with status code 503' },
    });
    expect(handle('info', 'GET', '/health/ready', 200).lines.filter((line) => line.req)).toEqual([]);
    expect(handle('debug', 'GET', '/health/ready', 200).lines.filter((line) => line.req)).toEqual([expect.objectContaining({ level: 20 })]);
  });
});
