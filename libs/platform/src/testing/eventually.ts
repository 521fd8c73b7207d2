/**
 * Polls until the read passes the check or the time is up, then returns the
 * last value read (so the test's own expect shows what was there). Read models
 * follow the event store a moment later; tests wait for them, never sleep.
 */
export async function eventually<T>(read: () => Promise<T>, until: (value: T) => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if ((await until(value)) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
