import { START as CLIENT_START } from '@eventstore/db-client';
import { START } from '../position';
import { fromClientPosition, toReadPosition } from './positions';

describe('EventStoreDB positions', () => {
  it('reads from the client’s start for our START, and from the exact commit/prepare pair otherwise', () => {
    expect(toReadPosition(START)).toBe(CLIENT_START);
    expect(toReadPosition({ commit: 1234n, prepare: 1200n })).toEqual({ commit: 1234n, prepare: 1200n });
  });

  it('carries the server’s commit/prepare pair unchanged as our checkpoint', () => {
    expect(fromClientPosition({ commit: 18_446_744_000n, prepare: 18_446_743_900n })).toEqual({ commit: 18_446_744_000n, prepare: 18_446_743_900n });
  });

  it('says “unknown” for what old servers send for stream reads: nothing, 0/0, or 2^64 - 1', () => {
    expect(fromClientPosition(undefined)).toBeNull();
    expect(fromClientPosition({ commit: 0n, prepare: 0n })).toBeNull();
    expect(fromClientPosition({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n })).toBeNull();
  });
});
