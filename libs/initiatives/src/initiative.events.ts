import type { LocalDate } from './calendar-months';
import type { CouncilDecision, Language, SealedPersonalData } from './vocabulary';

interface InitiativeEventData {
  initiativeId: string;
  /** ISO-8601 instant of the fact, from the command. */
  at: string;
}

export interface InitiativeStartedData extends InitiativeEventData {
  publicCode: string;
  title: string;
  text: string;
  collectionMonths: number;
  /** The initiator's name and e-mail, sealed under the initiative's own key (erasable). */
  initiator: SealedPersonalData;
  /** Co-initiators' names and e-mails, sealed under the same key; the count is public. */
  coInitiators: SealedPersonalData | null;
  coInitiatorCount: number;
  language: Language;
}

export interface InitiativeReturnedForChangesData extends InitiativeEventData {
  reason: string;
  by: string;
}

export interface InitiativeRevisedData extends InitiativeEventData {
  title: string;
  text: string;
  collectionMonths: number;
}

export interface InitiativeApprovedData extends InitiativeEventData {
  by: string;
  /** The municipality's rule and the residents it was applied to, at approval: the number cannot move during the collection. */
  thresholdRule: string;
  residents: number;
  requiredSignatures: number;
  /** The last local day of the collection, and the instant it ends (the start of the next local day). */
  collectionLastDay: LocalDate;
  collectionEndsAt: string;
}

export interface InitiativeThresholdReachedData extends InitiativeEventData {
  confirmedSignatures: number;
  requiredSignatures: number;
}

export interface InitiativeReferredToCouncilData extends InitiativeEventData {
  /** Six calendar months after the threshold was reached, clamped to a shorter month's end. */
  decideBy: LocalDate;
  /** The instant the deadline passes (the start of the day after decideBy, local time). */
  deadlineAt: string;
}

export interface CouncilDecisionDeadlineMissedData extends InitiativeEventData {
  decideBy: LocalDate;
}

export interface CouncilDecisionRecordedData extends InitiativeEventData {
  by: string;
  decision: CouncilDecision;
  /** The council's reasons in plain language, published. */
  statement: string;
  decidedOn: LocalDate;
}

export interface InitiativeCollectionExpiredData extends InitiativeEventData {
  confirmedSignatures: number;
  requiredSignatures: number;
}

export interface InitiatorDataErasedData extends InitiativeEventData {
  by: string;
}

export type InitiativeEvent =
  | { type: 'InitiativeStarted'; data: InitiativeStartedData }
  | { type: 'InitiativeReturnedForChanges'; data: InitiativeReturnedForChangesData }
  | { type: 'InitiativeRevised'; data: InitiativeRevisedData }
  | { type: 'InitiativeApproved'; data: InitiativeApprovedData }
  | { type: 'InitiativeThresholdReached'; data: InitiativeThresholdReachedData }
  | { type: 'InitiativeReferredToCouncil'; data: InitiativeReferredToCouncilData }
  | { type: 'CouncilDecisionDeadlineMissed'; data: CouncilDecisionDeadlineMissedData }
  | { type: 'CouncilDecisionRecorded'; data: CouncilDecisionRecordedData }
  | { type: 'InitiativeCollectionExpired'; data: InitiativeCollectionExpiredData }
  | { type: 'InitiatorDataErased'; data: InitiatorDataErasedData };

export type InitiativeEventType = InitiativeEvent['type'];

export const INITIATIVE_EVENT_TYPES: readonly InitiativeEventType[] = [
  'InitiativeStarted',
  'InitiativeReturnedForChanges',
  'InitiativeRevised',
  'InitiativeApproved',
  'InitiativeThresholdReached',
  'InitiativeReferredToCouncil',
  'CouncilDecisionDeadlineMissed',
  'CouncilDecisionRecorded',
  'InitiativeCollectionExpired',
  'InitiatorDataErased',
];

const TYPES = new Set<string>(INITIATIVE_EVENT_TYPES);

export function isInitiativeEvent<E extends { type: string }>(event: E): event is E & InitiativeEvent {
  return TYPES.has(event.type);
}
