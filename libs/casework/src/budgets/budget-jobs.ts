/** The jobs of participatory budgets; the job catalogue (jobs/job-catalogue.ts) includes them. */

/** E-mail the voter the link that confirms the BallotRequested at `revision` of their ballot's stream. */
export interface BallotConfirmationMailJob {
  readonly roundId: string;
  readonly ballotId: string;
  readonly revision: number;
}

/** The round was counted (the RoundResultsComputed `eventId`): its voters' sealed addresses have served their purpose. */
export interface VoterDataErasureJob {
  readonly roundId: string;
  readonly eventId: string;
}

/** An idea sent into a round (its IdeaSubmitted, `eventId`) is recorded on the round as its own proposal. */
export interface IdeaProposalJob {
  readonly roundId: string;
  readonly ideaId: string;
  readonly eventId: string;
}

export interface BudgetJobDataByName {
  'budget-idea-proposal': IdeaProposalJob;
  'budget-ballot-confirmation': BallotConfirmationMailJob;
  'budget-voter-data-erasure': VoterDataErasureJob;
}

export const BUDGET_JOB_QUEUES = {
  'budget-idea-proposal': 'maintenance',
  'budget-ballot-confirmation': 'notifications',
  'budget-voter-data-erasure': 'maintenance',
} as const satisfies Record<keyof BudgetJobDataByName, 'notifications' | 'deadlines' | 'maintenance'>;
