import type { SealedPersonalData, SigningMethod } from './vocabulary';

interface SignatureEventData {
  initiativeId: string;
  /** The signer key: a keyed hash, never the address or the subject itself. */
  signerKey: string;
  at: string;
}

export interface SignatureRequestedData extends SignatureEventData {
  method: SigningMethod;
  /** Counted per district by the read model (a participation report may use it). */
  district: string;
  /** The signer stated that they live in the municipality. */
  residenceStated: true;
  /** Whether the signer agreed that their name be published with the initiative. */
  publishName: boolean;
  /** Name, and for e-mail signers the address: sealed under the signature's own key (erasable). */
  signer: SealedPersonalData;
  language: string;
}

export interface SignatureConfirmedData extends SignatureEventData {
  method: SigningMethod;
  district: string;
}

export interface SignerDataErasedData extends SignatureEventData {
  by: string;
}

export type SignatureEvent =
  | { type: 'SignatureRequested'; data: SignatureRequestedData }
  | { type: 'SignatureConfirmed'; data: SignatureConfirmedData }
  | { type: 'SignerDataErased'; data: SignerDataErasedData };

export const SIGNATURE_EVENT_TYPES: readonly SignatureEvent['type'][] = ['SignatureRequested', 'SignatureConfirmed', 'SignerDataErased'];

const TYPES = new Set<string>(SIGNATURE_EVENT_TYPES);

export function isSignatureEvent<E extends { type: string }>(event: E): event is E & SignatureEvent {
  return TYPES.has(event.type);
}
