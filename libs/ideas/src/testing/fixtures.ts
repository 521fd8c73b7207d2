import type {
  AnswerIdea,
  AskCitizen,
  AssignIdea,
  CompleteImplementation,
  DiagnoseIdea,
  DismissReports,
  EraseSubmitterData,
  HidePublicText,
  MarkDuplicate,
  ProvideCitizenInformation,
  RecordImplementationProgress,
  RecordMissedDeadline,
  RestorePublicText,
  RouteIdea,
  StopCitizenNotifications,
  SubmitIdea,
  WithdrawIdea,
} from '../idea.commands';
import type {
  CitizenInformationProvided,
  CitizenInformationRequested,
  IdeaAnswered,
  IdeaAssigned,
  IdeaDiagnosed,
  IdeaImplementationProgressed,
  IdeaImplemented,
  IdeaMarkedDuplicate,
  IdeaRouted,
  IdeaSubmitted,
  IdeaWithdrawn,
  CitizenNotificationsStopped,
  IdeaReportsDismissed,
  PublicTextHidden,
  PublicTextRestored,
  ResponseDeadlineMissed,
  SubmitterDataErased,
} from '../idea.events';
import type { SealedContact } from '../vocabulary';

// Sensible defaults for one idea's life, so a test states only what matters to it.

export const IDEA_ID = 'idea-1';
export const OTHER_IDEA_ID = 'idea-2';
export const AT = '2025-03-01T09:00:00Z';
export const LATER = '2025-03-02T10:30:00Z';
export const DEPARTMENTS = ['roads', 'parks', 'culture'] as const;
/** Ten working days after LATER, as the caller's calendar would count them. */
export const RESPONSE_DEADLINE = { respondBy: '2025-03-15T23:00:00.000Z', workingDays: 10 } as const;

/** What the API's vault hands the domain: opaque to it ("sealed contact" in base64, not real ciphertext). */
export const SEALED_CONTACT: SealedContact = { keyId: IDEA_ID, ciphertext: 'c2VhbGVkIGNvbnRhY3Q=' };

type Overrides<T> = Partial<Omit<T, 'type'>>;

// --- commands ---

export const submitIdea = (o: Overrides<SubmitIdea> = {}): SubmitIdea => ({
  type: 'SubmitIdea',
  ideaId: IDEA_ID,
  at: AT,
  publicCode: 'CI-2025-0001',
  trackingTokenHash: 'sha256:abc',
  title: 'Cykelsti langs Søborg Hovedgade',
  description: 'Der mangler en sikker cykelsti til skolen.',
  category: 'roads',
  district: 'Brønshøj-Husum',
  location: { lat: 55.71, lon: 12.5, address: 'Søborg Hovedgade 1' },
  contact: { ...SEALED_CONTACT },
  submitterNameSpans: { title: [], description: [] },
  language: 'da',
  channel: 'web',
  autoRoute: null,
  ...o,
});

export const routeIdea = (o: Overrides<RouteIdea> = {}): RouteIdea => ({
  type: 'RouteIdea',
  ideaId: IDEA_ID,
  at: LATER,
  department: 'parks',
  knownDepartments: DEPARTMENTS,
  routedBy: 'hand',
  ruleId: null,
  reason: 'Belongs with parks',
  responseDeadline: { ...RESPONSE_DEADLINE },
  ...o,
});

export const assignIdea = (o: Overrides<AssignIdea> = {}): AssignIdea => ({
  type: 'AssignIdea',
  ideaId: IDEA_ID,
  at: LATER,
  assignee: 'handler-anna',
  ...o,
});

export const diagnoseIdea = (o: Overrides<DiagnoseIdea> = {}): DiagnoseIdea => ({
  type: 'DiagnoseIdea',
  ideaId: IDEA_ID,
  at: LATER,
  feasibility: 'feasible',
  costBand: 'medium',
  recommendation: 'accept',
  notes: 'Fits the 2026 cycling plan.',
  ...o,
});

export const askCitizen = (o: Overrides<AskCitizen> = {}): AskCitizen => ({
  type: 'AskCitizen',
  ideaId: IDEA_ID,
  at: LATER,
  questionId: 'q-1',
  question: 'Which side of the road do you mean?',
  ...o,
});

