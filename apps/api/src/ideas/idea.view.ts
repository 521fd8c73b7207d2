import { ApiProperty } from '@nestjs/swagger';
import type { StoredEvent } from '@civic/event-store';
import type { Idea } from '@civic/ideas';
import { type ContactView } from '@civic/casework';

/** The folded state as staff see it: the contact opened (or marked erased), the tracking hash left out. */
export type StaffIdeaState = Omit<Idea, 'trackingTokenHash' | 'contact' | 'sealedText'> & { contact: ContactView | null };

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
  @ApiProperty({ description: "contact: the submitter's data, or { erased: true, erasedAt } once erased; null if none was given" }) state: StaffIdeaState;
  @ApiProperty({ type: [TimelineEntry] }) timeline: TimelineEntry[];
}

/** contact: opened by the caller through the vault (SubmitterContacts.view). */
export function toIdeaView(state: Idea, revision: number, events: StoredEvent[], contact: ContactView | null): IdeaView {
  const { trackingTokenHash: _secret, contact: _sealed, sealedText: _sealedText, ...visible } = state;
  return {
    id: state.id,
    revision,
    state: { ...visible, contact },
    timeline: events.map((event) => ({
      revision: event.streamRevision,
      type: event.type,
      at: event.metadata.occurredAt,
      actor: event.metadata.actor,
      data: withoutSecrets(event.data as Record<string, unknown>),
    })),
  };
}

/** The timeline shows what happened, not secrets: no token hash, and the contact (sealed) only as the state's opened form. */
function withoutSecrets(data: Record<string, unknown>): Record<string, unknown> {
  // The typed text is opened by the caller (SubmitterTexts.reveal); a ciphertext is nobody's business.
  const {
    trackingTokenHash: _secret,
    contact: _sealed,
    submitterNameSpans: _spans,
    sealedText: _sealedText,
    sealedAnswer: _sealedAnswer,
    sealedReason: _sealedReason,
    ...rest
  } = data;
  return rest;
}
