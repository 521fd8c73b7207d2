import type { LocalDate } from './calendar-months';
import type { CouncilDecision, InitiativeStatus, Language } from './vocabulary';

/** What the decider needs to know of an initiative's past; null before it is started. */
export interface Initiative {
  id: string;
  status: InitiativeStatus;
  title: string;
  language: Language;
  collectionMonths: number;
  requiredSignatures: number | null;
  collectionEndsAt: string | null;
  decideBy: LocalDate | null;
  deadlineAt: string | null;
  councilDeadlineMissed: boolean;
  decision: CouncilDecision | null;
  initiatorErased: boolean;
}

export type InitiativeState = Initiative | null;