export const provideInformation = (o: Overrides<ProvideCitizenInformation> = {}): ProvideCitizenInformation => ({
  type: 'ProvideCitizenInformation',
  ideaId: IDEA_ID,
  at: LATER,
  questionId: 'q-1',
  answer: 'The north side.',
  ...o,
});

export const answerIdea = (o: Overrides<AnswerIdea> = {}): AnswerIdea => ({
  type: 'AnswerIdea',
  ideaId: IDEA_ID,
  at: LATER,
  decision: 'accepted',
  publicAnswer: 'Tak! Vi bygger cykelstien i 2026.',
  ...o,
});

export const recordProgress = (o: Overrides<RecordImplementationProgress> = {}): RecordImplementationProgress => ({
  type: 'RecordImplementationProgress',
  ideaId: IDEA_ID,
  at: LATER,
  note: 'Tender published.',
  percentComplete: 20,
  ...o,
});

export const completeImplementation = (o: Overrides<CompleteImplementation> = {}): CompleteImplementation => ({
  type: 'CompleteImplementation',
  ideaId: IDEA_ID,
  at: LATER,
  note: 'Opened to cyclists.',
  ...o,
});

export const withdrawIdea = (o: Overrides<WithdrawIdea> = {}): WithdrawIdea => ({
  type: 'WithdrawIdea',
  ideaId: IDEA_ID,
  at: LATER,
  reason: 'Moved away.',
  ...o,
});

export const markDuplicate = (o: Overrides<MarkDuplicate> = {}): MarkDuplicate => ({
  type: 'MarkDuplicate',
  ideaId: IDEA_ID,
  at: LATER,
  duplicateOf: OTHER_IDEA_ID,
  duplicateOfExists: true,
  ...o,
});

export const eraseSubmitterData = (o: Overrides<EraseSubmitterData> = {}): EraseSubmitterData => ({
  type: 'EraseSubmitterData',
  ideaId: IDEA_ID,
  at: LATER,
  reason: 'citizen-request',
  ...o,
});

/** Sent a day after RESPONSE_DEADLINE passed. */
export const recordMissedDeadline = (o: Overrides<RecordMissedDeadline> = {}): RecordMissedDeadline => ({
  type: 'RecordMissedDeadline',
  ideaId: IDEA_ID,
  at: '2025-03-16T08:00:00.000Z',
  respondBy: RESPONSE_DEADLINE.respondBy,
  ...o,
});

export const stopCitizenNotifications = (o: Overrides<StopCitizenNotifications> = {}): StopCitizenNotifications => ({
  type: 'StopCitizenNotifications',
  ideaId: IDEA_ID,
  at: LATER,
  ...o,
});

// --- events ---

export const submitted = (o: Partial<IdeaSubmitted['data']> = {}): IdeaSubmitted => {
  const { type: _t, autoRoute: _r, sealedText: _s, budgetRound: _b, ...data } = submitIdea();
  return { type: 'IdeaSubmitted', data: { ...data, ...o } };
};

export const routed = (o: Partial<IdeaRouted['data']> = {}): IdeaRouted => ({
  type: 'IdeaRouted',
  data: {
    ideaId: IDEA_ID,
    at: AT,
    department: 'roads',
    previousDepartment: null,
    routedBy: 'hand',
    ruleId: null,
    reason: 'Triage',
    respondBy: RESPONSE_DEADLINE.respondBy,
    responseWorkingDays: RESPONSE_DEADLINE.workingDays,
    ...o,
  },
});

export const assigned = (o: Partial<IdeaAssigned['data']> = {}): IdeaAssigned => ({
  type: 'IdeaAssigned',
  data: { ideaId: IDEA_ID, at: AT, assignee: 'handler-anna', previousAssignee: null, ...o },
});

export const diagnosed = (o: Partial<IdeaDiagnosed['data']> = {}): IdeaDiagnosed => ({
  type: 'IdeaDiagnosed',
  data: { ideaId: IDEA_ID, at: AT, feasibility: 'feasible', costBand: 'medium', recommendation: 'accept', notes: 'Fits the plan.', ...o },
});

export const informationRequested = (o: Partial<CitizenInformationRequested['data']> = {}): CitizenInformationRequested => ({
  type: 'CitizenInformationRequested',
  data: { ideaId: IDEA_ID, at: AT, questionId: 'q-1', question: 'Which side of the road?', ...o },
});

