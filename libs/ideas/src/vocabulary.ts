// The closed vocabularies of the domain. `as const` arrays so the API can
// validate input against the very same values the domain accepts.

export const LANGUAGES = ['da', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CHANNELS = ['web', 'email', 'phone', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DECISIONS = ['accepted', 'declined', 'already-planned', 'referred-to-council'] as const;
export type Decision = (typeof DECISIONS)[number];

export const FEASIBILITY = ['feasible', 'partly-feasible', 'not-feasible', 'unclear'] as const;
export type Feasibility = (typeof FEASIBILITY)[number];

export const COST_BANDS = ['none', 'low', 'medium', 'high', 'very-high'] as const;
export type CostBand = (typeof COST_BANDS)[number];

export const RECOMMENDATIONS = ['accept', 'decline', 'already-planned', 'refer-to-council'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const ROUTED_BY = ['rule', 'hand'] as const;
export type RoutedBy = (typeof ROUTED_BY)[number];

export const IDEA_STATUSES = [
  'received',
  'routed',
  'assigned',
  'diagnosed',
  'answered',
  'in_implementation',
  'implemented',
  'withdrawn',
  'duplicate',
] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
/** Answers, notes, questions, reasons and other free text. */
export const TEXT_MAX = 10_000;

export interface Location {
  lat: number;
  lon: number;
  address?: string;
}

/** Personal data (GDPR): never shown publicly. */
export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
