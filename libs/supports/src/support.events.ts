import type { Language, SealedContact } from '@civic/ideas';

/** A sealed value as the personal-data vault gives it: the key id it is sealed under, and the ciphertext. */
export type SealedAddress = SealedContact;

interface SupportEventDataBase {
  /** Derived from the idea and the supporter's keyed address hash: the same person supporting the same idea is the same stream. */
  supportId: string;
  ideaId: string;
  /** ISO-8601 timestamp of the fact, taken from the command. */
  at: string;
}

export interface SupportRequestedData extends SupportEventDataBase {
  publicCode: string;
  /** Where the supporter says they live, for the participation report; null when not given. */
  district: string | null;
  language: Language;
  /** The e-mail address, sealed under a data key of its own (one per request, so an erased address is never mixed with a new one). */
  email: SealedAddress;
}

export interface SupportConfirmedData extends SupportEventDataBase {
  district: string | null;
}

export interface SupportWithdrawnData extends SupportEventDataBase {
  district: string | null;
  /** When the support had been confirmed, or null when it never was: a report can take it off the day it was counted. */
  confirmedAt: string | null;
}

export const SUPPORTER_ERASURE_REASONS = ['citizen', 'retention'] as const;
export type SupporterErasureReason = (typeof SUPPORTER_ERASURE_REASONS)[number];

export interface SupporterDataErasedData extends SupportEventDataBase {
  reason: SupporterErasureReason;
  /** The data keys to delete: every address sealed since the last erasure. */
  keyIds: string[];
}

export type SupportRequested = { type: 'SupportRequested'; data: SupportRequestedData };
export type SupportConfirmed = { type: 'SupportConfirmed'; data: SupportConfirmedData };
export type SupportWithdrawn = { type: 'SupportWithdrawn'; data: SupportWithdrawnData };
export type SupporterDataErased = { type: 'SupporterDataErased'; data: SupporterDataErasedData };

export type SupportEvent = SupportRequested | SupportConfirmed | SupportWithdrawn | SupporterDataErased;

const EVENT_TYPES: Readonly<Record<SupportEvent['type'], true>> = {
  SupportRequested: true,
  SupportConfirmed: true,
  SupportWithdrawn: true,
  SupporterDataErased: true,
};

export function isSupportEvent<Recorded extends { readonly type: string }>(e: Recorded): e is Recorded & SupportEvent {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPES, e.type);
}
