/** Our own limit on a call to the queue: BullMQ waits for a connection that may not come back soon. */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms)));
  work.catch(() => undefined); // may settle after the timeout; job ids make a late success harmless
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
