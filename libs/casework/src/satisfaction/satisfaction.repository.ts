import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@civic/event-store';
import {
  decideSatisfaction,
  foldSatisfaction,
  isSatisfactionEvent,
  type Satisfaction,
  type SatisfactionCommand,
  type SatisfactionEvent,
  satisfactionStreamId,
} from '@civic/satisfaction';
import type { CommandContext } from '../ideas/command-context';
import { EVENT_SCHEMA_VERSION } from '../ideas/idea.repository';

export interface LoadedSatisfaction {
  readonly state: Satisfaction;
  readonly revision: number;
  readonly events: StoredEvent[];
}

/** The follow-up's own small stream beside the idea's: read, fold, decide, append at the revision read. */
@Injectable()
export class SatisfactionRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(ideaId: string): Promise<LoadedSatisfaction> {
    const events = await this.store.readStream(satisfactionStreamId(ideaId));
    return { state: foldSatisfaction(events.filter(isSatisfactionEvent)), revision: events.length - 1, events };
  }

  async execute(command: SatisfactionCommand, context: CommandContext): Promise<SatisfactionEvent[]> {
    const loaded = await this.load(command.ideaId);
    const events = decideSatisfaction(command, loaded.state);
    if (events.length === 0) return events;
    const metadata = {
      correlationId: context.correlationId,
      causationId: null,
      actor: context.actor,
      occurredAt: command.at,
      schemaVersion: EVENT_SCHEMA_VERSION,
    };
    await this.store.appendToStream(
      satisfactionStreamId(command.ideaId),
      events.map((event) => ({ type: event.type, data: event.data, metadata })),
      { expectedRevision: loaded.revision === -1 ? 'no_stream' : loaded.revision },
    );
    return events;
  }
}
