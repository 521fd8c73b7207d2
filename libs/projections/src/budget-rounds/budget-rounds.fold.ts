import { ROUND_EVENT_TYPES, type RoundEvent, roundIdOfStream } from '@civic/budgets';
import type { StoredEvent } from '@civic/event-store';
import type { BudgetRoundProposalRow, BudgetRoundRow } from './budget-rounds.table';

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
        return {
          round_id: fact.data.roundId,
          ...described,
          phase: 'proposals',
          opened_at: fact.data.at,
          proposals_closed_at: null,
          proposals: 0,
          winners: 0,
          implemented: 0,
          ...at,
        };
      return row === null ? null : { ...row, ...described, ...at };
    }
    case 'PhaseAdvanced':
      if (row === null) return null;
      return { ...row, phase: fact.data.to, ...(fact.data.from === 'proposals' && { proposals_closed_at: fact.data.at }), ...at };
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

/**
 * The proposal rows one applied round event changes (new rows, or copies with the change), given the round's rows as
 * they are. Pure: a function of the events alone.
 */
export function foldProposalRows(rowOf: (proposalId: string) => BudgetRoundProposalRow | undefined, event: StoredEvent): BudgetRoundProposalRow[] {
  const fact = { type: event.type, data: event.data } as RoundEvent;
  const change = (proposalId: string, patch: Partial<BudgetRoundProposalRow>): BudgetRoundProposalRow[] => {
    const row = rowOf(proposalId);
    return row === undefined ? [] : [{ ...row, ...patch }];
  };
  switch (fact.type) {
    case 'ProposalSubmitted': {
      const { roundId, proposalId, ideaId, title } = fact.data;
      if (rowOf(proposalId) !== undefined) return [];
      return [
        {
          round_id: roundId,
          proposal_id: proposalId,
          idea_id: ideaId,
          title,
          review: 'pending',
          cost: null,
          not_feasible_reason: null,
          merged_into: null,
          votes: null,
          funded: null,
          not_funded_reason: null,
        },
      ];
    }
    case 'ProposalFeasibilityRecorded': {
      const { feasibility } = fact.data;
      return change(
        fact.data.proposalId,
        feasibility.feasible
          ? { review: 'feasible', cost: feasibility.costEstimate, not_feasible_reason: null }
          : { review: 'not-feasible', cost: null, not_feasible_reason: feasibility.reason },
      );
    }
    case 'ProposalsMerged':
      return fact.data.proposalIds.flatMap((proposalId) => change(proposalId, { review: 'merged', merged_into: fact.data.into }));
    case 'RoundResultsComputed':
      return fact.data.projects.flatMap((project) =>
        change(project.proposalId, {
          votes: project.votes,
          funded: project.funded,
          not_funded_reason: project.funded ? null : project.reason,
        }),
      );
    default:
      return [];
  }
}
