import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let offset = POOL_BYTES;

/**
 * Fresh bytes from the system's CSPRNG, as randomBytes gives them, for keys
 * and IVs. Each call into OpenSSL costs several microseconds whatever its
 * size, and a submission needs four (a data key, three IVs), so the bytes
 * are drawn 4 kB at a time (as Node does for randomUUID). Every byte is
 * handed out once and wiped from the pool when it is.
 */
export function randomBytesFromPool(size: number): Buffer {
  if (!Number.isInteger(size) || size <= 0 || size > POOL_BYTES) throw new RangeError(`size must be 1–${POOL_BYTES}, got ${size}`);
  if (offset + size > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  pool.fill(0, offset, offset + size);
  offset += size;
  return bytes;
}
