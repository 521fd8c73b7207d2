import { Inject, Injectable } from '@nestjs/common';
import { commitsStatementsWithAppends, EVENT_STORE, type EventStore, type SqlStatement, type StoredEvent } from '@civic/event-store';
import { decide, foldIdea, ideaStreamId, initialIdea, type Idea, type IdeaCommand, type IdeaEvent, isIdeaEvent } from '@civic/ideas';
import type { CommandContext } from './command-context';
import { StaleRevisionError } from './stale-revision.error';

export const EVENT_SCHEMA_VERSION = 1;

export interface LoadedIdea {
  readonly state: Idea;
  /** -1 when the idea does not exist. */
  readonly revision: number;
  readonly events: StoredEvent[];
}

export interface ExecuteResult {
  readonly revision: number;
  readonly events: IdeaEvent[];
}

/** The caller must have read the revision it changes (If-Match); an idea that does not exist is left for decide to refuse (404). */
export function requireRevision(loaded: Pick<LoadedIdea, 'revision'>, expectedRevision: number): void {
  if (loaded.revision >= 0 && expectedRevision !== loaded.revision) {
    throw new StaleRevisionError(expectedRevision, loaded.revision);
  }
}

/** The write path: read the stream, fold it, decide, append at the revision read. */
@Injectable()
export class IdeaRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Whether execute's `statements` commit in the events' transaction (PostgreSQL); otherwise the caller writes its rows first. */
  get commitsStatementsWithEvents(): boolean {
    return commitsStatementsWithAppends(this.store);
  }

  async load(ideaId: string): Promise<LoadedIdea> {
    const events = await this.store.readStream(ideaStreamId(ideaId));
    return { state: foldIdea(events.filter(isIdeaEvent)), revision: events.length - 1, events };
  }

  /**
   * expectedRevision: the revision the caller saw (If-Match; a mismatch is
   * 412), or 'new' for a fresh id.
   */
  async execute(
    command: IdeaCommand,
    expectedRevision: number | 'new',
    context: CommandContext,
    extraMetadata: Record<string, unknown> = {},
    statements: readonly SqlStatement[] = [],
  ): Promise<ExecuteResult> {
    // 'new': a fresh id nobody has written to; the no_stream append still guards it.
    const loaded = expectedRevision === 'new' ? { state: initialIdea(), revision: -1 } : await this.load(command.ideaId);
    if (expectedRevision !== 'new') requireRevision(loaded, expectedRevision);
    return this.decideAndAppend(loaded, command, context, extraMetadata, statements);
  }

  /**
   * Decides on a state already read; the append expects the revision it was folded at, so a concurrent change is a 409, never lost.
   * statements: rows to commit with the events, in their transaction; only where commitsStatementsWithEvents (nothing is appended when decide refuses).
   */
  async decideAndAppend(
    { state, revision }: Pick<LoadedIdea, 'state' | 'revision'>,
    command: IdeaCommand,
    context: CommandContext,
    extraMetadata: Record<string, unknown> = {},
    statements: readonly SqlStatement[] = [],
  ): Promise<ExecuteResult> {
    const events = decide(command, state);
    if (events.length === 0) return { revision, events };
    const streamId = ideaStreamId(command.ideaId);
    const expected = { expectedRevision: revision === -1 ? ('no_stream' as const) : revision };
    const toAppend = events.map((event) => ({
      type: event.type,
      data: event.data,
      metadata: {
        correlationId: context.correlationId,
        causationId: null,
        actor: context.actor,
        occurredAt: command.at,
        schemaVersion: EVENT_SCHEMA_VERSION,
        ...extraMetadata,
      },
    }));
    let result;
    if (statements.length === 0) result = await this.store.appendToStream(streamId, toAppend, expected);
    else if (commitsStatementsWithAppends(this.store)) result = await this.store.appendToStreamWith(streamId, toAppend, { ...expected, statements });
    else throw new Error('This event store cannot commit other statements with an append: write them first');
    return { revision: result.nextExpectedRevision, events };
  }
}
