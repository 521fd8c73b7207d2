/** Our own limit on a call that may wait for a connection that does not come back soon (BullMQ while Redis is down). */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms)));
  work.catch(() => undefined); // may settle after the timeout; job ids make a late success harmless
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
