import { createHash } from 'node:crypto';

/** Advisory lock classes (first key of the two-key form); the second key is the projection's. */
export const OWNER_LOCK_CLASS = 7412;
export const REBUILD_LOCK_CLASS = 7413;

/** A stable 32-bit key for a projection name. */
export function projectionLockKey(name: string): number {
  return createHash('sha256').update(name).digest().readInt32BE(0);
}
