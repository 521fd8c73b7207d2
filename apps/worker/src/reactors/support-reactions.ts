import type { StoredEvent } from '@civic/event-store';
import { isSupportEvent, supportIdOfStream } from '@civic/supports';
import { jobIdFor, type JobRequest } from './job-request';

/** What a support's events set in motion: each request mails its confirmation link, once (the job id is the event's). */
export function supportReactions(stored: StoredEvent): JobRequest[] {
  if (!isSupportEvent(stored) || supportIdOfStream(stored.streamId) === null) return [];
  if (stored.type !== 'SupportRequested') return [];
  return [
    {
      name: 'support-confirmation',
      jobId: jobIdFor('support-confirmation', stored.id),
      data: { supportId: stored.data.supportId, eventId: stored.id, revision: stored.streamRevision },
    },
  ];
}
