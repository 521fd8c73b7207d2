import { createServer } from 'node:net';
import { DatabaseError, Pool } from 'pg';
import { QueryFailedError } from 'typeorm';
import { EventStoreUnavailable } from '../event-store-unavailable';
import { PostgresEventStore } from './postgres-event-store';
import { isPostgresUnavailable } from './postgres-unavailable';

/** A port nothing listens on: connecting is refused at once. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function serverError(code: string, message = 'from the server'): DatabaseError {
  const error = new DatabaseError(message, 0, 'error');
  error.code = code;
  return error;
}

describe('isPostgresUnavailable', () => {
  it('knows a refused connection, as node-postgres reports it', async () => {
    const pool = new Pool({ host: '127.0.0.1', port: await closedPort(), user: 'postgres', max: 1 });
    const error = await pool.query('SELECT 1').catch((e: unknown) => e);
    await pool.end();
    expect(isPostgresUnavailable(error)).toBe(true);
  });

  it.each(['57P01', '57P02', '57P03', '53300', '08006', '08001', '08P01'])(
    'knows SQLSTATE %s (a server shutting down, starting up or dropping the connection)',
    (code) => {
      expect(isPostgresUnavailable(serverError(code))).toBe(true);
    },
  );

  it.each([
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
  ])('knows "%s"', (message) => {
    expect(isPostgresUnavailable(new Error(message))).toBe(true);
  });

  it('looks through TypeORM, causes and aggregated errors', () => {
    expect(isPostgresUnavailable(new QueryFailedError('SELECT 1', [], serverError('57P01')))).toBe(true);
    expect(isPostgresUnavailable(new Error('outer', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }))).toBe(true);
    expect(isPostgresUnavailable(new AggregateError([Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })]))).toBe(true);
  });

  it('leaves every other error alone: they are answered as before', () => {
    for (const code of ['23505', '42P01', '42703', '22021', '40001', '57014']) expect(isPostgresUnavailable(serverError(code))).toBe(false);
    expect(isPostgresUnavailable(new QueryFailedError('SELECT 1', [], serverError('23505')))).toBe(false);
    expect(isPostgresUnavailable(new Error('Something else'))).toBe(false);
    expect(isPostgresUnavailable('ECONNREFUSED')).toBe(false);
    expect(isPostgresUnavailable(null)).toBe(false);
  });
});

const METADATA = { correlationId: 'c', causationId: null, actor: 'test', occurredAt: '2026-12-05T00:00:00.000Z', schemaVersion: 1 };

describe('PostgresEventStore on a server that cannot be reached', () => {
  it('fails every call with EventStoreUnavailable, as the EventStoreDB adapter does', async () => {
    const pool = new Pool({ host: '127.0.0.1', port: await closedPort(), user: 'postgres', max: 1 });
    const store = new PostgresEventStore(pool);
    try {
      await expect(store.appendToStream('idea-1', [{ type: 'Tested', data: {}, metadata: METADATA }], { expectedRevision: 'any' })).rejects.toBeInstanceOf(
        EventStoreUnavailable,
      );
      await expect(store.readStream('idea-1')).rejects.toBeInstanceOf(EventStoreUnavailable);
      await expect(store.readAll()).rejects.toBeInstanceOf(EventStoreUnavailable);
      await expect(store.readHead()).rejects.toThrow(/Event store unavailable \(read the head of \$all\): connect ECONNREFUSED/);
    } finally {
      await store.close();
      await pool.end();
    }
  });
});
