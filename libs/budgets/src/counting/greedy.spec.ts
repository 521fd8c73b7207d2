import { greedy } from './greedy';
import { parkLibraryPlayground } from './testing/elections';
import { fixtureElection, fixtureText } from './testing/pabulib-fixtures';
import { parsePb } from '../pabulib/parse-pb';

describe('greedy', () => {
  it('funds most votes first and skips what no longer fits (the README example)', () => {
    const result = greedy(parkLibraryPlayground);
    expect(result.winners).toEqual(['library', 'park']); // tied on votes: the cheaper first
    expect(result.totalCost).toBe(110);
    expect(result.outcomes).toEqual([
      { projectId: 'park', funded: true, fundedAs: 2, cost: 60 },
      { projectId: 'library', funded: true, fundedAs: 1, cost: 50 },
      { projectId: 'playground', funded: false, reason: 'did-not-fit-remaining-budget', cost: 30, remainingBudget: 10 },
    ]);
  });

  it('goes on past a project that does not fit', () => {
    const result = greedy({
      budget: 100,
      projects: [
        { id: 'a', cost: 70, votes: 10 },
        { id: 'b', cost: 50, votes: 9 },
        { id: 'c', cost: 30, votes: 8 },
      ],
      ballots: [],
    });
    expect(result.winners).toEqual(['a', 'c']);
    expect(result.totalCost).toBe(100);
  });

  it('breaks ties by votes, then lower cost, then list order', () => {
    const result = greedy({
      budget: 1000,
      projects: [
        { id: 'x', cost: 20, votes: 5 },
        { id: 'y', cost: 10, votes: 5 },
        { id: 'z', cost: 10, votes: 5 },
        { id: 'w', cost: 10, votes: 0 },
      ],
      ballots: [],
    });
    expect(result.winners).toEqual(['y', 'z', 'x']);
    expect(result.outcomes[3]).toMatchObject({ projectId: 'w', funded: false, reason: 'no-supporters' });
  });

  it("reproduces Warsaw Bielany 2021's official winners exactly", () => {
    const file = parsePb(fixtureText('poland_warszawa_2021_bielany.pb'));
    const official = file.projects.filter((row) => row.selected === '1').map((row) => row.project_id);
    const result = greedy(fixtureElection('poland_warszawa_2021_bielany.pb'));
    expect(official).toHaveLength(26);
    expect([...result.winners].sort()).toEqual([...official].sort());
    expect(result.totalCost).toBe(file.projects.filter((row) => row.selected === '1').reduce((sum, row) => sum + Number(row.cost), 0));
    // in the order of votes
    const votes = new Map(file.projects.map((row) => [row.project_id, Number(row.votes)]));
    const inOrder = result.winners.map((id) => votes.get(id)!);
    expect(inOrder).toEqual([...inOrder].sort((a, b) => b - a));
  });
});
