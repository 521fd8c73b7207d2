import type { LocalDate } from './calendar-months';
import type { CouncilDecision, Language, SealedPersonalData } from './vocabulary';

interface InitiativeCommandBase {
  initiativeId: string;
  /** When the command is taken, by the application's clock. */
  at: string;
}

export interface StartInitiative extends InitiativeCommandBase {
  type: 'StartInitiative';
  publicCode: string;
  title: string;
  text: string;
  collectionMonths: number;
  initiator: SealedPersonalData;
  coInitiators: SealedPersonalData | null;
  coInitiatorCount: number;
  language: Language;
}

export interface ReturnInitiativeForChanges extends InitiativeCommandBase {
  type: 'ReturnInitiativeForChanges';
  by: string;
  reason: string;
}

export interface ReviseInitiative extends InitiativeCommandBase {
  type: 'ReviseInitiative';
  title: string;
  text: string;
  collectionMonths: number;
}

export interface ApproveInitiative extends InitiativeCommandBase {
  type: 'ApproveInitiative';
  by: string;
  thresholdRule: string;
  residents: number;
  requiredSignatures: number;
  /** The local date of approval: the collection runs collectionMonths calendar months from it. */
  approvedOn: LocalDate;
  /** The caller's time zone turns a local day into an instant: when `collectionLastDay` ends. */
  endOfLocalDay: (date: LocalDate) => string;
}

/** Told by the signature counter: this many signatures are confirmed now. */
export interface RecordThresholdReached extends InitiativeCommandBase {
  type: 'RecordThresholdReached';
  confirmedSignatures: number;
  reachedOn: LocalDate;
  endOfLocalDay: (date: LocalDate) => string;
}

export interface CloseExpiredCollection extends InitiativeCommandBase {
  type: 'CloseExpiredCollection';
  confirmedSignatures: number;
}

export interface RecordMissedCouncilDeadline extends InitiativeCommandBase {
  type: 'RecordMissedCouncilDeadline';
}

export interface RecordCouncilDecision extends InitiativeCommandBase {
  type: 'RecordCouncilDecision';
  by: string;
  decision: CouncilDecision;
  statement: string;
  decidedOn: LocalDate;
}

export interface EraseInitiatorData extends InitiativeCommandBase {
  type: 'EraseInitiatorData';
  by: string;
}

export type InitiativeCommand =
  | StartInitiative
  | ReturnInitiativeForChanges
  | ReviseInitiative
  | ApproveInitiative
  | RecordThresholdReached
  | CloseExpiredCollection
  | RecordMissedCouncilDeadline
  | RecordCouncilDecision
  | EraseInitiatorData;
