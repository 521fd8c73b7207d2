import type { StoredEvent } from '@civic/event-store';
import { WorkingDayCalendar } from '@civic/platform';
import { initiativeReactions } from './initiative-reactions';

const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
const INITIATIVE = '11111111-2222-4333-8444-555555555555';
const SIGNER = 'a'.repeat(64);

function stored(streamId: string, type: string, data: object, revision = 0): StoredEvent {
  return {
    id: `event-${type}`,
    type,
    data,
    metadata: { correlationId: 'c', causationId: null, actor: 'citizen', occurredAt: '2026-08-31T10:00:00.000Z', schemaVersion: 1 },
    streamId,
    streamRevision: revision,
    globalPosition: 7n,
    position: { commit: 12n, prepare: 7n },
    recordedAt: new Date(),
  };
}

describe('initiative reactions', () => {
  it('an e-mail signature asks for its confirmation mail; a confirmed one for a threshold check at its position', () => {
    const stream = `signature-${INITIATIVE}.${SIGNER}`;
    expect(initiativeReactions(stored(stream, 'SignatureRequested', { initiativeId: INITIATIVE, signerKey: SIGNER, method: 'email' }, 2), calendar)).toEqual([
      {
        name: 'initiative-signature-confirmation',
        jobId: 'initiative-signature-confirmation.event-SignatureRequested',
        data: { initiativeId: INITIATIVE, signerKey: SIGNER, revision: 2 },
      },
    ]);
    expect(initiativeReactions(stored(stream, 'SignatureRequested', { initiativeId: INITIATIVE, signerKey: SIGNER, method: 'oidc' }), calendar)).toEqual([]);
    expect(
      initiativeReactions(stored(stream, 'SignatureConfirmed', { initiativeId: INITIATIVE, signerKey: SIGNER, at: '2026-08-31T10:00:00.000Z' }), calendar),
    ).toEqual([
      {
        name: 'initiative-threshold-check',
        jobId: 'initiative-threshold-check.event-SignatureConfirmed',
        data: { initiativeId: INITIATIVE, position: '12/7', confirmedAt: '2026-08-31T10:00:00.000Z' },
      },
    ]);
  });

  it('a referral sets the reminder a month ahead and the deadline; the approval sets the end of the collection', () => {
    const stream = `initiative-${INITIATIVE}`;
    const referred = initiativeReactions(
      stored(stream, 'InitiativeReferredToCouncil', { initiativeId: INITIATIVE, decideBy: '2027-02-28', deadlineAt: '2027-02-28T23:00:00.000Z' }),
      calendar,
    );
    expect(referred.map((request) => [request.name, request.runAt])).toEqual([
      ['initiative-council-reminder', '2027-01-27T23:00:00.000Z'],
      ['initiative-council-deadline', '2027-02-28T23:00:00.000Z'],
    ]);
    const approved = initiativeReactions(
      stored(stream, 'InitiativeApproved', { initiativeId: INITIATIVE, collectionEndsAt: '2027-11-24T23:00:00.000Z' }),
      calendar,
    );
    expect(approved).toEqual([
      {
        name: 'initiative-collection-end',
        jobId: 'initiative-collection-end.event-InitiativeApproved',
        data: { initiativeId: INITIATIVE, eventId: 'event-InitiativeApproved', dueAt: '2027-11-24T23:00:00.000Z' },
        runAt: '2027-11-24T23:00:00.000Z',
      },
    ]);
  });

  it('ignores the events of ideas', () => {
    expect(initiativeReactions(stored(`idea-${INITIATIVE}`, 'IdeaSubmitted', { ideaId: INITIATIVE }), calendar)).toEqual([]);
  });
});
