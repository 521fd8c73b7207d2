import { ApiProperty } from '@nestjs/swagger';
import type { StoredEvent } from '@civic/event-store';
import type { Idea } from '@civic/ideas';

export class TimelineEntry {
  @ApiProperty() revision: number;
  @ApiProperty({ example: 'IdeaRouted' }) type: string;
  @ApiProperty() at: string;
  @ApiProperty() actor: string;
  @ApiProperty() data: Record<string, unknown>;
}

/** What a case handler sees: the folded state and the full audit trail. */
export class IdeaView {
  @ApiProperty() id: string;
  @ApiProperty() revision: number;
  @ApiProperty() state: Omit<Idea, 'trackingTokenHash'>;
  @ApiProperty({ type: [TimelineEntry] }) timeline: TimelineEntry[];
}

export function toIdeaView(state: Idea, revision: number, events: StoredEvent[]): IdeaView {
  const { trackingTokenHash: _secret, ...visible } = state;
  return {
    id: state.id,
    revision,
    state: visible,
    timeline: events.map((event) => ({
      revision: event.streamRevision,
      type: event.type,
      at: event.metadata.occurredAt,
      actor: event.metadata.actor,
      data: withoutSecrets(event.data as Record<string, unknown>),
    })),
  };
}

function withoutSecrets(data: Record<string, unknown>): Record<string, unknown> {
  const { trackingTokenHash: _secret, ...rest } = data;
  return rest;
}
