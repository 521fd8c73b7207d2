import type { Feasibility, Phase, ProjectResult, RoundSettings } from './round.vocabulary';

interface EventDataBase {
  roundId: string;
  /** ISO-8601 timestamp of the fact, taken from the command. */
  at: string;
  actor: string;
}

export interface RoundOpened {
  type: 'RoundOpened';
  data: EventDataBase & { settings: RoundSettings };
}
export interface RoundConfigured {
  type: 'RoundConfigured';
  data: EventDataBase & { settings: RoundSettings };
}
export interface PhaseAdvanced {
  type: 'PhaseAdvanced';
  data: EventDataBase & { from: Phase; to: Phase };
}
export interface ProposalSubmitted {
  type: 'ProposalSubmitted';
  data: EventDataBase & {
    proposalId: string;
    title: string;
    summary: string;
    ideaId: string | null;
    /** A proposal that came in as an idea: when the idea was sent, and its district and category. */
    submittedAt?: string;
    district?: string | null;
    category?: string | null;
  };
}
export interface ProposalFeasibilityRecorded {
  type: 'ProposalFeasibilityRecorded';
  data: EventDataBase & { proposalId: string; feasibility: Feasibility };
}
export interface ProposalsMerged {
  type: 'ProposalsMerged';
  data: EventDataBase & { into: string; proposalIds: string[] };
}
/** The count at the close of voting, with why each project on the ballot was or was not funded. */
export interface RoundResultsComputed {
  type: 'RoundResultsComputed';
  data: EventDataBase & {
    rule: RoundSettings['rule'];
    ballots: number;
    /** Proposal ids in the order the rule funded them. */
    winners: string[];
    totalCost: number;
    /** Equal shares: each voter's share in the run that decided the outcome. */
    perVoterBudget: number | null;
    projects: ProjectResult[];
  };
}
export interface WinnerProgressRecorded {
  type: 'WinnerProgressRecorded';
  data: EventDataBase & { proposalId: string; note: string; percentComplete: number | null };
}
export interface WinnerImplemented {
  type: 'WinnerImplemented';
  data: EventDataBase & { proposalId: string; note: string };
}

export type RoundEvent =
  | RoundOpened
  | RoundConfigured
  | PhaseAdvanced
  | ProposalSubmitted
  | ProposalFeasibilityRecorded
  | ProposalsMerged
  | RoundResultsComputed
  | WinnerProgressRecorded
  | WinnerImplemented;

export type RoundEventType = RoundEvent['type'];

export const ROUND_EVENT_TYPES: readonly RoundEventType[] = [
  'RoundOpened',
  'RoundConfigured',
  'PhaseAdvanced',
  'ProposalSubmitted',
  'ProposalFeasibilityRecorded',
  'ProposalsMerged',
  'RoundResultsComputed',
  'WinnerProgressRecorded',
  'WinnerImplemented',
];
