import type { StoredEvent } from '@civic/event-store';
import { addCalendarMonths, initiativeIdOfStream, isInitiativeEvent, isSignatureEvent, signatureOfStream } from '@civic/initiatives';
import type { WorkingDayCalendar } from '@civic/platform';
import { positionToString } from '@civic/event-store';
import { jobIdFor, type JobRequest } from '../reactors/job-request';

/** The council is reminded this many calendar months before its decision is due. */
export const COUNCIL_REMINDER_MONTHS_AHEAD = 1;

/**
 * What each event of an initiative or a signature sets in motion, as job
 * requests with ids derived from the event: a replay enqueues nothing twice.
 */
export function initiativeReactions(stored: StoredEvent, calendar: WorkingDayCalendar): JobRequest[] {
  if (isSignatureEvent(stored) && signatureOfStream(stored.streamId)) {
    const { initiativeId, signerKey } = stored.data;
    switch (stored.type) {
      case 'SignatureRequested':
        // A verified identity is confirmed in the same append: no link to send.
        if (stored.data.method !== 'email') return [];
        return [
          {
            name: 'initiative-signature-confirmation',
            jobId: jobIdFor('initiative-signature-confirmation', stored.id),
            data: { initiativeId, signerKey, revision: stored.streamRevision },
          },
        ];
      case 'SignatureConfirmed':
        return [
          {
            name: 'initiative-threshold-check',
            jobId: jobIdFor('initiative-threshold-check', stored.id),
            data: { initiativeId, position: positionToString(stored.position), confirmedAt: stored.data.at },
          },
        ];
      default:
        return [];
    }
  }
  if (!isInitiativeEvent(stored) || !initiativeIdOfStream(stored.streamId)) return [];
  const initiativeId = stored.data.initiativeId;
  const timer = (name: 'initiative-collection-end' | 'initiative-council-reminder' | 'initiative-council-deadline', dueAt: string): JobRequest => ({
    name,
    jobId: jobIdFor(name, stored.id),
    data: { initiativeId, eventId: stored.id, dueAt },
    runAt: dueAt,
  });
  switch (stored.type) {
    case 'InitiativeApproved':
      return [timer('initiative-collection-end', stored.data.collectionEndsAt)];
    case 'InitiativeReferredToCouncil': {
      const remindOn = addCalendarMonths(stored.data.decideBy, -COUNCIL_REMINDER_MONTHS_AHEAD);
      return [
        timer('initiative-council-reminder', calendar.startOfLocalDay(remindOn).toISOString()),
        timer('initiative-council-deadline', stored.data.deadlineAt),
      ];
    }
    case 'CouncilDecisionDeadlineMissed':
      return [
        {
          name: 'initiative-council-escalation',
          jobId: jobIdFor('initiative-council-escalation', stored.id),
          data: { initiativeId, eventId: stored.id, revision: stored.streamRevision },
        },
      ];
    default:
      return [];
  }
}
