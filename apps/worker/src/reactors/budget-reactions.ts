import type { StoredEvent } from '@civic/event-store';
import { roundIdOfStream } from '@civic/budgets';
import { jobIdFor, type JobRequest } from './job-request';

/** What a round's events set in motion: the count carries each winner on as an idea, once (the job id is the event's). */
export function budgetReactions(stored: StoredEvent): JobRequest[] {
  const roundId = roundIdOfStream(stored.streamId);
  if (roundId === null || stored.type !== 'RoundResultsComputed') return [];
  return [
    {
      name: 'budget-winner-ideas',
      jobId: jobIdFor('budget-winner-ideas', stored.id),
      data: { roundId, eventId: stored.id, revision: stored.streamRevision },
    },
  ];
}
