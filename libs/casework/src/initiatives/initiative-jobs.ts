/** The jobs of citizen initiatives; the job catalogue (jobs/job-catalogue.ts) includes them. */

/** E-mail the signer the link that confirms the SignatureRequested at `revision` of their stream. */
export interface SignatureConfirmationMailJob {
  readonly initiativeId: string;
  readonly signerKey: string;
  readonly revision: number;
}

/** A signature was confirmed (the event at `position`): count, and record the threshold once it is reached. */
export interface ThresholdCheckJob {
  readonly initiativeId: string;
  /** The SignatureConfirmed's $all position: the count waits until the read model has applied it. */
  readonly position: string;
  /** When it was confirmed: the council's six months count from that day. */
  readonly confirmedAt: string;
}

/** A timer bound to one event of the initiative (the approval, the referral): moot when that is no longer current. */
export interface InitiativeTimerJob {
  readonly initiativeId: string;
  readonly eventId: string;
  /** When the job is due by the application's clock (a job promoted early waits until then). */
  readonly dueAt: string;
}

/** Tell the council secretariat that the decision recorded at `revision` is overdue. */
export interface CouncilEscalationJob {
  readonly initiativeId: string;
  readonly eventId: string;
  readonly revision: number;
}

export interface InitiativeJobDataByName {
  'initiative-signature-confirmation': SignatureConfirmationMailJob;
  'initiative-threshold-check': ThresholdCheckJob;
  'initiative-collection-end': InitiativeTimerJob;
  'initiative-council-reminder': InitiativeTimerJob;
  'initiative-council-deadline': InitiativeTimerJob;
  'initiative-council-escalation': CouncilEscalationJob;
}

export const INITIATIVE_JOB_QUEUES = {
  'initiative-signature-confirmation': 'notifications',
  'initiative-council-escalation': 'notifications',
  'initiative-threshold-check': 'deadlines',
  'initiative-collection-end': 'deadlines',
  'initiative-council-reminder': 'deadlines',
  'initiative-council-deadline': 'deadlines',
} as const satisfies Record<keyof InitiativeJobDataByName, 'notifications' | 'deadlines' | 'maintenance'>;
