import { createHash } from 'node:crypto';

/** Advisory lock class of reactor owners (projections use 7412 and 7413). */
export const REACTOR_LOCK_CLASS = 7414;

export function reactorLockKey(name: string): number {
  return createHash('sha256').update(name).digest().readInt32BE(0);
}
