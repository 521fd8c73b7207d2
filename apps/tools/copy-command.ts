import { copyEvents, EventStoreDbEventStore, formatCopyProgress, PostgresEventStore, type EventStore } from '@civic/event-store';
import { applyMigrations, createPgPool } from '@civic/platform';
import { COPY_USAGE, parseCopyArguments, UsageError, type CopyArguments, type StoreLocation } from './copy-arguments';

export interface CopyCommandIo {
  readonly stderr: { write(text: string): unknown };
  /** Aborts after the append in progress (Ctrl-C). */
  readonly signal?: AbortSignal;
}

/** An opened store and how to let go of it. */
interface Opened {
  readonly store: EventStore;
  close(): Promise<void>;
}

/** The copy command; returns the exit code: 0 done (or stopped at --max-events), 1 failed, 2 usage, 130 interrupted. */
export async function runCopyCommand(argv: readonly string[], env: NodeJS.ProcessEnv, io: CopyCommandIo): Promise<number> {
  let args: CopyArguments | null;
  try {
    args = parseCopyArguments(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${COPY_USAGE}\n`);
    return 2;
  }
  if (!args) {
    io.stderr.write(`${COPY_USAGE}\n`);
    return 0;
  }

  const opened: Opened[] = [];
  try {
    const source = await open(args.from, 'source', args.timeoutMs);
    opened.push(source);
    const target = await open(args.to, 'target', args.timeoutMs);
    opened.push(target);
    io.stderr.write(`Copying every stream from ${describe(args.from)} to ${describe(args.to)}\n`);
    const result = await copyEvents(source.store, target.store, {
      batchSize: args.batchSize,
      maxEvents: args.maxEvents,
      signal: io.signal,
      onProgress: (progress) => io.stderr.write(`${formatCopyProgress(progress)}\n`),
    });
    if (result.complete) return 0;
    io.stderr.write('Stopped before the end: run the same command again to go on from there.\n');
    return io.signal?.aborted ? 130 : 0;
  } catch (error) {
    io.stderr.write(`Copy failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    for (const store of opened.reverse()) await store.close().catch(() => undefined);
  }
}

async function open(location: StoreLocation, side: 'source' | 'target', timeoutMs: number | undefined): Promise<Opened> {
  switch (location.kind) {
    case 'postgres': {
      // A new target database gets its tables; the source is only read.
      if (side === 'target') await applyMigrations(location.url);
      const pool = createPgPool(location.url, 4);
      const store = new PostgresEventStore(pool);
      return { store, close: async () => (await store.close(), await pool.end()) };
    }
    case 'eventstoredb': {
      const store = EventStoreDbEventStore.connect(location.url, { timeoutMs });
      try {
        await store.checkReachable(); // fail now, with a clear message, rather than at the first append
      } catch (error) {
        await store.close();
        throw error;
      }
      return { store, close: () => store.close() };
    }
  }
}

/** The URL without its password, for the log. */
function describe(location: StoreLocation): string {
  try {
    const url = new URL(location.url);
    if (url.password) url.password = '***';
    return `${location.kind} ${url.toString()}`;
  } catch {
    return location.kind;
  }
}
