import type { RoundCommand } from './round.commands';
import type { RoundEvent } from './round.events';

type ProposalSubmittedEvent = Extract<RoundEvent, { type: 'ProposalSubmitted' }>;
import {
  InvalidBallotError,
  InvalidCommandError,
  ProposalAlreadySubmittedError,
  ProposalMergedError,
  ProposalNotFoundError,
  WrongPhaseError,
} from './round.errors';
import { foldRound } from './round.evolve';
import {
  advanced,
  advancedAt,
  proposedFromIdea,
  submitIdeaProposal,
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

  const placed = (district: string | null | undefined, category: string | null | undefined): RoundCommand => ({
    ...(submitProposal('park') as Extract<RoundCommand, { type: 'SubmitProposal' }>),
    district,
    category,
  });
  const proposedAt = (extra: { district?: string; category?: string }): ProposalSubmittedEvent => {
    const event = proposed('park') as ProposalSubmittedEvent;
    return { ...event, data: { ...event.data, ...extra } };
  };
  it('takes the district and category staff give a proposal entered in the round', () =>
    given(opened())
      .when(placed('Nørrebro', 'parks'))
      .then(proposedAt({ district: 'Nørrebro', category: 'parks' })));
  it('takes any district for a municipality-wide round', () =>
    given(opened({ scope: { kind: 'municipality' } }))
      .when(placed('Valby', null))
      .then(proposedAt({ district: 'Valby' })));
  it('records neither when neither is given, as before', () => given(opened()).when(placed(null, undefined)).then(proposed('park')));
  it('refuses a district outside the round’s district', () =>
    given(opened()).when(placed('Valby', 'parks')).thenThrows(InvalidCommandError, { field: 'district' }));
  it('refuses an empty category', () => given(opened()).when(placed(null, ' ')).thenThrows(InvalidCommandError, { field: 'category' }));
});

describe('SubmitProposal of an idea sent into the round', () => {
  const IDEA = '0b7c1c9e-4f43-4a4e-9a57-3b8f1f4a2c11';
  const closedAt = '2027-04-01T08:00:00.000Z';
  it('takes it while proposals are open, with when it was sent and its district and category', () =>
    given(opened()).when(submitIdeaProposal(IDEA, '2027-03-20T10:00:00.000Z')).then(proposedFromIdea(IDEA, '2027-03-20T10:00:00.000Z')));
  it('still takes it after the round moved on, when it was sent before proposals closed', () =>
    given(opened(), advancedAt(closedAt, 'proposals', 'review'))
      .when(submitIdeaProposal(IDEA, '2027-04-01T07:59:59.000Z'))
      .then(proposedFromIdea(IDEA, '2027-04-01T07:59:59.000Z')));
  it('still takes it, unreviewed and off the ballot, when voting opened before the worker got to it', () =>
    given(opened(), proposed('park'), advancedAt(closedAt, 'proposals', 'review'), feasible('park', 60), advanced('review', 'voting'))
      .when(submitIdeaProposal(IDEA, '2027-03-31T23:00:00.000Z'))
      .then(proposedFromIdea(IDEA, '2027-03-31T23:00:00.000Z')));
  it('refuses it when it was sent after proposals closed', () =>
    given(opened(), advancedAt(closedAt, 'proposals', 'review'))
      .when(submitIdeaProposal(IDEA, '2027-04-01T08:00:01.000Z'))
      .thenThrows(WrongPhaseError, { kind: 'conflict' }));
  it('takes it once: the worker run twice finds it recorded', () =>
    given(opened(), proposedFromIdea(IDEA, '2027-03-20T10:00:00.000Z'), advancedAt(closedAt, 'proposals', 'review'))
      .when(submitIdeaProposal(IDEA, '2027-03-20T10:00:00.000Z'))
      .thenThrows(ProposalAlreadySubmittedError));
  it('does not let a proposal entered in the round through late, whatever it says it was sent at', () =>
    given(opened(), advancedAt(closedAt, 'proposals', 'review'))
      .when({ ...submitProposal('late'), submittedAt: '2027-03-20T10:00:00.000Z' } as RoundCommand)
      .thenThrows(WrongPhaseError));
  it('refuses a sending time that is not a timestamp', () =>
    given(opened()).when(submitIdeaProposal(IDEA, 'yesterday')).thenThrows(InvalidCommandError, { field: 'submittedAt' }));
  it('keeps when it was sent, its district and category on the proposal', () => {
    const round = foldRound([opened(), proposedFromIdea(IDEA, '2027-03-20T10:00:00.000Z'), advancedAt(closedAt, 'proposals', 'review')]);
    expect(round.proposalsClosedAt).toBe(closedAt);
    expect(round.proposals[0]).toMatchObject({ id: IDEA, ideaId: IDEA, submittedAt: '2027-03-20T10:00:00.000Z', district: 'Nørrebro', category: 'parks' });
  });
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
