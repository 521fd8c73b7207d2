import { InitiativeAlreadyExistsError, InitiativeNotFoundError, InitiativeWrongStatusError, InvalidInitiativeInputError } from './initiative.errors';
import type { InitiativeEvent } from './initiative.events';
import { approved, endOfLocalDay, givenInitiative, INITIATIVE_ID, SEALED, started } from './testing';

const base = { initiativeId: INITIATIVE_ID };
const returned: InitiativeEvent = {
  type: 'InitiativeReturnedForChanges',
  data: { ...base, at: '2026-08-02T10:00:00.000Z', by: 'staff-1', reason: 'Name the streets.' },
};
const approve = (requiredSignatures: number) =>
  ({
    ...base,
    type: 'ApproveInitiative',
    at: '2026-08-05T09:00:00.000Z',
    by: 'staff-1',
    thresholdRule: 'percent:2:cap:300',
    residents: 50_000,
    requiredSignatures,
    approvedOn: '2026-08-05',
    endOfLocalDay,
  }) as const;
const reach = (confirmedSignatures: number, reachedOn = '2026-08-31') =>
  ({ ...base, type: 'RecordThresholdReached', at: `${reachedOn}T12:00:00.000Z`, confirmedSignatures, reachedOn, endOfLocalDay }) as const;
const referred: InitiativeEvent = {
  type: 'InitiativeReferredToCouncil',
  data: { ...base, at: '2026-08-31T12:00:00.000Z', decideBy: '2027-02-28', deadlineAt: endOfLocalDay('2027-02-28') },
};

