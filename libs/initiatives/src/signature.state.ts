import type { SigningMethod } from './vocabulary';

export interface Signature {
  initiativeId: string;
  signerKey: string;
  status: 'pending' | 'confirmed';
  method: SigningMethod;
  district: string;
  /** Revision of the latest SignatureRequested: only its link confirms. */
  requestRevision: number;
  erased: boolean;
}

export type SignatureState = Signature | null;
