import type {
  BudgetRoundOrigin,
  Channel,
  CostBand,
  Decision,
  ErasureReason,
  HideReason,
  Feasibility,
  Language,
  Location,
  Recommendation,
  RoutedBy,
  SealedContact,
  SealedText,
  SubmitterNameSpans,
} from './vocabulary';

interface EventDataBase {
  ideaId: string;
  /** ISO-8601 timestamp of the fact, taken from the command. */
  at: string;
}

export interface IdeaSubmittedData extends EventDataBase {
  publicCode: string;
  trackingTokenHash: string;
  title: string;
  description: string;
  category: string;
  district: string;
  location: Location | null;
  /** Never clear personal data: sealed under the submitter's data key. */
  contact: SealedContact | null;
  /**
   * Title, description and location address as typed (TypedSubmission), sealed
   * under the submitter's data key; title and description are then masked
   * copies and location has no address. Absent on events written before
   * typed text was sealed: there the text stands as typed. null (also in
   * sealedAnswer, sealedReason): rewritten by pii:seal-typed-text after the
   * idea's key was erased, so only the masked copy was ever kept.
   */
  sealedText?: SealedText | null;
  submitterNameSpans: SubmitterNameSpans;
  language: Language;
  channel: Channel;
  /** Present when the idea is a participatory-budget round's funded proposal (absent on every other idea). */
  budgetRound?: BudgetRoundOrigin;
}

export interface IdeaRoutedData extends EventDataBase {
  department: string;
  previousDepartment: string | null;
  routedBy: RoutedBy;
  ruleId: string | null;
  reason: string;
  /**
   * The deadline in force after this routing. Set by the first routing and
   * kept by any re-routing: the citizen was promised a date, and a hand-over
   * inside the municipality does not move it. Absent on events recorded
   * before deadlines were carried in the event.
   */
  respondBy?: string;
  /** The working days that deadline was counted with (the first department's rule then). */
  responseWorkingDays?: number;
  /** Present when a dispatcher routed by hand by accepting the routing model's suggestion: its confidence then. */
  followedSuggestion?: { confidence: number };
  /** Present when the routing model routed the idea by itself (routedBy 'model'): its confidence and the words that weighed most. */
  automatic?: { confidence: number; words: string[] };
}

export interface IdeaAssignedData extends EventDataBase {
  assignee: string;
  previousAssignee: string | null;
}

export interface IdeaDiagnosedData extends EventDataBase {
  feasibility: Feasibility;
  costBand: CostBand;
  recommendation: Recommendation;
  notes: string;
}

export interface CitizenInformationRequestedData extends EventDataBase {
  questionId: string;
  question: string;
}

export interface CitizenInformationProvidedData extends EventDataBase {
  questionId: string;
  /** A masked copy when sealedAnswer is there. */
  answer: string;
  /** The reply as typed, sealed under the submitter's data key. */
  sealedAnswer?: SealedText | null;
}

export interface IdeaAnsweredData extends EventDataBase {
  decision: Decision;
  publicAnswer: string;
}

export interface IdeaImplementationProgressedData extends EventDataBase {
  note: string;
  percentComplete: number | null;
}

export interface IdeaImplementedData extends EventDataBase {
  note: string;
}

export interface IdeaWithdrawnData extends EventDataBase {
  /** A masked copy when sealedReason is there. */
  reason: string | null;
  /** The citizen's reason as typed, sealed under the submitter's data key. */
  sealedReason?: SealedText | null;
}

export interface IdeaMarkedDuplicateData extends EventDataBase {
  duplicateOf: string;
}

export interface SubmitterDataErasedData extends EventDataBase {
  reason: ErasureReason;
}

/** The deadline passed without an answer: recorded once per deadline, by the system's deadline job. */
export interface ResponseDeadlineMissedData extends EventDataBase {
  respondBy: string;
  department: string;
  assignee: string | null;
}

/** The citizen followed the unsubscribe link: no more e-mails about this idea. */
export type CitizenNotificationsStoppedData = EventDataBase;

/**
 * Staff hid the public title and description: the public page and JSON show a
 * neutral sentence naming the reason instead; code, status and timeline stay.
 */
export interface PublicTextHiddenData extends EventDataBase {
  reason: HideReason;
  /** Staff-internal. */
  note: string | null;
  by: string;
}

export interface PublicTextRestoredData extends EventDataBase {
  by: string;
}

