import type { Feasibility, Phase, ProjectResult, RoundSettings } from './round.vocabulary';

export interface Proposal {
  id: string;
  ideaId: string | null;
  title: string;
  summary: string;
  submittedAt: string;
  /** A proposal that came in as an idea: the idea's district and category; null otherwise. */
  district: string | null;
  category: string | null;
  feasibility: Feasibility | null;
  mergedInto: string | null;
  progress: { note: string; percentComplete: number | null; at: string }[];
  implementedAt: string | null;
}

export interface RoundResults {
  winners: string[];
  totalCost: number;
  ballots: number;
  perVoterBudget: number | null;
  projects: ProjectResult[];
  computedAt: string;
}

export interface BudgetRound {
  id: string;
  /** 'none' until the round is opened. */
  phase: Phase | 'none';
  settings: RoundSettings | null;
  /** In the order they were submitted: the ballot and the .pb export list them so. */
  proposals: Proposal[];
  results: RoundResults | null;
  /** When the round left its proposals phase: an idea sent before then is still taken as a proposal. */
  proposalsClosedAt: string | null;
}

export const initialRound = (id = ''): BudgetRound => ({ id, phase: 'none', settings: null, proposals: [], results: null, proposalsClosedAt: null });

export function proposalOf(round: BudgetRound, proposalId: string): Proposal | undefined {
  return round.proposals.find((proposal) => proposal.id === proposalId);
}

/** What goes on the ballot: feasible proposals that were not merged into another, with their cost estimate. */
export function ballotProjects(round: BudgetRound): Array<{ proposal: Proposal; cost: number }> {
  return round.proposals.flatMap((proposal) =>
    proposal.mergedInto === null && proposal.feasibility?.feasible === true ? [{ proposal, cost: proposal.feasibility.costEstimate }] : [],
  );
}
