const NOT_READY = Symbol('not-ready');

/**
 * Groups what an async iterable has ready into batches: events already read
 * come together (one transaction for hundreds), a lone live event comes at
 * once. "Ready" = resolved before the next turn of the event loop.
 */
export async function* inBatches<T>(source: AsyncIterable<T>, maxSize: number): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | null = null;
  for (;;) {
    const first = await (pending ?? iterator.next());
    pending = null;
    if (first.done) return;
    const batch = [first.value];
    while (batch.length < maxSize) {
      pending = iterator.next();
      const next = await Promise.race([pending, new Promise<typeof NOT_READY>((resolve) => setImmediate(resolve, NOT_READY))]);
      if (next === NOT_READY) break;
      pending = null;
      if (next.done) {
        yield batch;
        return;
      }
      batch.push(next.value);
    }
    yield batch;
  }
}
