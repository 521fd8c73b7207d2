import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@civic/event-store';
import { decideSupport, foldSupport, isSupportEvent, type Support, type SupportCommand, type SupportEvent, supportStreamId } from '@civic/supports';
import type { CommandContext } from '../ideas/command-context';
import { EVENT_SCHEMA_VERSION } from '../ideas/idea.repository';

export interface LoadedSupport {
  readonly state: Support;
  /** -1 when nobody asked for this support yet. */
  readonly revision: number;
  readonly events: StoredEvent[];
}

/** The write path of a support: read its own small stream, fold, decide, append at the revision read (a lost race is a 409). */
@Injectable()
export class SupportRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(supportId: string): Promise<LoadedSupport> {
    const events = await this.store.readStream(supportStreamId(supportId));
    return { state: foldSupport(events.filter(isSupportEvent)), revision: events.length - 1, events };
  }

  async decideAndAppend(
    loaded: Pick<LoadedSupport, 'state' | 'revision'>,
    command: SupportCommand,
    context: CommandContext,
  ): Promise<{ revision: number; events: SupportEvent[] }> {
    const events = decideSupport(command, loaded.state);
    if (events.length === 0) return { revision: loaded.revision, events };
    const metadata = {
      correlationId: context.correlationId,
      causationId: null,
      actor: context.actor,
      occurredAt: command.at,
      schemaVersion: EVENT_SCHEMA_VERSION,
    };
    const result = await this.store.appendToStream(
      supportStreamId(command.supportId),
      events.map((event) => ({ type: event.type, data: event.data, metadata })),
      { expectedRevision: loaded.revision === -1 ? 'no_stream' : loaded.revision },
    );
    return { revision: result.nextExpectedRevision, events };
  }
}
