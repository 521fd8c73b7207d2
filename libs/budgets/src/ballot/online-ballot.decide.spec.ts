import type { ConfirmOnlineBallot, RequestOnlineBallot } from './ballot.commands';
import type { BallotEvent } from './ballot.events';
import { BallotLinkNotValidError, BallotNotFoundError, InvalidBallotError, NotEligibleError, VoterTooYoungError, WrongPhaseError } from '../round/round.errors';
import { advanced, ballotCast, given, LATER, opened, reviewed, ROUND, votingOpen } from '../round/testing';

const SEALED = { keyId: 'budget-voter:r1:v1', ciphertext: 'c2VhbGVk' };
const request = (choices: string[], overrides: Partial<RequestOnlineBallot> = {}): RequestOnlineBallot => ({
  type: 'RequestOnlineBallot',
  roundId: ROUND,
  ballotId: 'v1',
  choices,
  voter: { kind: 'online', district: 'Nørrebro', age: 30 },
  residenceStated: true,
  method: 'email',
  sealedVoter: SEALED,
  language: 'da',
  at: LATER,
  actor: 'v1',
  ...overrides,
});
const confirm = (requestRevision: number): ConfirmOnlineBallot => ({
  type: 'ConfirmOnlineBallot',
  roundId: ROUND,
  ballotId: 'v1',
  requestRevision,
  at: LATER,
  actor: 'v1',
});
const requested = (choices: string[], method: 'email' | 'oidc' = 'email'): BallotEvent => ({
  type: 'BallotRequested',
  data: { roundId: ROUND, ballotId: 'v1', at: LATER, actor: 'v1', choices, method, voter: SEALED, language: 'da' },
});
const changed = (choices: string[]): BallotEvent => ({ type: 'BallotChanged', data: { roundId: ROUND, ballotId: 'v1', at: LATER, actor: 'v1', choices } });

