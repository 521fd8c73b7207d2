import type { RecordedEvent } from '@eventstore/db-client';
import type { EventToAppend } from '../event-store.port';
import { isSystemEvent, PositionNotReported, toEventData, toStoredEvent } from './recorded-events';

const metadata = { correlationId: 'c-1', causationId: null, actor: 'tester', occurredAt: '2026-11-24T10:00:00.000Z', schemaVersion: 1 };

function recorded(overrides: Partial<Record<keyof RecordedEvent, unknown>> = {}): RecordedEvent {
  return {
    streamId: 'idea-1',
    id: '5f0c3a52-8a6f-4a59-a3c1-1f6ad0b1b6a1',
    isJson: true,
    revision: 3n,
    type: 'IdeaRouted',
    created: new Date('2026-11-24T10:00:01.000Z'),
    data: { department: 'TMF', text: 'æøå' },
    metadata,
    position: { commit: 9_000n, prepare: 8_800n },
    ...overrides,
  } as RecordedEvent;
}

describe('EventStoreDB recorded events', () => {
  it('become our StoredEvent: id, type, data, metadata, stream, revision, position (prepare as global position), time', () => {
    expect(toStoredEvent(recorded())).toEqual({
      id: '5f0c3a52-8a6f-4a59-a3c1-1f6ad0b1b6a1',
      type: 'IdeaRouted',
      data: { department: 'TMF', text: 'æøå' },
      metadata,
      streamId: 'idea-1',
      streamRevision: 3,
      globalPosition: 8_800n,
      position: { commit: 9_000n, prepare: 8_800n },
      recordedAt: new Date('2026-11-24T10:00:01.000Z'),
    });
  });

  it('parses data and metadata written as binary JSON by another client', () => {
    const bytes = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));
    const stored = toStoredEvent(recorded({ isJson: false, data: bytes({ n: 1 }), metadata: bytes(metadata) }));
    expect(stored.data).toEqual({ n: 1 });
    expect(stored.metadata).toEqual(metadata);
  });

  it('refuses, with a clear reason, an event whose position the server did not report', () => {
    expect(() => toStoredEvent(recorded({ position: undefined }))).toThrow(PositionNotReported);
    expect(() => toStoredEvent(recorded({ position: { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n } }))).toThrow(/22\.6/);
  });

  it('recognises the server’s own events by a $-prefixed type or stream', () => {
    expect(isSystemEvent({ type: '$metadata', streamId: '$$idea-1' })).toBe(true);
    expect(isSystemEvent({ type: '$>', streamId: '$ce-idea' })).toBe(true);
    expect(isSystemEvent({ type: 'Stats', streamId: '$stats-127.0.0.1:2113' })).toBe(true);
    expect(isSystemEvent({ type: 'IdeaSubmitted', streamId: 'idea-1' })).toBe(false);
  });

  it('writes ours as JSON events keeping the id, type, data and metadata, with a new id when there is none', () => {
    const event: EventToAppend = { id: '0b5a4f1e-63c5-4a44-9a57-0d8f2d2b3c11', type: 'IdeaSubmitted', data: { title: 'Trees' }, metadata };
    expect(toEventData(event)).toEqual({ id: event.id, contentType: 'application/json', type: 'IdeaSubmitted', data: { title: 'Trees' }, metadata });
    const { id } = toEventData({ ...event, id: undefined });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