/**
 * Staff reviewed the idea's reports and keep its text visible: every report
 * recorded before this event leaves the review queue (one recorded after it
 * stays there). `reports` is how many were open when staff looked.
 */
export interface IdeaReportsDismissedData extends EventDataBase {
  by: string;
  reports: number;
}

export type IdeaSubmitted = { type: 'IdeaSubmitted'; data: IdeaSubmittedData };
export type IdeaRouted = { type: 'IdeaRouted'; data: IdeaRoutedData };
export type IdeaAssigned = { type: 'IdeaAssigned'; data: IdeaAssignedData };
export type IdeaDiagnosed = { type: 'IdeaDiagnosed'; data: IdeaDiagnosedData };
export type CitizenInformationRequested = { type: 'CitizenInformationRequested'; data: CitizenInformationRequestedData };
export type CitizenInformationProvided = { type: 'CitizenInformationProvided'; data: CitizenInformationProvidedData };
export type IdeaAnswered = { type: 'IdeaAnswered'; data: IdeaAnsweredData };
export type IdeaImplementationProgressed = { type: 'IdeaImplementationProgressed'; data: IdeaImplementationProgressedData };
export type IdeaImplemented = { type: 'IdeaImplemented'; data: IdeaImplementedData };
export type IdeaWithdrawn = { type: 'IdeaWithdrawn'; data: IdeaWithdrawnData };
export type IdeaMarkedDuplicate = { type: 'IdeaMarkedDuplicate'; data: IdeaMarkedDuplicateData };
export type SubmitterDataErased = { type: 'SubmitterDataErased'; data: SubmitterDataErasedData };
export type ResponseDeadlineMissed = { type: 'ResponseDeadlineMissed'; data: ResponseDeadlineMissedData };
export type CitizenNotificationsStopped = { type: 'CitizenNotificationsStopped'; data: CitizenNotificationsStoppedData };
export type PublicTextHidden = { type: 'PublicTextHidden'; data: PublicTextHiddenData };
export type PublicTextRestored = { type: 'PublicTextRestored'; data: PublicTextRestoredData };
export type IdeaReportsDismissed = { type: 'IdeaReportsDismissed'; data: IdeaReportsDismissedData };

export type IdeaEvent =
  | IdeaSubmitted
  | IdeaRouted
  | IdeaAssigned
  | IdeaDiagnosed
  | CitizenInformationRequested
  | CitizenInformationProvided
  | IdeaAnswered
  | IdeaImplementationProgressed
  | IdeaImplemented
  | IdeaWithdrawn
  | IdeaMarkedDuplicate
  | SubmitterDataErased
  | ResponseDeadlineMissed
  | CitizenNotificationsStopped
  | PublicTextHidden
  | PublicTextRestored
  | IdeaReportsDismissed;

export type IdeaEventType = IdeaEvent['type'];

// `satisfies` keeps this list and the union in step: a missing or misspelt name fails to compile.
const EVENT_TYPES = {
  IdeaSubmitted: true,
  IdeaRouted: true,
  IdeaAssigned: true,
  IdeaDiagnosed: true,
  CitizenInformationRequested: true,
  CitizenInformationProvided: true,
  IdeaAnswered: true,
  IdeaImplementationProgressed: true,
  IdeaImplemented: true,
  IdeaWithdrawn: true,
  IdeaMarkedDuplicate: true,
  SubmitterDataErased: true,
  ResponseDeadlineMissed: true,
  CitizenNotificationsStopped: true,
  PublicTextHidden: true,
  PublicTextRestored: true,
  IdeaReportsDismissed: true,
} as const satisfies Record<IdeaEventType, true>;

export const IDEA_EVENT_TYPES: readonly IdeaEventType[] = Object.keys(EVENT_TYPES) as IdeaEventType[];

/**
 * Filters a store's events down to this domain's (other event types may share
 * a stream later): a stored event that passes is its envelope with an idea
 * event's type and data, checked rather than cast.
 */
export function isIdeaEvent<Recorded extends { readonly type: string }>(e: Recorded): e is Recorded & IdeaEvent {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPES, e.type);
}

/** A recorded event as an idea event (the same object, its type checked), or null when its type is not one of this domain's. */
export function toIdeaEvent<Recorded extends { readonly type: string }>(recorded: Recorded): (Recorded & IdeaEvent) | null {
  return isIdeaEvent(recorded) ? recorded : null;
}
