import type { PoolClient } from 'pg';
import { createDeferredIndex, type DeferredIndex } from './deferred-indexes';

interface Build {
  /** The longer it usually takes, the higher: the longest start first, side by side. */
  readonly rank: number;
  run(client: PoolClient): Promise<unknown>;
}

/** A deferred build's rank: a derived table's key (millions of rows), a GIN index, a btree. */
const rankOf = (index: DeferredIndex) => (/ PRIMARY KEY /i.test(index.definition) ? 3 : / USING gin /i.test(index.definition) ? 2 : 1);
const ANALYZE_RANK = 0;

/**
 * What a rebuild does to each new generation once its rows are in: its
 * deferred indexes, then fresh statistics of each table (after its indexes:
 * ANALYZE gathers an expression index's statistics only if it exists), or the
 * API's first plans on the new tables are blind. A read model's builds are
 * queued as soon as its own load ends, so they run while others still load.
 * Every connection given takes the next build when done with its last.
 */
export class BuildQueue {
  private readonly waiting: Build[] = [];
  private readonly workers: Promise<void>[] = [];
  private wakeUps: (() => void)[] = [];
  /** Workers running a build (which may queue its table's ANALYZE). */
  private busy = 0;
  private closed = false;
  private failure: { error: unknown } | undefined;

  constructor(private readonly signal?: AbortSignal) {}

  /** Queues the builds of one loaded generation: its deferred indexes, and an ANALYZE of each of its tables after that table's indexes. */
  addGeneration(tables: readonly string[], deferred: readonly DeferredIndex[]): void {
    for (const table of tables) {
      const indexes = deferred.filter((index) => index.table === table);
      let left = indexes.length;
      const analyze: Build = { rank: ANALYZE_RANK, run: (client) => client.query(`ANALYZE ${table}`) };
      if (left === 0) this.add(analyze);
      for (const index of indexes) {
        this.add({
          rank: rankOf(index),
          run: async (client) => {
            await createDeferredIndex(client, index);
            if (--left === 0) this.add(analyze);
          },
        });
      }
    }
  }

  /** Puts connections to work on the queue (more may join later); the caller keeps them until `settled`. */
  start(clients: readonly PoolClient[]): void {
    for (const client of clients) this.workers.push(this.work(client));
  }

  /** Waits until every build queued is done; throws the first failure. */
  async finish(): Promise<void> {
    this.closed = true;
    this.wake();
    await Promise.all(this.workers);
    if (this.failure) throw this.failure.error;
  }

  /** Stops taking builds and waits for those running: no query may still run on a connection about to be released. */
  async settled(): Promise<void> {
    this.failure ??= { error: new Error('The rebuild ended before its indexes were built') };
    this.closed = true;
    this.wake();
    await Promise.allSettled(this.workers);
  }

  private add(build: Build): void {
    const at = this.waiting.findIndex((queued) => queued.rank < build.rank);
    this.waiting.splice(at < 0 ? this.waiting.length : at, 0, build);
    this.wake();
  }

  private wake(): void {
    const wakeUps = this.wakeUps;
    this.wakeUps = [];
    for (const wakeUp of wakeUps) wakeUp();
  }

  private async work(client: PoolClient): Promise<void> {
    while (!this.failure) {
      const build = this.waiting.shift();
      if (!build) {
        if (this.closed && this.busy === 0) break;
        await new Promise<void>((resolve) => this.wakeUps.push(resolve));
        continue;
      }
      this.busy++;
      try {
        this.signal?.throwIfAborted();
        await build.run(client);
      } catch (error) {
        this.failure ??= { error };
      } finally {
        this.busy--;
      }
    }
    this.wake(); // the others may be done too
  }
}
