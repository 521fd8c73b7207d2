// The closed vocabularies of citizen initiatives: `as const` so the API validates against the values the domain accepts.
import type { Language, SealedContact } from '@civic/ideas';

export type { Language };

/** Where an initiative is: screened by staff, collecting signatures, before the council, decided, or closed without enough signatures. */
export const INITIATIVE_STATUSES = ['screening', 'returned', 'collecting', 'referred', 'decided', 'expired'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** What the council decided on a referred initiative. */
export const COUNCIL_DECISIONS = ['adopted', 'partly-adopted', 'rejected'] as const;
export type CouncilDecision = (typeof COUNCIL_DECISIONS)[number];

/** How a signer was identified: a confirmed e-mail link, or a verified identity (OpenID Connect). */
export const SIGNING_METHODS = ['email', 'oidc'] as const;
export type SigningMethod = (typeof SIGNING_METHODS)[number];

export const INITIATIVE_TITLE_MAX = 200;
export const INITIATIVE_TEXT_MAX = 10_000;
export const COLLECTION_MONTHS_MIN = 1;
export const COLLECTION_MONTHS_MAX = 24;
export const DEFAULT_COLLECTION_MONTHS = 12;
export const CO_INITIATORS_MAX = 10;
/** The law's six calendar months from the threshold to the council's decision (kommuneloven § 12-1). */
export const COUNCIL_DECISION_MONTHS = 6;

/** Personal data as events carry it: sealed by the caller under the person's own data key. Opaque here. */
export type SealedPersonalData = SealedContact;
