import { ROUND_EVENT_TYPES, type RoundEvent, roundIdOfStream } from '@civic/budgets';
import type { StoredEvent } from '@civic/event-store';
import type { BudgetRoundRow } from './budget-rounds.table';

export function isRoundEvent(event: StoredEvent): boolean {
  return (ROUND_EVENT_TYPES as readonly string[]).includes(event.type) && roundIdOfStream(event.streamId) !== null;
}

/** The round's row after one of its events; null until the round is opened. Pure: a function of the events alone. */
export function foldRoundRow(row: BudgetRoundRow | null, event: StoredEvent): BudgetRoundRow | null {
  if (!isRoundEvent(event)) return row;
  if (row !== null && event.streamRevision <= row.stream_revision) return row;
  const fact = { type: event.type, data: event.data } as RoundEvent;
  const at = { stream_revision: event.streamRevision };
  switch (fact.type) {
    case 'RoundOpened':
    case 'RoundConfigured': {
      const { settings } = fact.data;
      const described = {
        title: settings.title,
        district: settings.scope.kind === 'district' ? settings.scope.district : null,
        amount: settings.amount,
        currency: settings.currency,
      };
      if (fact.type === 'RoundOpened')
        return { round_id: fact.data.roundId, ...described, phase: 'proposals', opened_at: fact.data.at, proposals: 0, winners: 0, implemented: 0, ...at };
      return row === null ? null : { ...row, ...described, ...at };
    }
    case 'PhaseAdvanced':
      return row === null ? null : { ...row, phase: fact.data.to, ...at };
    case 'ProposalSubmitted':
      return row === null ? null : { ...row, proposals: row.proposals + 1, ...at };
    case 'RoundResultsComputed':
      return row === null ? null : { ...row, winners: fact.data.winners.length, ...at };
    case 'WinnerImplemented':
      return row === null ? null : { ...row, implemented: row.implemented + 1, ...at };
    default:
      return row === null ? null : { ...row, ...at };
  }
}