describe('an initiative', () => {
  it('is started with its text and collection period, and waits for screening', () =>
    givenInitiative()
      .when({
        ...base,
        type: 'StartInitiative',
        at: started.data.at,
        publicCode: 'INI-2026-0001',
        title: 'A pedestrian street in Vesterbro',
        text: 'Close Istedgade to cars between 10 and 18.',
        collectionMonths: 12,
        initiator: SEALED,
        coInitiators: null,
        coInitiatorCount: 0,
        language: 'da',
      })
      .then(started));

  it('cannot be started twice', () =>
    givenInitiative(started)
      .when({ ...(started.data as object), ...base, type: 'StartInitiative' } as never)
      .thenThrows(InitiativeAlreadyExistsError));

  it('refuses a collection period beyond two years', () =>
    givenInitiative()
      .when({ ...started.data, type: 'StartInitiative', collectionMonths: 25 })
      .thenThrows(InvalidInitiativeInputError, { field: 'collectionMonths' }));

  describe('screening', () => {
    it('returned for changes with a reason, then revised, it is screened again and can be approved', () => {
      givenInitiative(started)
        .when({ ...base, type: 'ReturnInitiativeForChanges', at: returned.data.at, by: 'staff-1', reason: 'Name the streets.' })
        .then(returned);
      const revised: InitiativeEvent = {
        type: 'InitiativeRevised',
        data: {
          ...base,
          at: '2026-08-03T10:00:00.000Z',
          title: 'Istedgade without cars',
          text: 'Istedgade from Halmtorvet to Enghave Plads.',
          collectionMonths: 6,
        },
      };
      givenInitiative(started, returned)
        .when({ ...base, type: 'ReviseInitiative', at: revised.data.at, title: revised.data.title, text: revised.data.text, collectionMonths: 6 })
        .then(revised);
      givenInitiative(started, returned, revised)
        .when(approve(300))
        .then({
          type: 'InitiativeApproved',
          data: {
            ...base,
            at: '2026-08-05T09:00:00.000Z',
            by: 'staff-1',
            thresholdRule: 'percent:2:cap:300',
            residents: 50_000,
            requiredSignatures: 300,
            // Six months (the revised period) from 5 August.
            collectionLastDay: '2027-02-05',
            collectionEndsAt: endOfLocalDay('2027-02-05'),
          },
        });
    });

    it('cannot be approved while it is with the initiator for changes', () =>
      givenInitiative(started, returned).when(approve(300)).thenThrows(InitiativeWrongStatusError));

    it('refuses a return without a reason', () =>
      givenInitiative(started)
        .when({ ...base, type: 'ReturnInitiativeForChanges', at: returned.data.at, by: 'staff-1', reason: '  ' })
        .thenThrows(InvalidInitiativeInputError, { field: 'reason' }));

    it('an unknown initiative is not found', () => givenInitiative().when(approve(3)).thenThrows(InitiativeNotFoundError));
  });

  describe('the threshold', () => {
    it('one signature short of the configured number, nothing happens', () => givenInitiative(started, approved(3)).when(reach(2)).then());

    it('at exactly the configured number, it is reached and referred to the council six calendar months later, clamped to month end', () =>
      givenInitiative(started, approved(3))
        .when(reach(3, '2026-08-31'))
        .then(
          { type: 'InitiativeThresholdReached', data: { ...base, at: '2026-08-31T12:00:00.000Z', confirmedSignatures: 3, requiredSignatures: 3 } },
          referred,
        ));

    it('is reached once: later signatures change nothing', () =>
      givenInitiative(
        started,
        approved(3),
        { type: 'InitiativeThresholdReached', data: { ...base, at: 'x', confirmedSignatures: 3, requiredSignatures: 3 } },
        referred,
      )
        .when(reach(4))
        .then());

    it('is not reached before the initiative is approved', () => givenInitiative(started).when(reach(1000)).then());
  });

  describe('the end of the collection', () => {
    const close = (at: string, confirmedSignatures: number) => ({ ...base, type: 'CloseExpiredCollection', at, confirmedSignatures }) as const;

    it('closes an initiative below its threshold when the period is over', () =>
      givenInitiative(started, approved(300))
        .when(close(endOfLocalDay('2027-08-05'), 120))
        .then({ type: 'InitiativeCollectionExpired', data: { ...base, at: endOfLocalDay('2027-08-05'), confirmedSignatures: 120, requiredSignatures: 300 } }));

    it('does not close before the period is over, nor one that reached its threshold', () => {
      givenInitiative(started, approved(300)).when(close('2027-08-05T12:00:00.000Z', 120)).then();
      givenInitiative(started, approved(300))
        .when(close(endOfLocalDay('2027-08-05'), 300))
        .then();
      givenInitiative(started, approved(3), referred)
        .when(close(endOfLocalDay('2027-08-05'), 3))
        .then();
    });
  });

  describe('the council', () => {
    const decide = {
      ...base,
      type: 'RecordCouncilDecision',
      at: '2027-01-20T15:00:00.000Z',
      by: 'staff-2',
      decision: 'adopted',
      statement: 'Adopted from May.',
      decidedOn: '2027-01-20',
    } as const;

    it('records a missed deadline once, after it has passed', () => {
      givenInitiative(started, approved(3), referred)
        .when({ ...base, type: 'RecordMissedCouncilDeadline', at: '2027-02-28T12:00:00.000Z' })
        .then();
      givenInitiative(started, approved(3), referred)
        .when({ ...base, type: 'RecordMissedCouncilDeadline', at: endOfLocalDay('2027-02-28') })
        .then({ type: 'CouncilDecisionDeadlineMissed', data: { ...base, at: endOfLocalDay('2027-02-28'), decideBy: '2027-02-28' } });
      givenInitiative(started, approved(3), referred, { type: 'CouncilDecisionDeadlineMissed', data: { ...base, at: 'x', decideBy: '2027-02-28' } })
        .when({ ...base, type: 'RecordMissedCouncilDeadline', at: '2027-03-02T12:00:00.000Z' })
        .then();
    });

    it('records and publishes the council’s decision on a referred initiative', () =>
      givenInitiative(started, approved(3), referred)
        .when(decide)
        .then({
          type: 'CouncilDecisionRecorded',
          data: { ...base, at: decide.at, by: 'staff-2', decision: 'adopted', statement: 'Adopted from May.', decidedOn: '2027-01-20' },
        }));

    it('cannot record a decision on an initiative still collecting', () =>
      givenInitiative(started, approved(3)).when(decide).thenThrows(InitiativeWrongStatusError));
  });
});
