import type { LocalDate } from '../calendar-months';
import type { InitiativeEvent, InitiativeStartedData } from '../initiative.events';
import type { SignatureConfirmedData, SignatureRequestedData } from '../signature.events';

export const INITIATIVE_ID = '11111111-2222-4333-8444-555555555555';
export const SIGNER = 'a'.repeat(64);
export const SEALED = { keyId: `initiative-${INITIATIVE_ID}`, ciphertext: 'c2VhbGVk' };

/** Local midnight in Copenhagen in winter, enough for the specs: the day after, at 23:00 UTC the day before. */
export const endOfLocalDay = (date: LocalDate): string => `${date}T23:00:00.000Z`;

export const started: { type: 'InitiativeStarted'; data: InitiativeStartedData } = {
  type: 'InitiativeStarted',
  data: {
    initiativeId: INITIATIVE_ID,
    at: '2026-08-01T10:00:00.000Z',
    publicCode: 'INI-2026-0001',
    title: 'A pedestrian street in Vesterbro',
    text: 'Close Istedgade to cars between 10 and 18.',
    collectionMonths: 12,
    initiator: SEALED,
    coInitiators: null,
    coInitiatorCount: 0,
    language: 'da',
  },
};

export function approved(requiredSignatures: number, at = '2026-08-05T09:00:00.000Z'): InitiativeEvent {
  return {
    type: 'InitiativeApproved',
    data: {
      initiativeId: INITIATIVE_ID,
      at,
      by: 'staff-1',
      thresholdRule: 'percent:2:cap:300',
      residents: 50_000,
      requiredSignatures,
      collectionLastDay: '2027-08-05',
      collectionEndsAt: endOfLocalDay('2027-08-05'),
    },
  };
}

export const collecting = { status: 'collecting', collectionEndsAt: endOfLocalDay('2027-08-05') };

export const requested: { type: 'SignatureRequested'; data: SignatureRequestedData } = {
  type: 'SignatureRequested',
  data: {
    initiativeId: INITIATIVE_ID,
    signerKey: SIGNER,
    at: '2026-08-10T10:00:00.000Z',
    method: 'email',
    district: 'vesterbro-kongens-enghave',
    residenceStated: true,
    publishName: false,
    signer: SEALED,
    language: 'da',
  },
};

export const confirmed: { type: 'SignatureConfirmed'; data: SignatureConfirmedData } = {
  type: 'SignatureConfirmed',
  data: { initiativeId: INITIATIVE_ID, signerKey: SIGNER, at: '2026-08-10T10:05:00.000Z', method: 'email', district: 'vesterbro-kongens-enghave' },
};
