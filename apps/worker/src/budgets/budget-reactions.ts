import { ballotOfStream, roundIdOfStream } from '@civic/budgets';
import type { StoredEvent } from '@civic/event-store';
import { jobIdFor, type JobRequest } from '../reactors/job-request';

/**
 * An idea sent into a round is recorded on the round as a proposal; an online ballot asked for by e-mail gets its
 * confirmation mail; a counted round carries each winner on as an idea and has its voters' sealed addresses erased.
 * The job ids are the events', so a replay enqueues nothing twice.
 */
export function budgetReactions(stored: StoredEvent): JobRequest[] {
  if (stored.type === 'IdeaSubmitted' && stored.streamId.startsWith('idea-')) {
    const origin = (stored.data as { budgetRound?: { roundId: string; proposalId: string; kind?: string } }).budgetRound;
    if (origin?.kind !== 'proposal') return [];
    const ideaId = stored.streamId.slice('idea-'.length);
    return [
      {
        name: 'budget-idea-proposal',
        jobId: jobIdFor('budget-idea-proposal', stored.id),
        data: { roundId: origin.roundId, ideaId, eventId: stored.id },
      },
    ];
  }
  if (stored.type === 'RoundResultsComputed') {
    const roundId = roundIdOfStream(stored.streamId);
    if (!roundId) return [];
    return [
      {
        name: 'budget-winner-ideas',
        jobId: jobIdFor('budget-winner-ideas', stored.id),
        data: { roundId, eventId: stored.id, revision: stored.streamRevision },
      },
      { name: 'budget-voter-data-erasure', jobId: jobIdFor('budget-voter-data-erasure', stored.id), data: { roundId, eventId: stored.id } },
    ];
  }
  if (stored.type !== 'BallotRequested' || !ballotOfStream(stored.streamId)) return [];
  const data = stored.data as { roundId: string; ballotId: string; method: string };
  // A verified identity counts in the same append: no link to send.
  if (data.method !== 'email') return [];
  return [
    {
      name: 'budget-ballot-confirmation',
      jobId: jobIdFor('budget-ballot-confirmation', stored.id),
      data: { roundId: data.roundId, ballotId: data.ballotId, revision: stored.streamRevision },
    },
  ];
}
