import { StreamNotFoundError, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { WrongExpectedVersion } from '../errors';
import { EventStoreUnavailable } from '../event-store-unavailable';
import { toEventStoreError } from './client-errors';

describe('toEventStoreError', () => {
  const wrongVersion = (expected: bigint | 'no_stream' | 'stream_exists' | 'any', current: bigint | 'no_stream') =>
    new WrongExpectedVersionError(undefined, { streamName: 'idea-1', expected, current });

  it('turns a lost race into our WrongExpectedVersion with what the caller expected and the actual revision', () => {
    const mapped = toEventStoreError(wrongVersion(0n, 1n), 'append to idea-1', { streamId: 'idea-1', expectedRevision: 0 });
    expect(mapped).toBeInstanceOf(WrongExpectedVersion);
    expect(mapped).toMatchObject({ streamId: 'idea-1', expected: 0, actual: 1 });
  });

  it('reports a stream that does not exist as actual revision -1', () => {
    const mapped = toEventStoreError(wrongVersion('stream_exists', 'no_stream'), 'append', { streamId: 'idea-1', expectedRevision: 'stream_exists' });
    expect(mapped).toMatchObject({ streamId: 'idea-1', expected: 'stream_exists', actual: -1 });
  });

  it('reports a stream that already exists, when no_stream was expected, at its revision', () => {
    const mapped = toEventStoreError(wrongVersion('no_stream', 4n), 'append', { streamId: 'idea-1', expectedRevision: 'no_stream' });
    expect(mapped).toMatchObject({ expected: 'no_stream', actual: 4 });
  });

  it('turns a closed port (a plain gRPC error, code 14) and the library’s UnavailableError into EventStoreUnavailable', () => {
    const refused = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    const plain = toEventStoreError(refused, 'read $all');
    expect(plain).toBeInstanceOf(EventStoreUnavailable);
    expect(plain).toMatchObject({ operation: 'read $all', cause: refused });
    expect((plain as Error).message).toMatch(/read \$all.*No connection established/);
    expect(toEventStoreError(new UnavailableError(undefined, 'down'), 'read')).toBeInstanceOf(EventStoreUnavailable);
  });

  it('passes our own errors and everything else through unchanged', () => {
    const ours = new EventStoreUnavailable('read', 'no answer');
    expect(toEventStoreError(ours, 'read')).toBe(ours);
    const notFound = new StreamNotFoundError(undefined, 'idea-1');
    expect(toEventStoreError(notFound, 'read')).toBe(notFound);
    const bug = new TypeError('bug');
    expect(toEventStoreError(bug, 'read')).toBe(bug);
    expect(toEventStoreError(Object.assign(new Error('bad request'), { code: 3 }), 'read')).not.toBeInstanceOf(EventStoreUnavailable);
  });
});
