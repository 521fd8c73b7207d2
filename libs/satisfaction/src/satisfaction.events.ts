import type { Language, SealedContact } from '@civic/ideas';

/** What the question is about: the answer the citizen got, or the idea carried out. */
export const SATISFACTION_SUBJECTS = ['answered', 'implemented'] as const;
export type SatisfactionSubject = (typeof SATISFACTION_SUBJECTS)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const COMMENT_MAX = 2000;

export interface SatisfactionAskedData {
  ideaId: string;
  subject: SatisfactionSubject;
  /** The department that answered, carried so that the report is a function of these events alone. */
  department: string | null;
  language: Language;
  at: string;
}

export interface SatisfactionRatedData {
  ideaId: string;
  department: string | null;
  /** 1 (not at all) to 5 (entirely). */
  rating: number;
  /** What the citizen wrote, sealed under the idea's data key: erased with the submitter's contact. */
  comment: SealedContact | null;
  at: string;
}

export type SatisfactionAsked = { type: 'SatisfactionAsked'; data: SatisfactionAskedData };
export type SatisfactionRated = { type: 'SatisfactionRated'; data: SatisfactionRatedData };
export type SatisfactionEvent = SatisfactionAsked | SatisfactionRated;

const EVENT_TYPES: Readonly<Record<SatisfactionEvent['type'], true>> = { SatisfactionAsked: true, SatisfactionRated: true };

export function isSatisfactionEvent<Recorded extends { readonly type: string }>(e: Recorded): e is Recorded & SatisfactionEvent {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPES, e.type);
}

/** One follow-up per idea, in a stream of its own beside the idea's: `satisfaction-<ideaId>`. */
export const SATISFACTION_STREAM_PREFIX = 'satisfaction-';
export const satisfactionStreamId = (ideaId: string) => SATISFACTION_STREAM_PREFIX + ideaId;
export const ideaIdOfSatisfactionStream = (streamId: string) =>
  streamId.startsWith(SATISFACTION_STREAM_PREFIX) ? streamId.slice(SATISFACTION_STREAM_PREFIX.length) : null;
