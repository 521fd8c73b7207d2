import type { CountResult, Election, ProjectOutcome } from './election';

/**
 * Greedy (the usual rule): most votes first; a project that no longer fits what is left of the budget is skipped
 * and the count goes on with the next. Ties: more votes, then lower cost, then the order of the election's project list.
 */
export function greedy(election: Election): CountResult {
  const order = election.projects.map((project, index) => ({ project, index }));
  order.sort((a, b) => b.project.votes - a.project.votes || a.project.cost - b.project.cost || a.index - b.index);
  let remaining = election.budget;
  const winners: string[] = [];
  const outcomeOf = new Map<string, ProjectOutcome>();
  for (const { project } of order) {
    if (project.votes <= 0) {
      outcomeOf.set(project.id, { projectId: project.id, funded: false, reason: 'no-supporters', cost: project.cost });
    } else if (project.cost <= remaining) {
      remaining -= project.cost;
      winners.push(project.id);
      outcomeOf.set(project.id, { projectId: project.id, funded: true, fundedAs: winners.length, cost: project.cost });
    } else {
      outcomeOf.set(project.id, {
        projectId: project.id,
        funded: false,
        reason: 'did-not-fit-remaining-budget',
        cost: project.cost,
        remainingBudget: remaining,
      });
    }
  }
  return {
    winners,
    totalCost: election.budget - remaining,
    outcomes: election.projects.map((project) => outcomeOf.get(project.id)!),
  };
}
