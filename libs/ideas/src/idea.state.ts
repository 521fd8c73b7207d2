import type {
  BudgetRoundOrigin,
  Channel,
  HideReason,
  CostBand,
  Decision,
  Feasibility,
  IdeaStatus,
  Language,
  Location,
  Recommendation,
  SealedContact,
  SealedText,
} from './vocabulary';

/** 'none' is only ever the state of a stream with no events yet. */
export type IdeaStateStatus = IdeaStatus | 'none';

export interface Diagnosis {
  feasibility: Feasibility;
  costBand: CostBand;
  recommendation: Recommendation;
  notes: string;
  at: string;
}

export interface OpenQuestion {
  questionId: string;
  question: string;
  askedAt: string;
}

export interface ImplementationProgress {
  note: string;
  percentComplete: number | null;
  at: string;
}

export interface Implementation {
  progress: ImplementationProgress[];
  completedAt: string | null;
}

/** What evolve folds from an idea's events; all that decide needs to judge a command. */
export interface Idea {
  id: string;
  status: IdeaStateStatus;
  publicCode: string;
  trackingTokenHash: string;
  /** A masked copy when sealedText is set (the typed text is in there). */
  title: string;
  description: string;
  category: string;
  district: string;
  location: Location | null;
  /** Sealed; null when none was given or once erased. */
  contact: SealedContact | null;
  /** Title, description and address as typed (IdeaSubmitted.sealedText); null for ideas submitted before that, or once erased. */
  sealedText: SealedText | null;
  /** When the submitter's personal data was erased (its key deleted). */
  contactErasedAt: string | null;
  language: Language | null;
  channel: Channel | null;
  submittedAt: string | null;
  department: string | null;
  assignee: string | null;
  diagnosis: Diagnosis | null;
  openQuestion: OpenQuestion | null;
  decision: Decision | null;
  publicAnswer: string | null;
  answeredAt: string | null;
  implementation: Implementation;
  duplicateOf: string | null;
  withdrawnAt: string | null;
  routedAt: string | null;
  /** The deadline in force (see IdeaRouted.respondBy); null before routing. */
  respondBy: string | null;
  responseWorkingDays: number | null;
  /** The deadline a ResponseDeadlineMissed was recorded for, if any. */
  missedDeadline: string | null;
  /** When the citizen unsubscribed from e-mails about this idea. */
  notificationsStoppedAt: string | null;
  /** The participatory-budget round and proposal this idea was funded as; null for a citizen's own idea. */
  budgetRound: BudgetRoundOrigin | null;
  /** Set while staff keep the public text hidden (PublicTextHidden, until PublicTextRestored). */
  hiddenText: { reason: HideReason; at: string; by: string } | null;
}

export function initialIdea(): Idea {
  return {
    id: '',
    status: 'none',
    publicCode: '',
    trackingTokenHash: '',
    title: '',
    description: '',
    category: '',
    district: '',
    location: null,
    contact: null,
    sealedText: null,
    contactErasedAt: null,
    language: null,
    channel: null,
    submittedAt: null,
    department: null,
    assignee: null,
    diagnosis: null,
    openQuestion: null,
    decision: null,
    publicAnswer: null,
    answeredAt: null,
    implementation: { progress: [], completedAt: null },
    duplicateOf: null,
    withdrawnAt: null,
    routedAt: null,
    respondBy: null,
    responseWorkingDays: null,
    missedDeadline: null,
    notificationsStoppedAt: null,
    budgetRound: null,
    hiddenText: null,
  };
}
