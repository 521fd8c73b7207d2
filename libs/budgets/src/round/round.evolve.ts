import type { RoundEvent } from './round.events';
import { type BudgetRound, initialRound, type Proposal } from './round.state';

/** Applies one recorded fact. Never refuses: what is in the store has happened. */
export function evolveRound(state: BudgetRound, event: RoundEvent): BudgetRound {
  switch (event.type) {
    case 'RoundOpened':
      return { ...state, id: event.data.roundId, phase: 'proposals', settings: event.data.settings };
    case 'RoundConfigured':
      return { ...state, settings: event.data.settings };
    case 'PhaseAdvanced':
      return { ...state, phase: event.data.to, ...(event.data.from === 'proposals' && { proposalsClosedAt: event.data.at }) };
    case 'ProposalSubmitted': {
      const { proposalId, title, summary, ideaId, at } = event.data;
      const proposal: Proposal = {
        id: proposalId,
        ideaId,
        title,
        summary,
        submittedAt: event.data.submittedAt ?? at,
        district: event.data.district ?? null,
        category: event.data.category ?? null,
        feasibility: null,
        mergedInto: null,
        progress: [],
        implementedAt: null,
      };
      return { ...state, proposals: [...state.proposals, proposal] };
    }
    case 'ProposalFeasibilityRecorded':
      return updateProposal(state, event.data.proposalId, () => ({ feasibility: event.data.feasibility }));
    case 'ProposalsMerged': {
      const merged = new Set(event.data.proposalIds);
      return { ...state, proposals: state.proposals.map((proposal) => (merged.has(proposal.id) ? { ...proposal, mergedInto: event.data.into } : proposal)) };
    }
    case 'RoundResultsComputed': {
      const { winners, totalCost, ballots, perVoterBudget, projects, at } = event.data;
      return { ...state, results: { winners, totalCost, ballots, perVoterBudget, projects, computedAt: at } };
    }
    case 'WinnerProgressRecorded': {
      const { note, percentComplete, at } = event.data;
      return updateProposal(state, event.data.proposalId, (proposal) => ({ progress: [...proposal.progress, { note, percentComplete, at }] }));
    }
    case 'WinnerImplemented':
      return updateProposal(state, event.data.proposalId, () => ({ implementedAt: event.data.at }));
  }
}

function updateProposal(state: BudgetRound, proposalId: string, change: (proposal: Proposal) => Partial<Proposal>): BudgetRound {
  return { ...state, proposals: state.proposals.map((proposal) => (proposal.id === proposalId ? { ...proposal, ...change(proposal) } : proposal)) };
}

export function foldRound(events: readonly RoundEvent[], roundId = ''): BudgetRound {
  return events.reduce(evolveRound, initialRound(roundId));
}
