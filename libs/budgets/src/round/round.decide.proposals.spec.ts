import {
  InvalidBallotError,
  InvalidCommandError,
  ProposalAlreadySubmittedError,
  ProposalMergedError,
  ProposalNotFoundError,
  WrongPhaseError,
} from './round.errors';
import {
  advanced,
  feasible,
  given,
  infeasible,
  LATER,
  merge,
  merged,
  opened,
  proposed,
  recordFeasibility,
  ROUND,
  STAFF,
  submitProposal,
  votingOpen,
} from './testing';

const data = { roundId: ROUND, at: LATER, actor: STAFF };

describe('SubmitProposal', () => {
  it('takes a proposal while proposals are open', () => given(opened()).when(submitProposal('park')).then(proposed('park')));
  it('refuses a second proposal with the same id', () =>
    given(opened(), proposed('park')).when(submitProposal('park')).thenThrows(ProposalAlreadySubmittedError));
  it('refuses once the proposals phase is over', () =>
    given(opened(), advanced('proposals', 'review')).when(submitProposal('late')).thenThrows(WrongPhaseError, { kind: 'conflict' }));
  it('refuses an empty title', () => given(opened()).when(submitProposal('park', '  ')).thenThrows(InvalidCommandError, { field: 'title' }));
});

describe('RecordFeasibility', () => {
  const inReview = [opened(), proposed('park'), proposed('helipad'), advanced('proposals', 'review')];
  it('records a feasible proposal with its cost estimate', () =>
    given(...inReview)
      .when(recordFeasibility('park', { feasible: true, costEstimate: 60, note: null }))
      .then(feasible('park', 60)));
  it('records a proposal that is not feasible, with the reason the proposer reads', () =>
    given(...inReview)
      .when(recordFeasibility('helipad', { feasible: false, reason: 'The land is not the municipality’s.' }))
      .then(infeasible('helipad')));
  it('refuses a cost that is not a whole amount', () =>
    given(...inReview)
      .when(recordFeasibility('park', { feasible: true, costEstimate: -5, note: null }))
      .thenThrows(InvalidCommandError, { field: 'costEstimate' }));
  it('refuses "not feasible" without a reason', () =>
    given(...inReview)
      .when(recordFeasibility('helipad', { feasible: false, reason: '' }))
      .thenThrows(InvalidCommandError, { field: 'reason' }));
  it('refuses an unknown proposal', () =>
    given(...inReview)
      .when(recordFeasibility('zoo', { feasible: false, reason: 'No.' }))
      .thenThrows(ProposalNotFoundError, { kind: 'not-found' }));
  it('refuses a merged proposal', () =>
    given(...inReview, merged('park', 'helipad'))
      .when(recordFeasibility('helipad', { feasible: false, reason: 'No.' }))
      .thenThrows(ProposalMergedError));
  it('refuses once voting is open', () =>
    given(...votingOpen)
      .when(recordFeasibility('park', { feasible: true, costEstimate: 10, note: null }))
      .thenThrows(WrongPhaseError));
});

describe('MergeProposals', () => {
  const inReview = [opened(), proposed('a'), proposed('b'), proposed('c'), advanced('proposals', 'review')];
  it('merges similar proposals into one', () =>
    given(...inReview)
      .when(merge('a', 'b', 'c', 'b'))
      .then({ type: 'ProposalsMerged', data: { ...data, into: 'a', proposalIds: ['b', 'c'] } }));
  it('refuses to merge a proposal into itself', () =>
    given(...inReview)
      .when(merge('a', 'a'))
      .thenThrows(InvalidCommandError, { field: 'proposalIds' }));
  it('refuses to merge nothing', () =>
    given(...inReview)
      .when(merge('a'))
      .thenThrows(InvalidCommandError));
  it('refuses to merge into a merged proposal', () =>
    given(...inReview, merged('a', 'b'))
      .when(merge('b', 'c'))
      .thenThrows(ProposalMergedError));
  it('refuses an unknown proposal', () =>
    given(...inReview)
      .when(merge('a', 'zoo'))
      .thenThrows(ProposalNotFoundError));
  it('keeps merged proposals off the ballot', () =>
    given(...inReview, feasible('a', 10), feasible('b', 10), feasible('c', 10), merged('a', 'b'), advanced('review', 'voting'))
      .withBallot()
      .when({
        type: 'CastBallot',
        roundId: ROUND,
        ballotId: 'v1',
        choices: ['b'],
        voter: { kind: 'online', district: 'Nørrebro', age: 30 },
        at: LATER,
        actor: 'v1',
      })
      .thenThrows(InvalidBallotError, { field: 'choices' }));
});
