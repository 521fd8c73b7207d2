import { equalShares } from '../counting/equal-shares';
import { decideRound } from '../round/round.decide';
import { foldRound } from '../round/round.evolve';
import { closeVoting, exampleBallots, feasible, proposed, votingOpen } from '../round/testing';
import { electionFromPb, parsePb } from './parse-pb';
import { writePb } from './write-pb';

describe('writePb', () => {
  const history = [...votingOpen];
  history.splice(1, 0, proposed('quoted', 'Benches; "green" ones'));
  history.push(feasible('quoted', 5));
  const open = foldRound(history);
  const ballots = [...exampleBallots, ['quoted']].map((choices, index) => ({
    ballotId: `b${index}`,
    choices,
    channel: index === 4 ? ('paper' as const) : ('online' as const),
  }));
  const finished = foldRound([...history, ...decideRound(closeVoting(ballots.map((ballot) => ballot.choices)), open)]);

  it('exports a finished round that reads back as the same election, with the winners selected', () => {
    const text = writePb(finished, ballots);
    const file = parsePb(text);
    expect(file.meta).toMatchObject({
      budget: '120',
      currency: 'DKK',
      vote_type: 'approval',
      rule: 'equalshares/add1',
      num_votes: '5',
      max_length: '2',
      district: 'Nørrebro',
    });
    expect(file.projects.map((row) => [row.project_id, row.cost, row.votes, row.selected])).toEqual([
      ['quoted', '5', '1', '1'],
      ['park', '60', '3', '0'],
      ['library', '50', '3', '1'],
      ['playground', '30', '1', '1'],
    ]);
    expect(file.projects[0].name).toBe('Benches; "green" ones');
    // numbered in the order of the ballot ids b0…b4, whatever order they were read in
    expect(file.votes.map((row) => row.voting_method)).toEqual(['internet', 'internet', 'internet', 'internet', 'paper']);
    expect(writePb(finished, [...ballots].reverse())).toBe(writePb(finished, ballots));
    expect(file.votes.map((row) => row.voter_id)).toEqual(['1', '2', '3', '4', '5']);
    // anyone recounting the file gets the round's result
    expect(equalShares(electionFromPb(file), { completion: 'add1' }).winners).toEqual(finished.results!.winners);
  });

  it('leaves proposals that were not feasible off the file', () => {
    expect(writePb(finished, ballots)).not.toContain('helipad');
  });

  it('names a project by the public name it is given instead of its title (its text hidden by staff)', () => {
    const file = parsePb(writePb(finished, ballots, new Map([['quoted', 'KBH-0042']])));
    expect(file.projects[0].name).toBe('KBH-0042');
    expect(writePb(finished, ballots, new Map([['quoted', 'KBH-0042']]))).not.toContain('Benches');
  });
});
