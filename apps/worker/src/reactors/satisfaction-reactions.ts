import type { StoredEvent } from '@civic/event-store';
import { toIdeaEvent } from '@civic/ideas';
import type { JobRequest } from './job-request';

const DAY_MS = 86_400_000;

/**
 * An answer or an implementation sets the follow-up's timer. The job id is
 * the idea's, not the event's: an idea answered and later carried out is
 * still asked once (and the follow-up's own stream makes sure of it when the
 * first job is long gone from the queue).
 */
export function satisfactionReactions(stored: StoredEvent, followUpDays: number): JobRequest[] {
  const event = toIdeaEvent(stored);
  if (!event || (event.type !== 'IdeaAnswered' && event.type !== 'IdeaImplemented')) return [];
  const dueAt = new Date(Date.parse(event.data.at) + followUpDays * DAY_MS).toISOString();
  const subject = event.type === 'IdeaAnswered' ? 'answered' : 'implemented';
  return [
    {
      name: 'satisfaction-follow-up',
      jobId: `satisfaction-follow-up.${event.data.ideaId}`,
      data: { ideaId: event.data.ideaId, eventId: stored.id, subject, dueAt },
      runAt: dueAt,
    },
  ];
}
