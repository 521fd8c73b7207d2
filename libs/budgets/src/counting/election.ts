/** One project on the ballot of an election: its cost and the number of votes the organiser counted. */
export interface ElectionProject {
  id: string;
  cost: number;
  /** Official vote count. Greedy orders by it; a count from the ballots is used when the source has none. */
  votes: number;
  name?: string;
}

/**
 * What every counting rule reads: a budget, the projects and the approval ballots (project ids per voter).
 * The shape follows a pabulib `.pb` file, so the same rules run on a finished round and on a published election.
 */
export interface Election {
  budget: number;
  projects: ElectionProject[];
  ballots: string[][];
}

/** Why a project was not funded, in words a proposer reads. */
export type NotFundedReason = 'did-not-fit-remaining-budget' | 'supporters-shares-ran-out' | 'no-supporters';

export const NOT_FUNDED_TEXT: Record<NotFundedReason, string> = {
  'did-not-fit-remaining-budget': 'did not fit the remaining budget',
  'supporters-shares-ran-out': "its supporters' shares ran out",
  'no-supporters': 'nobody voted for it',
};

export type ProjectOutcome =
  | { projectId: string; funded: true; fundedAs: number; cost: number }
  | {
      projectId: string;
      funded: false;
      reason: NotFundedReason;
      cost: number;
      /** Greedy: what was left of the budget when its turn came. */
      remainingBudget?: number;
      /** Equal shares: what its supporters had left between them when it dropped out. */
      supportersMoneyLeft?: number;
    };

export interface CountResult {
  /** Project ids in the order the rule funded them. */
  winners: string[];
  totalCost: number;
  /** One entry per project, in the election's project order. */
  outcomes: ProjectOutcome[];
  /** Equal shares only: the budget each voter started with in the run that decided the outcome . */
  perVoterBudget?: number;
}

export function totalCostOf(election: Election, winners: readonly string[]): number {
  const cost = new Map(election.projects.map((project) => [project.id, project.cost]));
  return winners.reduce((sum, id) => sum + (cost.get(id) ?? 0), 0);
}
