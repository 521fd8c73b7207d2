/** The jobs of participatory budgets; the job catalogue (jobs/job-catalogue.ts) includes them. */

/** E-mail the voter the link that confirms the BallotRequested at `revision` of their ballot's stream. */
export interface BallotConfirmationMailJob {
  readonly roundId: string;
  readonly ballotId: string;
  readonly revision: number;
}

export interface BudgetJobDataByName {
  'budget-ballot-confirmation': BallotConfirmationMailJob;
}

export const BUDGET_JOB_QUEUES = {
  'budget-ballot-confirmation': 'notifications',
} as const satisfies Record<keyof BudgetJobDataByName, 'notifications' | 'deadlines' | 'maintenance'>;
