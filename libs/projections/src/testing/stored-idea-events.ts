import { randomUUID } from 'node:crypto';
import { type IdeaEvent, ideaStreamId } from '@civic/ideas';
import type { StoredIdeaEvent } from '../runner/idea-row-projection';

export interface StoredIdeaEventOptions {
  /** The idea whose stream it is in; by default the one the event names. */
  readonly ideaId?: string;
  /** By default the event's own time. */
  readonly recordedAt?: Date;
}

/** An idea event as the store hands it to a projection, at `streamRevision` of its idea's stream. */
export function storedIdeaEvent(event: IdeaEvent, streamRevision: number, options: StoredIdeaEventOptions = {}): StoredIdeaEvent {
  const position = BigInt(streamRevision + 1);
  return {
    ...event,
    id: randomUUID(),
    metadata: { correlationId: 'c', causationId: null, actor: 'test', occurredAt: event.data.at, schemaVersion: 1 },
    streamId: ideaStreamId(options.ideaId ?? event.data.ideaId),
    streamRevision,
    globalPosition: position,
    position: { commit: position, prepare: position },
    recordedAt: options.recordedAt ?? new Date(event.data.at),
  };
}

/** A history as the store hands it to a projection: one idea's stream from revision 0. */
export function storedIdeaEvents(events: readonly IdeaEvent[], options: StoredIdeaEventOptions = {}): StoredIdeaEvent[] {
  return events.map((event, revision) => storedIdeaEvent(event, revision, options));
}
