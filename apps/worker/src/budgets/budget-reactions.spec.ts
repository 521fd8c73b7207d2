import type { StoredEvent } from '@civic/event-store';
import { budgetReactions } from './budget-reactions';

function stored(streamId: string, type: string, data: object, revision = 0): StoredEvent {
  return {
    id: `event-${type}`,
    type,
    data,
    metadata: { correlationId: 'c', causationId: null, actor: 'voter', occurredAt: '2027-05-02T10:00:00.000Z', schemaVersion: 1 },
    streamId,
    streamRevision: revision,
    globalPosition: 7n,
    position: { commit: 12n, prepare: 7n },
    recordedAt: new Date(),
  };
}

describe('budget reactions', () => {
  it('an idea sent into a round is recorded on the round, with the job id of its IdeaSubmitted', () => {
    expect(budgetReactions(stored('idea-i1', 'IdeaSubmitted', { ideaId: 'i1', budgetRound: { roundId: 'r1', proposalId: 'i1', kind: 'proposal' } }))).toEqual([
      {
        name: 'budget-idea-proposal',
        jobId: 'budget-idea-proposal.event-IdeaSubmitted',
        data: { roundId: 'r1', ideaId: 'i1', eventId: 'event-IdeaSubmitted' },
      },
    ]);
    // a winner carried on as an idea, and an ordinary idea, are not proposals
    expect(budgetReactions(stored('idea-i2', 'IdeaSubmitted', { ideaId: 'i2', budgetRound: { roundId: 'r1', proposalId: 'p1' } }))).toEqual([]);
    expect(budgetReactions(stored('idea-i2', 'IdeaSubmitted', { ideaId: 'i2', budgetRound: { roundId: 'r1', proposalId: 'p1', kind: 'winner' } }))).toEqual([]);
    expect(budgetReactions(stored('idea-i3', 'IdeaSubmitted', { ideaId: 'i3' }))).toEqual([]);
  });
  const stream = 'budget-ballot-r1.v1';
  it('an online ballot asked for by e-mail gets its confirmation mail, with the job id of the event', () =>
    expect(budgetReactions(stored(stream, 'BallotRequested', { roundId: 'r1', ballotId: 'v1', method: 'email' }, 2))).toEqual([
      { name: 'budget-ballot-confirmation', jobId: 'budget-ballot-confirmation.event-BallotRequested', data: { roundId: 'r1', ballotId: 'v1', revision: 2 } },
    ]));
  it('a verified identity, a cast ballot, the round’s other events or another stream ask for nothing', () => {
    expect(budgetReactions(stored('budget-round-r1', 'PhaseAdvanced', { roundId: 'r1' }, 8))).toEqual([]);
    expect(budgetReactions(stored('budget-round-r1', 'WinnerImplemented', { roundId: 'r1' }, 10))).toEqual([]);
    expect(budgetReactions(stored('budget-ballot-r1.b1', 'RoundResultsComputed', { roundId: 'r1' }))).toEqual([]);
    expect(budgetReactions(stored(stream, 'BallotRequested', { roundId: 'r1', ballotId: 'v1', method: 'oidc' }))).toEqual([]);
    expect(budgetReactions(stored(stream, 'BallotCast', { roundId: 'r1', ballotId: 'v1' }))).toEqual([]);
    expect(budgetReactions(stored('idea-1', 'BallotRequested', { method: 'email' }))).toEqual([]);
  });
  it('a counted round carries its winners on as ideas and has its voters’ sealed data erased, once per count', () =>
    expect(budgetReactions(stored('budget-round-r1', 'RoundResultsComputed', { roundId: 'r1' }, 9))).toEqual([
      {
        name: 'budget-winner-ideas',
        jobId: 'budget-winner-ideas.event-RoundResultsComputed',
        data: { roundId: 'r1', eventId: 'event-RoundResultsComputed', revision: 9 },
      },
      {
        name: 'budget-voter-data-erasure',
        jobId: 'budget-voter-data-erasure.event-RoundResultsComputed',
        data: { roundId: 'r1', eventId: 'event-RoundResultsComputed' },
      },
    ]));
});
