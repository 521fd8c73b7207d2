import { InvalidCommandError, NotReadyForVotingError, RoundAlreadyOpenedError, RoundNotFoundError, WrongPhaseError } from './round.errors';
import {
  advance,
  advanced,
  AT,
  closeVoting,
  configureRound,
  feasible,
  given,
  LATER,
  opened,
  openRound,
  proposed,
  reviewed,
  ROUND,
  settings,
  STAFF,
  votingOpen,
} from './testing';

describe('OpenRound', () => {
  it('opens a round in its proposals phase', () => given().when(openRound()).then(opened()));
  it('refuses to open it twice', () => given(opened()).when(openRound()).thenThrows(RoundAlreadyOpenedError));
  it.each([
    ['amount', { amount: 0 }],
    ['amount', { amount: 10.5 }],
    ['currency', { currency: 'kroner' }],
    ['title', { title: ' ' }],
    ['ballot.maxChoices', { ballot: { kind: 'approval' as const, maxChoices: 0 } }],
    ['minimumAge', { minimumAge: -1 }],
    ['scope.district', { scope: { kind: 'district' as const, district: '' } }],
    ['schedule.voting', { schedule: { ...settings().schedule, voting: { from: '2027-05-01', to: '2027-04-01' } } }],
    ['schedule.review', { schedule: { ...settings().schedule, review: { from: '2027-02-01', to: '2027-04-30' } } }],
  ])('refuses a bad %s', (field, overrides) => given().when(openRound(overrides)).thenThrows(InvalidCommandError, { field }));
});

describe('ConfigureRound', () => {
  it('changes the settings before voting', () =>
    given(opened())
      .when(configureRound({ amount: 200 }))
      .then({ type: 'RoundConfigured', data: { roundId: ROUND, at: LATER, actor: STAFF, settings: settings({ amount: 200 }) } }));
  it('refuses once voting is open', () =>
    given(...votingOpen)
      .when(configureRound())
      .thenThrows(WrongPhaseError, { code: 'wrong-phase' }));
  it('refuses on no round', () => given().when(configureRound()).thenThrows(RoundNotFoundError));
});

describe('AdvancePhase', () => {
  it('moves from proposals to review', () => given(opened()).when(advance('review')).then(advanced('proposals', 'review')));
  it('opens voting once every proposal is reviewed', () =>
    given(...reviewed)
      .when(advance('voting'))
      .then(advanced('review', 'voting')));
  it('refuses to skip a phase', () => given(opened()).when(advance('voting')).thenThrows(WrongPhaseError));
  it('refuses to go back', () =>
    given(...votingOpen)
      .when(advance('review'))
      .thenThrows(WrongPhaseError));
  it('refuses an unknown phase', () =>
    given(opened())
      .when(advance('party' as never))
      .thenThrows(InvalidCommandError, { field: 'to' }));
  it('refuses to open voting with an unreviewed proposal', () =>
    given(...reviewed, proposed('late'))
      .when(advance('voting'))
      .thenThrows(NotReadyForVotingError));
  it('refuses to open voting with nothing feasible', () =>
    given(opened(), proposed('a'), advanced('proposals', 'review'), {
      type: 'ProposalFeasibilityRecorded',
      data: { roundId: ROUND, at: AT, actor: STAFF, proposalId: 'a', feasibility: { feasible: false, reason: 'No.' } },
    })
      .when(advance('voting'))
      .thenThrows(NotReadyForVotingError));
  it('does not close voting without counting', () =>
    given(...votingOpen)
      .when(advance('results'))
      .thenThrows(InvalidCommandError, { field: 'to' }));
  it('moves from results to implementation', () =>
    given(
      ...votingOpen,
      ...given(...votingOpen)
        .when(closeVoting([['park']]))
        .events(),
    )
      .when(advance('implementation'))
      .then(advanced('results', 'implementation')));
  it('has no phase after implementation', () =>
    given(
      ...votingOpen,
      ...given(...votingOpen)
        .when(closeVoting([['park']]))
        .events(),
      advanced('results', 'implementation'),
    )
      .when(advance('implementation'))
      .thenThrows(WrongPhaseError));
  it('keeps a feasible proposal whose cost was revised to the latest estimate', () =>
    given(...reviewed, feasible('park', 70))
      .when(advance('voting'))
      .then(advanced('review', 'voting')));
});
