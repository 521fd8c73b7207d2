import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import { toClientExpectedRevision } from './expected-revision';

describe('toClientExpectedRevision', () => {
  it.each([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
    [0, 0n],
    [41, 41n],
  ] as const)('maps %p to the client’s %p', (ours, theirs) => {
    expect(toClientExpectedRevision(ours)).toBe(theirs);
  });

  it('refuses a revision that is not a whole, non-negative number', () => {
    expect(() => toClientExpectedRevision(-1)).toThrow(RangeError);
    expect(() => toClientExpectedRevision(1.5)).toThrow(RangeError);
  });
});
