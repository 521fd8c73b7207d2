import { ConfirmationLinkNotValidError, InvalidInitiativeInputError, NotCollectingSignaturesError } from './initiative.errors';
import { collecting, confirmed, givenSignature, INITIATIVE_ID, requested, SEALED, SIGNER } from './testing';

const sign = (overrides: Partial<{ method: 'email' | 'oidc'; residenceStated: boolean; at: string; initiative: typeof collecting }> = {}) =>
  ({
    type: 'SignInitiative',
    initiativeId: INITIATIVE_ID,
    signerKey: SIGNER,
    at: requested.data.at,
    method: 'email',
    district: 'vesterbro-kongens-enghave',
    residenceStated: true,
    publishName: false,
    signer: SEALED,
    language: 'da',
    initiative: collecting,
    ...overrides,
  }) as const;
const confirm = (requestRevision = 0) =>
  ({ type: 'ConfirmSignature', initiativeId: INITIATIVE_ID, signerKey: SIGNER, at: confirmed.data.at, requestRevision, initiative: collecting }) as const;

describe('a signature', () => {
  it('by e-mail waits for its link; the link confirms it', () => {
    givenSignature().when(sign()).then(requested);
    givenSignature(requested).when(confirm()).then(confirmed);
  });

  it('the same signer twice counts once: a confirmed signature is not asked again, nor confirmed again', () => {
    givenSignature(requested, confirmed).when(sign()).then();
    givenSignature(requested, confirmed).when(confirm()).then();
  });

  it('asked again before it is confirmed, only the newest link confirms', () => {
    givenSignature(requested).when(sign()).then(requested);
    givenSignature(requested, requested).when(confirm(0)).thenThrows(ConfirmationLinkNotValidError);
    givenSignature(requested, requested).when(confirm(1)).then(confirmed);
  });

  it('with a verified identity it is confirmed at once', () =>
    givenSignature()
      .when(sign({ method: 'oidc' }))
      .then(
        { type: 'SignatureRequested', data: { ...requested.data, method: 'oidc' } },
        { type: 'SignatureConfirmed', data: { ...confirmed.data, at: requested.data.at, method: 'oidc' } },
      ));

  it('needs the statement of residence', () =>
    givenSignature()
      .when(sign({ residenceStated: false }))
      .thenThrows(InvalidInitiativeInputError, { field: 'residence' }));

  it('is refused once the collection has ended, or before it has begun', () => {
    givenSignature()
      .when(sign({ at: collecting.collectionEndsAt }))
      .thenThrows(NotCollectingSignaturesError);
    givenSignature()
      .when(sign({ initiative: { status: 'screening', collectionEndsAt: null } as never }))
      .thenThrows(NotCollectingSignaturesError);
  });

  it('erases its signer’s data once; the signature still counts', () => {
    const erase = { type: 'EraseSignerData', initiativeId: INITIATIVE_ID, signerKey: SIGNER, at: '2027-01-01T00:00:00.000Z', by: 'staff-1' } as const;
    const erased = { type: 'SignerDataErased', data: { initiativeId: INITIATIVE_ID, signerKey: SIGNER, at: erase.at, by: 'staff-1' } } as const;
    givenSignature(requested, confirmed).when(erase).then(erased);
    givenSignature(requested, confirmed, erased).when(erase).then();
  });
});
