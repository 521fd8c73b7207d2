import { START as CLIENT_START, type Position as ClientPosition, type ReadPosition } from '@eventstore/db-client';
import { START, type Position } from '../position';

/** Servers before 22.6 send this (or nothing) for an event read from a stream: the position is not known. */
const UNKNOWN = 2n ** 64n - 1n;

/** Our checkpoint is EventStoreDB's own commit/prepare pair; our START (0/0) is the client's "start". */
export function toReadPosition(position: Position): ReadPosition {
  if (position.commit === START.commit && position.prepare === START.prepare) return CLIENT_START;
  return { commit: position.commit, prepare: position.prepare };
}

/** The position a server reported, or null when it did not know it (old servers, stream reads). */
export function fromClientPosition(position: ClientPosition | undefined): Position | null {
  if (!position) return null;
  if (position.commit === UNKNOWN || position.prepare === UNKNOWN) return null;
  // Log position 0 holds the server's first epoch record, never an event of ours: a proto default, not a position.
  if (position.commit === 0n && position.prepare === 0n) return null;
  return { commit: position.commit, prepare: position.prepare };
}
