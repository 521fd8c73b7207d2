import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import { EventStoreUnavailable } from '../event-store-unavailable';
import type { EventSubscription, StoredEvent } from '../event-store.port';
import { comparePositions, type Position } from '../position';
import { toEventStoreError } from './client-errors';
import { isSystemEvent, toStoredEvent } from './recorded-events';

const OPERATION = 'subscribe to $all';

/**
 * EventStoreDB's own catch-up subscription (catch up from the checkpoint, then
 * live), as our EventSubscription: it ends on close() and throws on any other
 * end, so a projection runner restarts from its checkpoint.
 */
export class EventStoreDbSubscription implements EventSubscription {
  private current: AllStreamSubscription | null = null;
  private closed = false;

  constructor(
    private readonly hooks: {
      open(): AllStreamSubscription;
      /** The server never confirmed: the client may be stuck on a silent connection. */
      onSilent(): void;
      onClose(): void;
    },
    private readonly fromPosition: Position,
    private readonly timeoutMs: number,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<StoredEvent> {
    if (this.closed) return;
    const subscription = this.hooks.open();
    this.current = subscription;
    // A port that accepts TCP but never speaks gRPC would leave us waiting forever: no confirmation in time is a failure.
    const silent = setTimeout(() => {
      this.hooks.onSilent();
      subscription.destroy(new EventStoreUnavailable(OPERATION, `no confirmation from the server within ${this.timeoutMs} ms`));
    }, this.timeoutMs);
    subscription.once('confirmation', () => clearTimeout(silent));
    try {
      for await (const resolved of subscription as AsyncIterable<AllStreamResolvedEvent>) {
        clearTimeout(silent);
        const recorded = resolved.event;
        if (!recorded || isSystemEvent(recorded)) continue;
        const event = toStoredEvent(recorded);
        // Exclusive of the checkpoint, whatever the server does with it.
        if (comparePositions(event.position, this.fromPosition) <= 0) continue;
        yield event;
      }
      if (!this.closed) throw new EventStoreUnavailable(OPERATION, 'the server ended the subscription');
    } catch (error) {
      if (this.closed) return;
      throw toEventStoreError(error, OPERATION);
    } finally {
      clearTimeout(silent);
      this.current = null;
      release(subscription);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.hooks.onClose();
    const subscription = this.current;
    if (subscription) release(subscription);
  }
}

/** Cancels the gRPC call and ends the stream, so a pending iteration returns at once. */
function release(subscription: AllStreamSubscription): void {
  if (subscription.destroyed) return;
  void subscription.unsubscribe().catch(() => undefined);
  subscription.destroy();
}
