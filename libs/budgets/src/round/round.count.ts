import { equalShares } from '../counting/equal-shares';
import type { Election } from '../counting/election';
import { greedy } from '../counting/greedy';
import { type BudgetRound, ballotProjects } from './round.state';
import type { ProjectResult, RoundSettings } from './round.vocabulary';

/** The round as an election: the projects on its ballot (in submission order), its amount, and the ballots cast. */
export function roundElection(round: BudgetRound, ballots: readonly string[][]): Election {
  const projects = ballotProjects(round);
  const votes = new Map(projects.map(({ proposal }) => [proposal.id, 0]));
  for (const ballot of ballots) for (const id of new Set(ballot)) if (votes.has(id)) votes.set(id, votes.get(id)! + 1);
  return {
    budget: round.settings!.amount,
    projects: projects.map(({ proposal, cost }) => ({ id: proposal.id, cost, votes: votes.get(proposal.id)!, name: proposal.title })),
    ballots: ballots.map((ballot) => ballot.filter((id) => votes.has(id))),
  };
}

export interface RoundCount {
  winners: string[];
  totalCost: number;
  perVoterBudget: number | null;
  projects: ProjectResult[];
}

/** Counts by the round's rule. Equal shares is always counted in exact arithmetic here. */
export function countRound(rule: RoundSettings['rule'], election: Election): RoundCount {
  const result = rule.kind === 'greedy' ? greedy(election) : equalShares(election, { completion: rule.completion, arithmetic: 'exact' });
  const votes = new Map(election.projects.map((project) => [project.id, project.votes]));
  return {
    winners: result.winners,
    totalCost: result.totalCost,
    perVoterBudget: result.perVoterBudget ?? null,
    projects: result.outcomes.map((outcome) => {
      const { projectId, ...rest } = outcome;
      return { proposalId: projectId, votes: votes.get(projectId)!, ...rest };
    }),
  };
}
