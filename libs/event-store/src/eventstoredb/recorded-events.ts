import { randomUUID } from 'node:crypto';
import { jsonEvent, type EventData, type JSONType, type RecordedEvent } from '@eventstore/db-client';
import type { EventMetadata, EventToAppend, StoredEvent } from '../event-store.port';
import { fromClientPosition } from './positions';

/** Ours are JSON events with a JSON metadata object: what the PostgreSQL adapter keeps in jsonb. */
export function toEventData(event: EventToAppend): EventData {
  return jsonEvent({ id: event.id ?? randomUUID(), type: event.type, data: event.data as JSONType, metadata: event.metadata });
}

/** The server's own events ($-prefixed types, links, $-prefixed streams): never part of our $all. */
export function isSystemEvent(recorded: Pick<RecordedEvent, 'type' | 'streamId'>): boolean {
  return recorded.type.startsWith('$') || recorded.streamId.startsWith('$');
}

/** Positions come with every $all read; stream reads carry them from EventStoreDB 22.6 on, which we require. */
export class PositionNotReported extends Error {
  constructor(readonly eventId: string) {
    super(`EventStoreDB did not report the position of event ${eventId}: EventStoreDB 22.6 or later (KurrentDB) is required`);
    this.name = 'PositionNotReported';
  }
}

export function toStoredEvent(recorded: RecordedEvent): StoredEvent {
  const position = fromClientPosition(recorded.position);
  if (!position) throw new PositionNotReported(recorded.id);
  return {
    id: recorded.id,
    type: recorded.type,
    data: recorded.isJson ? recorded.data : parseJson(recorded.data),
    metadata: toMetadata(recorded.metadata),
    streamId: recorded.streamId,
    streamRevision: Number(recorded.revision),
    // The prepare position is the event's own place in the log: unique and increasing.
    globalPosition: position.prepare,
    position,
    recordedAt: recorded.created,
  };
}

function toMetadata(metadata: unknown): EventMetadata {
  const parsed = metadata instanceof Uint8Array ? parseJson(metadata) : metadata;
  return (parsed && typeof parsed === 'object' ? parsed : {}) as EventMetadata;
}

/** Written by someone else as binary: JSON if it parses, else the bytes as they are. */
function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return bytes;
  }
}
