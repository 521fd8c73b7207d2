import type { RoundEvent, RoundResultsComputed } from './round.events';
import { AlreadyImplementedError, InvalidCommandError, NotAWinnerError, ProposalNotFoundError, WrongPhaseError } from './round.errors';
import { foldRound } from './round.evolve';
import { advanced, closeVoting, completeWinner, exampleBallots, given, LATER, opened, recordProgress, reviewed, ROUND, STAFF, votingOpen } from './testing';

const data = { roundId: ROUND, at: LATER, actor: STAFF };
const resultsOf = (events: RoundEvent[]) => (events[1] as RoundResultsComputed).data;

describe('CloseVoting', () => {
  it('closes voting and counts by equal shares with add1, explaining every project on the ballot', () => {
    const events = given(...votingOpen)
      .when(closeVoting(exampleBallots))
      .events();
    expect(events[0]).toEqual(advanced('voting', 'results'));
    expect(resultsOf(events)).toEqual({
      ...data,
      rule: { kind: 'equal-shares', completion: 'add1' },
      ballots: 4,
      winners: ['library', 'playground'],
      totalCost: 80,
      perVoterBudget: 30,
      projects: [
        { proposalId: 'park', votes: 3, cost: 60, funded: false, reason: 'supporters-shares-ran-out', supportersMoneyLeft: 40 },
        { proposalId: 'library', votes: 3, cost: 50, funded: true, fundedAs: 1 },
        { proposalId: 'playground', votes: 1, cost: 30, funded: true, fundedAs: 2 },
      ],
    });
  });

  it('counts greedily when the round says so', () => {
    const greedyRound = [opened({ rule: { kind: 'greedy' } }), ...reviewed.slice(1), advanced('review', 'voting')];
    const results = resultsOf(
      given(...greedyRound)
        .when(closeVoting(exampleBallots))
        .events(),
    );
    expect(results.winners).toEqual(['library', 'park']);
    expect(results.projects.find((project) => project.proposalId === 'playground')).toEqual({
      proposalId: 'playground',
      votes: 1,
      cost: 30,
      funded: false,
      reason: 'did-not-fit-remaining-budget',
      remainingBudget: 10,
    });
  });

  it('counts a round nobody voted in', () => {
    const results = resultsOf(
      given(...votingOpen)
        .when(closeVoting([]))
        .events(),
    );
    expect(results.winners).toEqual([]);
    expect(results.projects.every((project) => !project.funded && project.reason === 'no-supporters')).toBe(true);
  });

  it('refuses before voting', () =>
    given(...reviewed)
      .when(closeVoting([]))
      .thenThrows(WrongPhaseError));
  it('refuses to count twice', () => {
    const closed = given(...votingOpen)
      .when(closeVoting(exampleBallots))
      .events();
    given(...votingOpen, ...closed)
      .when(closeVoting(exampleBallots))
      .thenThrows(WrongPhaseError);
  });
});

describe('winners through implementation', () => {
  const closed = [
    ...votingOpen,
    ...given(...votingOpen)
      .when(closeVoting(exampleBallots))
      .events(),
  ];
  const implementing = [...closed, advanced('results', 'implementation')];

  it('records progress on a winner', () =>
    given(...implementing)
      .when(recordProgress('library'))
      .then({ type: 'WinnerProgressRecorded', data: { ...data, proposalId: 'library', note: 'Tender published.', percentComplete: 40 } }));
  it('records progress as soon as results are out', () =>
    given(...closed)
      .when(recordProgress('playground', null))
      .then({ type: 'WinnerProgressRecorded', data: { ...data, proposalId: 'playground', note: 'Tender published.', percentComplete: null } }));
  it('refuses progress on a project that was not funded', () =>
    given(...implementing)
      .when(recordProgress('park'))
      .thenThrows(NotAWinnerError));
  it('refuses an unknown project', () =>
    given(...implementing)
      .when(recordProgress('zoo'))
      .thenThrows(ProposalNotFoundError));
  it.each([-1, 101, 2.5])('refuses %p percent', (percent) =>
    given(...implementing)
      .when(recordProgress('library', percent))
      .thenThrows(InvalidCommandError, { field: 'percentComplete' }),
  );
  it('completes a winner, once', () => {
    given(...implementing)
      .when(completeWinner('library'))
      .then({ type: 'WinnerImplemented', data: { ...data, proposalId: 'library', note: 'Opened to the public.' } });
    const done = given(...implementing)
      .when(completeWinner('library'))
      .events();
    given(...implementing, ...done)
      .when(completeWinner('library'))
      .thenThrows(AlreadyImplementedError);
    given(...implementing, ...done)
      .when(recordProgress('library'))
      .thenThrows(AlreadyImplementedError);
  });
  it('completes only in the implementation phase', () =>
    given(...closed)
      .when(completeWinner('library'))
      .thenThrows(WrongPhaseError));

  it('folds the whole cycle into the round', () => {
    const done = given(...implementing)
      .when(completeWinner('library'))
      .events();
    const round = foldRound([...implementing, ...done]);
    expect(round.phase).toBe('implementation');
    expect(round.results?.winners).toEqual(['library', 'playground']);
    expect(round.proposals.find((proposal) => proposal.id === 'library')?.implementedAt).toBe(LATER);
    expect(round.proposals.find((proposal) => proposal.id === 'helipad')?.feasibility).toEqual({ feasible: false, reason: expect.any(String) });
  });
});
