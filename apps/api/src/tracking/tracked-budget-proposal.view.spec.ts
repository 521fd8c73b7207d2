import type { IdeaProposalStatus } from '@civic/projections';
import { trackedBudgetProposal } from './tracked-budget-proposal.view';

const SENT = '2027-03-20T10:00:00.000Z';
const round = (phase: string, proposal: Partial<NonNullable<IdeaProposalStatus['proposal']>> | null, proposalsClosedAt: string | null = null) => ({
  roundId: 'r1',
  roundTitle: 'Nørrebro 2027',
  phase,
  currency: 'DKK',
  proposalsClosedAt,
  proposal:
    proposal === null
      ? null
      : { review: 'pending' as const, cost: null, notFeasibleReason: null, mergedInto: null, votes: null, funded: null, notFundedReason: null, ...proposal },
});
const stage = (status: IdeaProposalStatus | null) => trackedBudgetProposal('r1', status, SENT);

describe('where a proposal sent in as an idea stands, for its proposer', () => {
  it('is being added until the worker has recorded it (or the read model has the round)', () => {
    expect(stage(null)).toMatchObject({ roundId: 'r1', roundTitle: null, status: 'submitted' });
    expect(stage(round('proposals', null))).toMatchObject({ roundTitle: 'Nørrebro 2027', status: 'submitted' });
    expect(stage(round('review', null, '2027-03-31T12:00:00.000Z')).status).toBe('submitted');
  });
  it('was too late when the round closed its proposals before the idea was sent, and nothing was recorded', () =>
    expect(stage(round('review', null, '2027-03-20T09:59:59.000Z'))).toMatchObject({
      status: 'too-late',
      explanation: expect.stringContaining('just before'),
    }));
  it('is in review, then feasible with its cost, and on the ballot while voting is open', () => {
    expect(stage(round('review', {})).status).toBe('pending');
    expect(stage(round('review', { review: 'feasible', cost: 40 }))).toMatchObject({
      status: 'feasible',
      costEstimate: 40,
      currency: 'DKK',
      explanation: 'Feasible, estimated at 40 DKK. It goes on the ballot when voting opens.',
    });
    expect(stage(round('voting', { review: 'feasible', cost: 40 })).status).toBe('on-ballot');
  });
  it('is not feasible with the staff’s reason, or merged into another proposal', () => {
    expect(stage(round('review', { review: 'not-feasible', notFeasibleReason: 'No landing rights.' }))).toMatchObject({
      status: 'not-feasible',
      notFeasibleReason: 'No landing rights.',
      explanation: 'Not feasible: No landing rights.',
    });
    expect(stage(round('voting', { review: 'merged', mergedInto: { proposalId: 'p2', title: 'Bench' } }))).toMatchObject({
      status: 'merged',
      mergedInto: { proposalId: 'p2', title: 'Bench' },
    });
  });
  it('is funded, or not funded with the reason from the count', () => {
    expect(stage(round('results', { review: 'feasible', cost: 40, votes: 3, funded: true })).status).toBe('funded');
    expect(
      stage(round('implementation', { review: 'feasible', cost: 90, votes: 1, funded: false, notFundedReason: 'did-not-fit-remaining-budget' })),
    ).toMatchObject({
      status: 'not-funded',
      notFundedReason: 'did-not-fit-remaining-budget',
      votes: 1,
      explanation: 'Not funded: did not fit the remaining budget.',
    });
  });
  it('was not reviewed when voting opened before its review', () => expect(stage(round('voting', {})).status).toBe('not-reviewed'));
});