describe('an online ballot', () => {
  it('by e-mail waits for its link; the link makes it count', () => {
    given(...votingOpen)
      .withBallot()
      .when(request(['park', 'library']))
      .then(requested(['park', 'library']));
    given(...votingOpen)
      .withBallot(requested(['park', 'library']))
      .when(confirm(0))
      .then(ballotCast('v1', ['park', 'library']));
  });

  it('with a verified identity counts at once', () =>
    given(...votingOpen)
      .withBallot()
      .when(request(['park'], { method: 'oidc' }))
      .then(requested(['park'], 'oidc'), ballotCast('v1', ['park'])));

  it('voting again replaces the ballot once the new one is confirmed; the old link no longer confirms', () => {
    const history = [requested(['park', 'library']), ballotCast('v1', ['park', 'library'])];
    given(...votingOpen)
      .withBallot(...history)
      .when(request(['playground']))
      .then(requested(['playground']));
    given(...votingOpen)
      .withBallot(...history, requested(['playground']))
      .when(confirm(2))
      .then(changed(['playground']));
    given(...votingOpen)
      .withBallot(...history, requested(['playground']))
      .when(confirm(0))
      .thenThrows(BallotLinkNotValidError, { kind: 'not-found' });
  });

  it('asked twice before confirming, only the newest link confirms', () => {
    given(...votingOpen)
      .withBallot(requested(['park']), requested(['library']))
      .when(confirm(0))
      .thenThrows(BallotLinkNotValidError);
    given(...votingOpen)
      .withBallot(requested(['park']), requested(['library']))
      .when(confirm(1))
      .then(ballotCast('v1', ['library']));
  });

  it('a link followed twice, or the same ballot asked again, records nothing', () => {
    given(...votingOpen)
      .withBallot(requested(['park']), ballotCast('v1', ['park']))
      .when(confirm(0))
      .then();
    given(...votingOpen)
      .withBallot(requested(['park']), ballotCast('v1', ['park']))
      .when(request(['park']))
      .then();
  });

  it('is refused outside the voting phase, and a link followed after voting closed does not count', () => {
    given(...reviewed)
      .withBallot()
      .when(request(['park']))
      .thenThrows(WrongPhaseError, { kind: 'conflict' });
    given(...votingOpen, advanced('voting', 'results'))
      .withBallot(requested(['park']))
      .when(confirm(0))
      .thenThrows(WrongPhaseError);
  });

  it('needs a valid ballot by the round’s method', () => {
    given(...votingOpen)
      .withBallot()
      .when(request(['park', 'library', 'playground']))
      .thenThrows(InvalidBallotError, { field: 'choices', kind: 'invalid' });
    given(...votingOpen)
      .withBallot()
      .when(request(['helipad']))
      .thenThrows(InvalidBallotError);
    const knapsack = [opened({ ballot: { kind: 'knapsack' } }), ...reviewed.slice(1), advanced('review', 'voting')];
    given(...knapsack)
      .withBallot()
      .when(request(['park', 'library', 'playground']))
      .thenThrows(InvalidBallotError);
  });

  it('needs the statement of residence, the district and the age the round asks for', () => {
    given(...votingOpen)
      .withBallot()
      .when(request(['park'], { residenceStated: false }))
      .thenThrows(NotEligibleError, { field: 'voter' });
    given(...votingOpen)
      .withBallot()
      .when(request(['park'], { voter: { kind: 'online', district: 'Valby', age: 30 } }))
      .thenThrows(NotEligibleError);
    given(...votingOpen)
      .withBallot()
      .when(request(['park'], { voter: { kind: 'online', district: 'Nørrebro', age: null } }))
      .thenThrows(NotEligibleError);
  });

  it('refuses a voter whom the identity provider makes younger than the limit, and records how the age was known', () => {
    const byProvider = (age: number) => ({ kind: 'online', district: 'Nørrebro', age, ageCheck: 'identity-provider' }) as const;
    given(...votingOpen)
      .withBallot()
      .when(request(['park'], { method: 'oidc', voter: byProvider(15) }))
      .thenThrows(VoterTooYoungError, { code: 'voter-too-young', kind: 'invalid', field: 'voter' });
    const cast = ballotCast('v1', ['park']);
    given(...votingOpen)
      .withBallot()
      .when(request(['park'], { method: 'oidc', voter: byProvider(16) }))
      .then(
        { type: 'BallotRequested', data: { ...(requested(['park'], 'oidc').data as object), ageCheck: 'identity-provider' } } as BallotEvent,
        { type: 'BallotCast', data: { ...(cast.data as object), ageCheck: 'identity-provider' } } as BallotEvent,
      );
    // By e-mail the statement is carried from the request to the confirmed ballot.
    const stated = { type: 'BallotRequested', data: { ...(requested(['park']).data as object), ageCheck: 'statement' } } as BallotEvent;
    given(...votingOpen)
      .withBallot()
      .when(request(['park'], { voter: { kind: 'online', district: 'Nørrebro', age: 16, ageCheck: 'statement' } }))
      .then(stated);
    given(...votingOpen)
      .withBallot(stated)
      .when(confirm(0))
      .then({ type: 'BallotCast', data: { ...(cast.data as object), ageCheck: 'statement' } } as BallotEvent);
    // A round without an age limit records nothing about age.
    given(opened({ minimumAge: null }), ...votingOpen.slice(1))
      .withBallot()
      .when(request(['park'], { method: 'oidc', voter: byProvider(12) }))
      .then(requested(['park'], 'oidc'), cast);
  });

  it('erases its voter’s sealed data once; the ballot still counts', () => {
    const erase = { type: 'EraseVoterData', roundId: ROUND, ballotId: 'v1', at: LATER, by: 'staff:anna' } as const;
    const erased: BallotEvent = { type: 'VoterDataErased', data: { roundId: ROUND, ballotId: 'v1', at: LATER, by: 'staff:anna' } };
    given(...votingOpen)
      .withBallot(requested(['park']), ballotCast('v1', ['park']))
      .when(erase)
      .then(erased);
    given(...votingOpen)
      .withBallot(requested(['park']), ballotCast('v1', ['park']), erased)
      .when(erase)
      .then();
    given(...votingOpen)
      .withBallot()
      .when(erase)
      .thenThrows(BallotNotFoundError);
  });
});
