import type { Election } from './election';

/**
 * The election in the shape the equal-shares counts work on: project indices instead of ids, and voters with the same
 * ballot folded into one "voter type" with a weight. Such voters start with the same share and pay the same for every
 * project, so they always hold the same amount; folding them is exact and makes large elections cheaper to count.
 */
export interface PreparedElection {
  ids: string[];
  costs: number[];
  /** Voters approving each project (not types). */
  supporterCount: number[];
  /** Voter types approving each project. */
  supporterTypes: Int32Array[];
  typeWeight: Int32Array;
  voters: number;
  budget: number;
}

export function prepareElection(election: Election): PreparedElection {
  const indexOf = new Map(election.projects.map((project, index) => [project.id, index]));
  const typeOf = new Map<string, number>();
  const typeProjects: number[][] = [];
  const weights: number[] = [];
  for (const ballot of election.ballots) {
    const projects = [...new Set(ballot.map((id) => indexOf.get(id)!))].sort((a, b) => a - b);
    const key = projects.join(',');
    let type = typeOf.get(key);
    if (type === undefined) {
      type = typeProjects.length;
      typeOf.set(key, type);
      typeProjects.push(projects);
      weights.push(0);
    }
    weights[type] += 1;
  }
  const supporterTypes: number[][] = election.projects.map(() => []);
  const supporterCount = election.projects.map(() => 0);
  typeProjects.forEach((projects, type) => {
    for (const project of projects) {
      supporterTypes[project].push(type);
      supporterCount[project] += weights[type];
    }
  });
  return {
    ids: election.projects.map((project) => project.id),
    costs: election.projects.map((project) => project.cost),
    supporterCount,
    supporterTypes: supporterTypes.map((types) => Int32Array.from(types)),
    typeWeight: Int32Array.from(weights),
    voters: election.ballots.length,
    budget: election.budget,
  };
}
