import type { EventSubscription, StoredEvent } from './event-store.port';
import { START, type Position } from './position';

export interface CatchUpSource {
  readBatch(after: Position): Promise<StoredEvent[]>;
  /** Resolves when new events may be there (a wake-up or a timeout), or when signal aborts. */
  waitForMore(signal: AbortSignal): Promise<void>;
}

/** Reads batches after the last delivered position; when caught up, waits to be woken, then reads again. */
export class CatchUpSubscription implements EventSubscription {
  private readonly abort = new AbortController();

  constructor(
    private readonly source: CatchUpSource,
    private readonly fromPosition: Position = START,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<StoredEvent> {
    let position = this.fromPosition;
    const { signal } = this.abort;
    while (!signal.aborted) {
      const batch = await this.source.readBatch(position);
      for (const event of batch) {
        if (signal.aborted) return;
        yield event;
        position = event.position;
      }
      if (batch.length === 0) await this.source.waitForMore(signal);
    }
  }

  async close(): Promise<void> {
    this.abort.abort();
  }
}

/** Waits for the first of: a wake-up, the poll interval, the abort signal. */
export function waitForWakeOrTimeout(onWake: (wake: () => void) => () => void, timeoutMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    timer.unref();
    const unsubscribe = onWake(done);
    signal.addEventListener('abort', done);
  });
}
