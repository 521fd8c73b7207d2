import type { Election } from '../election';

/**
 * The README's worked example: budget 120, four voters. Three of them want the library (50) and the park (60);
 * the fourth wants a playground (30).
 */
export const parkLibraryPlayground: Election = {
  budget: 120,
  projects: [
    { id: 'park', cost: 60, votes: 3 },
    { id: 'library', cost: 50, votes: 3 },
    { id: 'playground', cost: 30, votes: 1 },
  ],
  ballots: [['park', 'library'], ['park', 'library'], ['park', 'library'], ['playground']],
};

/** A small random election (deterministic for a seed), for holding the fast count to the plain one. */
export function randomElection(seed: number, voters: number, projects: number): Election {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  const list = Array.from({ length: projects }, (_, i) => ({ id: `p${i}`, cost: 1 + Math.floor(random() * 40) * 5, votes: 0 }));
  const ballots = Array.from({ length: voters }, () => list.filter((_, i) => random() < 0.6 / (1 + i * 0.3)).map((project) => project.id));
  for (const ballot of ballots) for (const id of ballot) list.find((project) => project.id === id)!.votes += 1;
  return { budget: 50 + Math.floor(random() * 300), projects: list, ballots };
}
