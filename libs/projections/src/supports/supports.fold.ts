import type { StoredEvent } from '@civic/event-store';
import type { SupportEvent } from '@civic/supports';
import type { SupportRow } from './supports.table';

/** How one event of a support's stream changes its row: pure, so a rebuild gives the same rows. */
export function foldSupportRow(row: SupportRow | undefined, event: StoredEvent & SupportEvent): SupportRow | undefined {
  switch (event.type) {
    case 'SupportRequested':
      return {
        support_id: event.data.supportId,
        idea_id: event.data.ideaId,
        last_revision: event.streamRevision,
        status: row?.status === 'confirmed' ? 'confirmed' : 'pending',
        district: event.data.district,
        requested_at: event.data.at,
        confirmed_at: row?.status === 'confirmed' ? row.confirmed_at : null,
        key_ids: [...(row?.key_ids ?? []), event.data.email.keyId],
      };
    case 'SupportConfirmed':
      return row && { ...row, last_revision: event.streamRevision, status: 'confirmed', confirmed_at: event.data.at };
    case 'SupportWithdrawn':
      return row && { ...row, last_revision: event.streamRevision, status: 'withdrawn' };
    case 'SupporterDataErased':
      return row && { ...row, last_revision: event.streamRevision };
  }
}

/** What a change of row does to its idea's count: +1 on becoming confirmed, -1 on leaving it. */
export function countChange(before: SupportRow | undefined, after: SupportRow | undefined): number {
  const was = before?.status === 'confirmed' ? 1 : 0;
  const is = after?.status === 'confirmed' ? 1 : 0;
  return is - was;
}
