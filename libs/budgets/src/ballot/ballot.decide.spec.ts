import { BallotAlreadyCastError, InvalidBallotError, NotEligibleError, RoundNotFoundError, WrongPhaseError } from '../round/round.errors';
import { advanced, ballotCast, castOnline, castPaper, given, LATER, opened, reviewed, ROUND, votingOpen } from '../round/testing';

describe('CastBallot', () => {
  it('takes a verified voter’s first ballot', () =>
    given(...votingOpen)
      .withBallot()
      .when(castOnline('v1', ['park', 'library']))
      .then(ballotCast('v1', ['park', 'library'])));

  it('lets the voter change it while voting is open', () =>
    given(...votingOpen)
      .withBallot(ballotCast('v1', ['park', 'library']))
      .when(castOnline('v1', ['playground']))
      .then({ type: 'BallotChanged', data: { roundId: ROUND, ballotId: 'v1', at: LATER, actor: 'v1', choices: ['playground'] } }));

  it('records nothing when the same ballot is cast again', () =>
    given(...votingOpen)
      .withBallot(ballotCast('v1', ['park']))
      .when(castOnline('v1', ['park']))
      .then());

  it('records a paper ballot as such', () =>
    given(...votingOpen)
      .withBallot()
      .when(castPaper('p1', ['playground']))
      .then(ballotCast('p1', ['playground'], 'paper')));

  it('enters a paper ballot once', () =>
    given(...votingOpen)
      .withBallot(ballotCast('p1', ['playground'], 'paper'))
      .when(castPaper('p1', ['park']))
      .thenThrows(BallotAlreadyCastError, { kind: 'conflict' }));

  it('refuses before voting opens', () =>
    given(...reviewed)
      .withBallot()
      .when(castOnline('v1', ['park']))
      .thenThrows(WrongPhaseError));
  it('refuses after voting closed', () =>
    given(...votingOpen, advanced('voting', 'results'))
      .withBallot(ballotCast('v1', ['park']))
      .when(castOnline('v1', ['library']))
      .thenThrows(WrongPhaseError));
  it('refuses on no round', () =>
    given()
      .withBallot()
      .when(castOnline('v1', ['park']))
      .thenThrows(RoundNotFoundError));

  it.each([
    ['no choice', []],
    ['a project twice', ['park', 'park']],
    ['a project found not feasible', ['helipad']],
    ['an unknown project', ['zoo']],
    ['more than k projects', ['park', 'library', 'playground']],
  ])('refuses a ballot with %s', (_, choices) =>
    given(...votingOpen)
      .withBallot()
      .when(castOnline('v1', choices))
      .thenThrows(InvalidBallotError, { field: 'choices', kind: 'invalid' }),
  );

  it('refuses a knapsack ballot over the budget, and takes one within it', () => {
    const knapsack = [opened({ ballot: { kind: 'knapsack' } }), ...reviewed.slice(1), advanced('review', 'voting')];
    given(...knapsack)
      .withBallot()
      .when(castOnline('v1', ['park', 'library', 'playground']))
      .thenThrows(InvalidBallotError);
    given(...knapsack)
      .withBallot()
      .when(castOnline('v1', ['park', 'library']))
      .then(ballotCast('v1', ['park', 'library']));
  });

  it('refuses a voter from another district', () =>
    given(...votingOpen)
      .withBallot()
      .when(castOnline('v1', ['park'], { district: 'Valby' }))
      .thenThrows(NotEligibleError, { field: 'voter' }));
  it('refuses a voter under the age limit, or of unknown age', () => {
    given(...votingOpen)
      .withBallot()
      .when(castOnline('v1', ['park'], { age: 15 }))
      .thenThrows(NotEligibleError);
    given(...votingOpen)
      .withBallot()
      .when(castOnline('v1', ['park'], { age: null }))
      .thenThrows(NotEligibleError);
  });
  it('lets anyone vote in a municipality-wide round without an age limit', () => {
    const open = [opened({ scope: { kind: 'municipality' }, minimumAge: null }), ...reviewed.slice(1), advanced('review', 'voting')];
    given(...open)
      .withBallot()
      .when(castOnline('v1', ['park'], { district: null, age: null }))
      .then(ballotCast('v1', ['park']));
  });
});
