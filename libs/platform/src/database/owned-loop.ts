import type { Pool, PoolClient } from 'pg';

export interface OwnedLoopOptions {
  /** The advisory lock (two-key form) that makes one process the owner. */
  readonly lockClass: number;
  readonly lockKey: number;
  /** How often a standby tries to become the owner. */
  readonly takeOverIntervalMs: number;
  /** The wait after the n-th failure in a row (the latest being error). */
  retryAfterMs(failures: number, error: Error): number;
  onOwner?(): void;
  onFailure?(error: Error, failures: number): void;
  onConnectionError?(error: Error): void;
}

/** What the work may ask of the loop. */
export interface OwnedWork {
  readonly stopped: boolean;
  /** Called by stop(), e.g. to end the subscription the work is reading; at once if stop() came first. */
  onStop(close: () => Promise<void>): void;
  /** The work is getting on: the next failure counts from one again. */
  progressed(): void;
}

/**
 * Runs `work` on one connection while holding an advisory lock on that very
 * connection, so that of many processes exactly one does it and the others
 * stand by: if the owner dies, its lock and any open transaction go with its
 * connection, and a standby takes over within takeOverIntervalMs. When the
 * work fails it starts again after a backoff.
 */
export class OwnedLoop {
  private stopping = false;
  private running: Promise<void> | null = null;
  private closeCurrent: (() => Promise<void>) | null = null;
  private wake: (() => void) | null = null;
  private owner = false;
  private failures = 0;

  constructor(
    private readonly pool: Pool,
    private readonly options: OwnedLoopOptions,
    private readonly work: (client: PoolClient, scope: OwnedWork) => Promise<void>,
  ) {}

  get isOwner(): boolean {
    return this.owner;
  }

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.closeCurrent?.();
    await this.running;
  }

  private async run(): Promise<void> {
    const { lockClass, lockKey } = this.options;
    const onConnectionError = (error: Error) => this.options.onConnectionError?.(error);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter below runs with `this` bound to the scope object
    const loop = this;
    const scope: OwnedWork = {
      get stopped() {
        return loop.stopping;
      },
      onStop: (close) => {
        // stop() may have come while the work was still opening what it now registers: close that at once, or it would wait for events forever.
        if (this.stopping) void close();
        else this.closeCurrent = close;
      },
      progressed: () => (this.failures = 0),
    };
    while (!this.stopping) {
      let client: PoolClient | null = null;
      let broken = false;
      let failure: Error | null = null;
      try {
        client = await this.pool.connect();
        // The server may end this session (failover, terminate): the pending query then fails, and this keeps the error event from crashing the process.
        client.on('error', onConnectionError);
        const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [lockClass, lockKey]);
        if (rows[0].ok) {
          this.owner = true;
          this.options.onOwner?.();
          await this.work(client, scope);
          this.failures = 0;
        }
      } catch (error) {
        broken = true;
        failure = error as Error;
        this.failures++;
        if (!this.stopping) this.options.onFailure?.(error as Error, this.failures);
      } finally {
        this.closeCurrent = null;
        if (this.owner) await client?.query('SELECT pg_advisory_unlock($1, $2)', [lockClass, lockKey]).catch(() => (broken = true));
        this.owner = false;
        client?.off('error', onConnectionError);
        // A broken connection is destroyed, which also drops any lock it held.
        client?.release(broken);
      }
      if (!this.stopping) await this.pause(failure ? this.options.retryAfterMs(this.failures, failure) : this.options.takeOverIntervalMs);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
