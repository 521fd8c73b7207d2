import type { StoredEvent } from '@civic/event-store';
import { toIdeaEvent } from '@civic/ideas';
import { jobIdFor, type JobRequest } from './job-request';

/**
 * A submission, while automatic routing is on (AUTO_ROUTING_MIN_CONFIDENCE),
 * asks the routing model whether it may route the idea. The reactor cannot
 * see whether a rule routed it in the same append: the job looks at the idea
 * and does nothing when anyone did. Off (null): no job at all.
 */
export function autoRoutingReactions(stored: StoredEvent, minConfidence: number | null | undefined): JobRequest[] {
  if (minConfidence === null || minConfidence === undefined) return [];
  const event = toIdeaEvent(stored);
  if (!event || event.type !== 'IdeaSubmitted') return [];
  return [
    {
      name: 'auto-routing',
      jobId: jobIdFor('auto-routing', stored.id),
      data: { ideaId: event.data.ideaId, eventId: stored.id, revision: stored.streamRevision },
    },
  ];
}
