import type { SignatureEvent } from './signature.events';
import type { SignatureState } from './signature.state';

/** The signature after one more of its events; `revision` is that event's position in the signature's stream. Pure. */
export function evolveSignature(state: SignatureState, event: SignatureEvent, revision: number): SignatureState {
  switch (event.type) {
    case 'SignatureRequested': {
      const { initiativeId, signerKey, method, district } = event.data;
      return { initiativeId, signerKey, status: 'pending', method, district, requestRevision: revision, erased: false };
    }
    case 'SignatureConfirmed':
      return state && { ...state, status: 'confirmed' };
    case 'SignerDataErased':
      return state && { ...state, erased: true };
  }
}

export function foldSignature(events: readonly SignatureEvent[]): SignatureState {
  return events.reduce<SignatureState>((state, event, revision) => evolveSignature(state, event, revision), null);
}
