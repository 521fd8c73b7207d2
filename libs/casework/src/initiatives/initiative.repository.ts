import { EVENT_STORE, type EventStore, type StoredEvent } from '@civic/event-store';
import {
  decideInitiative,
  foldInitiative,
  type InitiativeCommand,
  type InitiativeEvent,
  type InitiativeState,
  initiativeStreamId,
  isInitiativeEvent,
} from '@civic/initiatives';
import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../ideas/command-context';
import { EVENT_SCHEMA_VERSION } from '../ideas/idea.repository';
import { StaleRevisionError } from '../ideas/stale-revision.error';

export interface LoadedInitiative {
  readonly state: InitiativeState;
  /** -1 when the initiative does not exist. */
  readonly revision: number;
  readonly events: StoredEvent[];
}

/** The initiative's own stream (never its signatures): read, fold, decide, append at the revision read. */
@Injectable()
export class InitiativeRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(initiativeId: string): Promise<LoadedInitiative> {
    const events = await this.store.readStream(initiativeStreamId(initiativeId));
    return { state: foldInitiative(events.filter(isInitiativeEvent)), revision: events.length - 1, events };
  }

  /** expectedRevision: what the caller read (If-Match, 412 on a mismatch); absent: whatever this load sees (a race is still a 409). */
  async execute(command: InitiativeCommand, context: CommandContext, expectedRevision?: number): Promise<{ revision: number; events: InitiativeEvent[] }> {
    const loaded = command.type === 'StartInitiative' ? { state: null, revision: -1 } : await this.load(command.initiativeId);
    if (expectedRevision !== undefined && loaded.revision >= 0 && loaded.revision !== expectedRevision)
      throw new StaleRevisionError(expectedRevision, loaded.revision);
    return this.decideAndAppend(loaded, command, context);
  }

  async decideAndAppend(
    { state, revision }: Pick<LoadedInitiative, 'state' | 'revision'>,
    command: InitiativeCommand,
    context: CommandContext,
  ): Promise<{ revision: number; events: InitiativeEvent[] }> {
    const events = decideInitiative(command, state);
    if (events.length === 0) return { revision, events };
    const result = await this.store.appendToStream(initiativeStreamId(command.initiativeId), events.map(toAppend(command.at, context)), {
      expectedRevision: revision === -1 ? 'no_stream' : revision,
    });
    return { revision: result.nextExpectedRevision, events };
  }
}

export function toAppend(at: string, context: CommandContext) {
  return (event: { type: string; data: unknown }) => ({
    type: event.type,
    data: event.data,
    metadata: { correlationId: context.correlationId, causationId: null, actor: context.actor, occurredAt: at, schemaVersion: EVENT_SCHEMA_VERSION },
  });
}
