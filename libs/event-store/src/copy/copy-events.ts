import { WrongExpectedVersion } from '../errors';
import type { EventStore, EventToAppend, ExpectedRevision, StoredEvent } from '../event-store.port';
import { START, type Position } from '../position';
import { CopyConflict } from './copy-conflict';

export interface CopyEventsOptions {
  /** Source events per read of $all. */
  readonly batchSize?: number;
  /** Stop after appending this many (a bounded run; the next run goes on from there). */
  readonly maxEvents?: number;
  /** Stop after the append in progress. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: CopyProgress) => void;
  /** At most one progress report per interval, and one at the end. */
  readonly progressIntervalMs?: number;
}

export interface CopyProgress {
  /** Appended to the target in this run. */
  readonly copied: number;
  /** Found already in the target (an earlier, interrupted or repeated run). */
  readonly skipped: number;
  /** The source's global position of the last event handled, and of its head when the copy began: the estimate of the total. */
  readonly globalPosition: bigint | null;
  readonly headGlobalPosition: bigint | null;
  readonly elapsedMs: number;
  readonly done: boolean;
}

export interface CopyResult {
  readonly copied: number;
  readonly skipped: number;
  /** False when stopped by maxEvents or the signal: run again to go on. */
  readonly complete: boolean;
  readonly lastPosition: Position | null;
}

/**
 * Copies every stream from one event store to another in the source's global
 * order, keeping each event's id, type, data and metadata and its stream
 * revision (each append expects exactly the revision before it). Resumable and
 * idempotent: since the target is written in global order, what an earlier run
 * copied is a prefix of the source; events found there are skipped, and from
 * the first one missing on, everything is appended.
 */
export async function copyEvents(source: EventStore, target: EventStore, options: CopyEventsOptions = {}): Promise<CopyResult> {
  const { batchSize = 500, maxEvents = Number.POSITIVE_INFINITY, signal, onProgress, progressIntervalMs = 1000 } = options;
  const started = Date.now();
  const head = await source.readHead();
  let copied = 0;
  let skipped = 0;
  let last: StoredEvent | null = null;
  let lastReport = started;
  const prefix = new CopiedPrefix(target);

  const report = (done: boolean) => {
    lastReport = Date.now();
    onProgress?.({
      copied,
      skipped,
      globalPosition: last?.globalPosition ?? null,
      headGlobalPosition: head?.globalPosition ?? null,
      elapsedMs: lastReport - started,
      done,
    });
  };
  const result = (complete: boolean): CopyResult => {
    report(true);
    return { copied, skipped, complete, lastPosition: last?.position ?? null };
  };

  let from: Position = START;
  for (;;) {
    const page = await source.readAll({ fromPosition: from, maxCount: batchSize });
    if (page.length === 0) return result(true);
    for (const run of runsOfOneStream(page)) {
      if (signal?.aborted) return result(false);
      const missing = await prefix.missingFrom(run);
      skipped += run.length - missing.length;
      const room = maxEvents - copied;
      if (missing.length > room) {
        // Cut short by maxEvents: copy what fits and stop right behind it.
        const fits = missing.slice(0, room);
        if (fits.length > 0) await appendExactly(target, fits);
        copied += fits.length;
        last = run[run.indexOf(missing[fits.length]) - 1] ?? last;
        return result(false);
      }
      if (missing.length > 0) await appendExactly(target, missing);
      copied += missing.length;
      last = run[run.length - 1];
      if (Date.now() - lastReport >= progressIntervalMs) report(false);
    }
    from = page[page.length - 1].position;
  }
}

/**
 * What the target already holds. Until the first event missing there, each
 * stream is looked up once (and its first events compared by id); after it,
 * nothing is looked up: a copy in global order leaves no holes behind it.
 */
class CopiedPrefix {
  private readonly lastRevisions = new Map<string, number>();
  private pastIt = false;

  constructor(private readonly target: EventStore) {}

  async missingFrom(run: readonly StoredEvent[]): Promise<readonly StoredEvent[]> {
    if (this.pastIt) return run;
    const [first] = run;
    let lastRevision = this.lastRevisions.get(first.streamId);
    if (lastRevision === undefined) {
      const there = await this.target.readStream(first.streamId, { fromRevision: first.streamRevision });
      for (let i = 0; i < Math.min(there.length, run.length); i++) {
        if (there[i].id !== run[i].id)
          throw new CopyConflict(first.streamId, run[i].streamRevision, `the target holds event ${there[i].id} there, the source ${run[i].id}`);
      }
      lastRevision = there.length > 0 ? there[there.length - 1].streamRevision : first.streamRevision - 1;
      this.lastRevisions.set(first.streamId, lastRevision);
    }
    const missing = run.filter((event) => event.streamRevision > lastRevision);
    if (missing.length > 0) {
      this.pastIt = true;
      this.lastRevisions.clear();
    }
    return missing;
  }
}

/** Consecutive events of one stream were written together (or may be): one append each, in order. */
function* runsOfOneStream(page: readonly StoredEvent[]): Generator<StoredEvent[]> {
  let run: StoredEvent[] = [];
  for (const event of page) {
    if (run.length > 0 && (event.streamId !== run[0].streamId || event.streamRevision !== run[run.length - 1].streamRevision + 1)) {
      yield run;
      run = [];
    }
    run.push(event);
  }
  if (run.length > 0) yield run;
}

async function appendExactly(target: EventStore, events: readonly StoredEvent[]): Promise<void> {
  const [first] = events;
  const expectedRevision: ExpectedRevision = first.streamRevision === 0 ? 'no_stream' : first.streamRevision - 1;
  try {
    await target.appendToStream(first.streamId, events.map(toEventToAppend), { expectedRevision });
  } catch (error) {
    if (error instanceof WrongExpectedVersion) {
      throw new CopyConflict(first.streamId, first.streamRevision, `the target's stream is at revision ${error.actual}, expected ${first.streamRevision - 1}`);
    }
    throw error;
  }
}

function toEventToAppend(event: StoredEvent): EventToAppend {
  return { id: event.id, type: event.type, data: event.data, metadata: event.metadata };
}