export const informationProvided = (o: Partial<CitizenInformationProvided['data']> = {}): CitizenInformationProvided => ({
  type: 'CitizenInformationProvided',
  data: { ideaId: IDEA_ID, at: AT, questionId: 'q-1', answer: 'The north side.', ...o },
});

export const answered = (o: Partial<IdeaAnswered['data']> = {}): IdeaAnswered => ({
  type: 'IdeaAnswered',
  data: { ideaId: IDEA_ID, at: AT, decision: 'accepted', publicAnswer: 'Tak!', ...o },
});

export const progressed = (o: Partial<IdeaImplementationProgressed['data']> = {}): IdeaImplementationProgressed => ({
  type: 'IdeaImplementationProgressed',
  data: { ideaId: IDEA_ID, at: AT, note: 'Started.', percentComplete: 10, ...o },
});

export const implemented = (o: Partial<IdeaImplemented['data']> = {}): IdeaImplemented => ({
  type: 'IdeaImplemented',
  data: { ideaId: IDEA_ID, at: AT, note: 'Done.', ...o },
});

export const withdrawn = (o: Partial<IdeaWithdrawn['data']> = {}): IdeaWithdrawn => ({
  type: 'IdeaWithdrawn',
  data: { ideaId: IDEA_ID, at: AT, reason: null, ...o },
});

export const markedDuplicate = (o: Partial<IdeaMarkedDuplicate['data']> = {}): IdeaMarkedDuplicate => ({
  type: 'IdeaMarkedDuplicate',
  data: { ideaId: IDEA_ID, at: AT, duplicateOf: OTHER_IDEA_ID, ...o },
});

export const submitterDataErased = (o: Partial<SubmitterDataErased['data']> = {}): SubmitterDataErased => ({
  type: 'SubmitterDataErased',
  data: { ideaId: IDEA_ID, at: AT, reason: 'citizen-request', ...o },
});

export const deadlineMissed = (o: Partial<ResponseDeadlineMissed['data']> = {}): ResponseDeadlineMissed => ({
  type: 'ResponseDeadlineMissed',
  data: { ideaId: IDEA_ID, at: '2025-03-16T08:00:00.000Z', respondBy: RESPONSE_DEADLINE.respondBy, department: 'roads', assignee: null, ...o },
});

export const notificationsStopped = (o: Partial<CitizenNotificationsStopped['data']> = {}): CitizenNotificationsStopped => ({
  type: 'CitizenNotificationsStopped',
  data: { ideaId: IDEA_ID, at: LATER, ...o },
});

// --- moderation ---

export const STAFF = 'dispatcher-dora';

export const hidePublicText = (o: Overrides<HidePublicText> = {}): HidePublicText => ({
  type: 'HidePublicText',
  ideaId: IDEA_ID,
  at: LATER,
  reason: 'offensive',
  note: null,
  by: STAFF,
  ...o,
});

export const restorePublicText = (o: Overrides<RestorePublicText> = {}): RestorePublicText => ({
  type: 'RestorePublicText',
  ideaId: IDEA_ID,
  at: LATER,
  by: STAFF,
  ...o,
});

export const dismissReports = (o: Overrides<DismissReports> = {}): DismissReports => ({
  type: 'DismissReports',
  ideaId: IDEA_ID,
  at: LATER,
  by: STAFF,
  openReports: 2,
  ...o,
});

export const publicTextHidden = (o: Partial<PublicTextHidden['data']> = {}): PublicTextHidden => ({
  type: 'PublicTextHidden',
  data: { ideaId: IDEA_ID, at: LATER, reason: 'offensive', note: null, by: STAFF, ...o },
});

export const publicTextRestored = (o: Partial<PublicTextRestored['data']> = {}): PublicTextRestored => ({
  type: 'PublicTextRestored',
  data: { ideaId: IDEA_ID, at: LATER, by: STAFF, ...o },
});

export const reportsDismissed = (o: Partial<IdeaReportsDismissed['data']> = {}): IdeaReportsDismissed => ({
  type: 'IdeaReportsDismissed',
  data: { ideaId: IDEA_ID, at: LATER, by: STAFF, reports: 2, ...o },
});
