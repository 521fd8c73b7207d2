// The closed vocabularies of the domain. `as const` arrays so the API can
// validate input against the very same values the domain accepts.

export const LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How an idea reached the municipality; 'open311' is an existing client (FixMyStreet, a city app) speaking GeoReport v2. */
export const CHANNELS = ['web', 'email', 'phone', 'meeting', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DECISIONS = ['accepted', 'declined', 'already-planned', 'referred-to-council'] as const;
export type Decision = (typeof DECISIONS)[number];

export const FEASIBILITY = ['feasible', 'partly-feasible', 'not-feasible', 'unclear'] as const;
export type Feasibility = (typeof FEASIBILITY)[number];

export const COST_BANDS = ['none', 'low', 'medium', 'high', 'very-high'] as const;
export type CostBand = (typeof COST_BANDS)[number];

export const RECOMMENDATIONS = ['accept', 'decline', 'already-planned', 'refer-to-council'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** 'model': routed automatically by the routing model, its confidence at or above the configured threshold (AUTO_ROUTING_MIN_CONFIDENCE). */
export const ROUTED_BY = ['rule', 'hand', 'model'] as const;
export type RoutedBy = (typeof ROUTED_BY)[number];

export const IDEA_STATUSES = ['received', 'routed', 'assigned', 'diagnosed', 'answered', 'in_implementation', 'implemented', 'withdrawn', 'duplicate'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
/** Answers, notes, questions, reasons and other free text. */
export const TEXT_MAX = 10_000;

/**
 * Where an idea is: a point, an address, or both. A citizen may know only the
 * street ("Vestergade ved nr. 12"); lat and lon come together or not at all.
 */
export interface Location {
  lat?: number;
  lon?: number;
  address?: string;
}

/** Personal data (GDPR): never shown publicly, never in clear in an event. */
export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
}

/**
 * A contact as events carry it: sealed by the caller under the submitter's
 * own data key (which erasure deletes). Opaque to the domain: it never sees
 * or makes clear personal data.
 */
export interface SealedContact {
  /** Names the data key in the vault. */
  keyId: string;
  /** base64 of the authenticated ciphertext. */
  ciphertext: string;
}

/**
 * What a citizen typed (title, description, location address, a reply, a
 * withdrawal reason), sealed by the caller under the submitter's data key, as
 * the contact is. The event keeps a masked copy in clear beside it (the
 * caller masks e-mails, phone and CPR numbers and the submitter's name; an
 * address is left out), so the public page and the read models never need the
 * key, and erasure leaves only the masked copy readable.
 */
export type SealedText = SealedContact;

/** What SubmitIdea seals: the text as typed. */
export interface TypedSubmission {
  title: string;
  description: string;
  address?: string;
}

/**
 * The masked copy may be longer than what was typed ("Bo" becomes "[navn
 * fjernet]"); the typed text is checked against the limits by the caller
 * before it is masked and sealed, the masked copy only against this bound.
 */
export const MASKED_GROWTH = 16;

/**
 * The answer a citizen is promised by: the local midnight ending the last of
 * `workingDays` working days after routing, computed by responseDeadline on
 * the working-day calendar the caller passes (the domain has no calendar or
 * clock of its own).
 */
export interface ResponseDeadline {
  respondBy: string;
  workingDays: number;
}

/** [start, end) character offsets into a text. */
export type TextSpan = [start: number, end: number];

/**
 * Where the submitter's own name occurs in the title and description, found
 * by the caller before sealing, so the public page can mask the name without
 * anyone having to decrypt it (and after it has been erased).
 */
export interface SubmitterNameSpans {
  title: TextSpan[];
  description: TextSpan[];
}

export const NO_NAME_SPANS: SubmitterNameSpans = { title: [], description: [] };

/**
 * An idea that belongs to a participatory-budget round: a citizen's idea sent into the round as a proposal (kind
 * 'proposal'; the proposal's id is the idea's), or a funded proposal entered in the round carried on as an idea (kind
 * 'winner', or no kind: events written before ideas could be proposals).
 */
export interface BudgetRoundOrigin {
  roundId: string;
  proposalId: string;
  kind?: 'proposal' | 'winner';
}

export const ERASURE_REASONS = ['citizen-request', 'admin-request', 'retention'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/**
 * Why staff hid an idea's public text: a category the public page names
 * ("hidden by the municipality because: …"), never the staff's own words.
 */
export const HIDE_REASONS = ['personal-data', 'offensive', 'spam', 'unlawful'] as const;
export type HideReason = (typeof HIDE_REASONS)[number];

/** What a citizen may report an idea for (from its public page). */
export const REPORT_REASONS = ['personal-data', 'offensive', 'spam', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** A report's optional note, and a staff member's note on hiding: short. */
export const MODERATION_NOTE_MAX = 500;

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
