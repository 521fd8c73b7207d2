import type { Election } from '../../libs/budgets/src';
import { type Random, intBetween, seededRandom } from '../generate/random';

export interface SyntheticElectionShape {
  voters: number;
  projects: number;
  budget: number;
  /** Each voter approves between 1 and this many projects. */
  maxApprovals: number;
  seed: number;
}

/**
 * A participatory-budget election shaped like the published ones: project costs spread over two orders of magnitude,
 * a few popular projects and a long tail (popularity ~ 1/rank), and voters approving a handful each.
 */
export function syntheticElection(shape: SyntheticElectionShape): Election {
  const random = seededRandom(shape.seed);
  const projects = Array.from({ length: shape.projects }, (_, index) => ({
    id: String(1000 + index),
    cost: Math.round((shape.budget / 100) * Math.pow(10, 1.6 * random())),
    votes: 0,
  }));
  const popularity = projects.map((_, index) => 1 / (index + 1) + 0.02);
  const ballots = Array.from({ length: shape.voters }, () => ballotOf(random, popularity, intBetween(random, 1, shape.maxApprovals)));
  for (const ballot of ballots) for (const id of ballot) projects[Number(id) - 1000].votes += 1;
  return { budget: shape.budget, projects, ballots };
}

function ballotOf(random: Random, popularity: readonly number[], approvals: number): string[] {
  const total = popularity.reduce((sum, weight) => sum + weight, 0);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(approvals, popularity.length)) {
    let x = random() * total;
    let index = 0;
    while ((x -= popularity[index]) >= 0 && index < popularity.length - 1) index += 1;
    chosen.add(index);
  }
  return [...chosen].map((index) => String(1000 + index));
}
