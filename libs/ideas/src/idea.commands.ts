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
  ResponseDeadline,
  RoutedBy,
  SealedContact,
  SealedText,
  SubmitterNameSpans,
} from './vocabulary';

/** Every command names its idea and carries the time it happens: the domain never reads a clock. */
interface CommandBase {
  ideaId: string;
  /** ISO-8601 timestamp. */
  at: string;
}

export interface AutoRoute {
  department: string;
  ruleId: string;
  reason: string;
  /** That department's deadline counted from the submission. */
  responseDeadline: ResponseDeadline;
}

export interface SubmitIdea extends CommandBase {
  type: 'SubmitIdea';
  publicCode: string;
  trackingTokenHash: string;
  title: string;
  description: string;
  category: string;
  district: string;
  location: Location | null;
  /** Sealed by the caller after validateContact; null when the citizen left none. */
  contact: SealedContact | null;
  /**
   * The title, description and location address as typed (a TypedSubmission),
   * sealed by the caller; title and description above are then the masked
   * copies, and location carries no address. Absent: the text above is as typed.
   */
  sealedText?: SealedText | null;
  submitterNameSpans: SubmitterNameSpans;
  language: Language;
  channel: Channel;
  /** The routing rule that matched at submission, resolved by the caller with matchRoutingRule. */
  autoRoute: AutoRoute | null;
  /** A funded project of a participatory-budget round, carried on as an idea; absent or null for a citizen's own idea. */
  budgetRound?: BudgetRoundOrigin | null;
}

export interface RouteIdea extends CommandBase {
  type: 'RouteIdea';
  department: string;
  /** Departments that exist now; passed in so the domain needs no lookup. */
  knownDepartments: readonly string[];
  routedBy: RoutedBy;
  ruleId: string | null;
  reason: string;
  /** The target department's deadline counted from `at`; used only if no deadline is set yet. */
  responseDeadline: ResponseDeadline;
  /** A dispatcher accepted the routing model's suggestion in one click (a routing by hand): what it said. */
  followedSuggestion?: FollowedSuggestion | null;
  /** With routedBy 'model' (and only then): what the routing model said when it routed an idea no person had routed yet. */
  automatic?: AutomaticRouting | null;
}

/** The routing model's own routing: its confidence (0–1) and the words that weighed most. */
export interface AutomaticRouting {
  confidence: number;
  words: string[];
}

/** The routing model's suggestion a routing followed: its confidence (0–1) when accepted. */
export interface FollowedSuggestion {
  confidence: number;
}

export interface AssignIdea extends CommandBase {
  type: 'AssignIdea';
  assignee: string;
}

export interface DiagnoseIdea extends CommandBase {
  type: 'DiagnoseIdea';
  feasibility: Feasibility;
  costBand: CostBand;
  recommendation: Recommendation;
  notes: string;
}

export interface AskCitizen extends CommandBase {
  type: 'AskCitizen';
  questionId: string;
  question: string;
}

export interface ProvideCitizenInformation extends CommandBase {
  type: 'ProvideCitizenInformation';
  /** null answers whichever question is open. */
  questionId: string | null;
  /** The masked copy when sealedAnswer is given. */
  answer: string;
  /** The citizen's reply as typed, sealed by the caller under the submitter's key. */
  sealedAnswer?: SealedText | null;
}

export interface AnswerIdea extends CommandBase {
  type: 'AnswerIdea';
  decision: Decision;
  publicAnswer: string;
}

export interface RecordImplementationProgress extends CommandBase {
  type: 'RecordImplementationProgress';
  note: string;
  percentComplete: number | null;
}

export interface CompleteImplementation extends CommandBase {
  type: 'CompleteImplementation';
  note: string;
}

export interface WithdrawIdea extends CommandBase {
  type: 'WithdrawIdea';
  /** The masked copy when sealedReason is given. */
  reason: string | null;
  /** The citizen's reason as typed, sealed by the caller under the submitter's key (a staff member's reason is not sealed). */
  sealedReason?: SealedText | null;
}

export interface MarkDuplicate extends CommandBase {
  type: 'MarkDuplicate';
  duplicateOf: string;
  /** Looked up by the caller; the domain only sees one stream. */
  duplicateOfExists: boolean;
}

/** Crypto-shredding: the caller deletes the data key; this records that it happened and why. */
export interface EraseSubmitterData extends CommandBase {
  type: 'EraseSubmitterData';
  reason: ErasureReason;
}

/** Sent by the deadline job when `respondBy` has passed; records the miss if the idea is still unanswered under that very deadline. */
export interface RecordMissedDeadline extends CommandBase {
  type: 'RecordMissedDeadline';
  respondBy: string;
}

/** The citizen's unsubscribe link. */
export interface StopCitizenNotifications extends CommandBase {
  type: 'StopCitizenNotifications';
}

/** Staff hide the idea's public title and description (they broke the rules); the case itself stays public. */
export interface HidePublicText extends CommandBase {
  type: 'HidePublicText';
  reason: HideReason;
  /** Staff-internal: never shown to the public. */
  note: string | null;
  /** The staff member's subject. */
  by: string;
}

/** Undoes HidePublicText: the text is shown again. */
export interface RestorePublicText extends CommandBase {
  type: 'RestorePublicText';
  by: string;
}

/** Staff reviewed the open reports and keep the text visible. */
export interface DismissReports extends CommandBase {
  type: 'DismissReports';
  by: string;
  /** How many reports were open when staff looked (from the review queue, looked up by the caller): none is nothing to dismiss. */
  openReports: number;
}

export type IdeaCommand =
  | SubmitIdea
  | RouteIdea
  | AssignIdea
  | DiagnoseIdea
  | AskCitizen
  | ProvideCitizenInformation
  | AnswerIdea
  | RecordImplementationProgress
  | CompleteImplementation
  | WithdrawIdea
  | MarkDuplicate
  | EraseSubmitterData
  | RecordMissedDeadline
  | StopCitizenNotifications
  | HidePublicText
  | RestorePublicText
  | DismissReports;

export type IdeaCommandType = IdeaCommand['type'];
