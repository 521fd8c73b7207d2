import type { SealedPersonalData, SigningMethod } from './vocabulary';

/** What a signature needs to know of its initiative, read by the caller from the initiative's stream. */
export interface InitiativeCollection {
  status: string;
  collectionEndsAt: string | null;
}

interface SignatureCommandBase {
  initiativeId: string;
  signerKey: string;
  at: string;
}

/** Sign: by e-mail, the signature waits for its confirmation link; with a verified identity it is confirmed at once. */
export interface SignInitiative extends SignatureCommandBase {
  type: 'SignInitiative';
  method: SigningMethod;
  district: string;
  residenceStated: boolean;
  publishName: boolean;
  signer: SealedPersonalData;
  language: string;
  initiative: InitiativeCollection;
}

export interface ConfirmSignature extends SignatureCommandBase {
  type: 'ConfirmSignature';
  /** The stream revision of the SignatureRequested the link was made for (its HMAC checked by the caller). */
  requestRevision: number;
  initiative: InitiativeCollection;
}

export interface EraseSignerData extends SignatureCommandBase {
  type: 'EraseSignerData';
  by: string;
}

export type SignatureCommand = SignInitiative | ConfirmSignature | EraseSignerData;
