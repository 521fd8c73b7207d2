import type { Language } from '@civic/ideas';
import { INITIATIVE_JOB_QUEUES, type InitiativeJobDataByName } from '../initiatives/initiative-jobs';
import { BUDGET_JOB_QUEUES, type BudgetJobDataByName } from '../budgets/budget-jobs';

/**
 * Every job there is, the queue it runs on and how it retries. The one place
 * job names are listed: the registry refuses to start unless each has exactly
 * one handler.
 */
export const QUEUES = ['notifications', 'deadlines', 'maintenance'] as const;
export type QueueName = (typeof QUEUES)[number];

/** What the citizen is told about; each has a template per language in mail-templates/<language>/citizen-<kind>.hbs. */
export const CITIZEN_MAIL_KINDS = ['receipt', 'routed', 'question', 'answered', 'implementation-progress', 'implemented'] as const;
export type CitizenMailKind = (typeof CITIZEN_MAIL_KINDS)[number];

/** What staff are told about; templates in mail-templates/<language>/staff-<kind>.hbs. */
export const STAFF_MAIL_KINDS = ['deadline-reminder', 'deadline-missed'] as const;
export type StaffMailKind = (typeof STAFF_MAIL_KINDS)[number];

/** E-mail the citizen about the event at `revision` of their idea's stream. */
export interface CitizenNotificationJob {
  readonly ideaId: string;
  readonly eventId: string;
  readonly revision: number;
  readonly kind: CitizenMailKind;
}

/** A timer bound to one routing: it does nothing if that routing is no longer the idea's current one. */
export interface DeadlineTimerJob {
  readonly ideaId: string;
  /** The IdeaRouted event that set the timer. */
  readonly routingEventId: string;
  readonly respondBy: string;
  /** When the job is due by the application's clock (a job promoted early waits until then). */
  readonly dueAt: string;
}

/** Tell the department lead that the deadline recorded at `revision` was missed. */
export interface DeadlineEscalationJob {
  readonly ideaId: string;
  readonly eventId: string;
  readonly revision: number;
}

/** Remove the timers of routings that an answer, a closing or a re-routing (at `revision`) has made moot. */
export interface CancelDeadlineTimersJob {
  readonly ideaId: string;
  readonly revision: number;
}

export type PersonalDataRetentionJob = Record<string, never>;

/** Mail the confirmation link of the SupportRequested at `revision` of the support's stream (double opt-in). */
export interface SupportConfirmationJob {
  readonly supportId: string;
  readonly eventId: string;
  readonly revision: number;
}

/** Four weeks (SATISFACTION_FOLLOW_UP_DAYS) after an answer or an implementation: ask the citizen once whether it satisfied them. */
export interface SatisfactionFollowUpJob {
  readonly ideaId: string;
  /** The IdeaAnswered or IdeaImplemented that set the timer. */
  readonly eventId: string;
  readonly subject: 'answered' | 'implemented';
  /** When it is due by the application's clock (a job promoted early waits until then). */
  readonly dueAt: string;
}

/** Write the open-data files afresh from the public record (OPEN_DATA_SCHEDULE). */
export type OpenDataExportJob = Record<string, never>;

/** Carry a counted round's winners on as ideas (RoundResultsComputed at `revision` of the round's stream). */
export interface BudgetWinnerIdeasJob {
  readonly roundId: string;
  readonly eventId: string;
  readonly revision: number;
}

/**
 * Route an idea no routing rule matched by the routing model, when its
 * confidence reaches AUTO_ROUTING_MIN_CONFIDENCE (the IdeaSubmitted at
 * `revision` of the idea's stream); nothing when anyone routed it first.
 */
export interface AutoRoutingJob {
  readonly ideaId: string;
  readonly eventId: string;
  readonly revision: number;
}

export interface JobDataByName extends InitiativeJobDataByName, BudgetJobDataByName {
  'citizen-notification': CitizenNotificationJob;
  'deadline-reminder': DeadlineTimerJob;
  'deadline-missed': DeadlineTimerJob;
  'deadline-escalation': DeadlineEscalationJob;
  'cancel-deadline-timers': CancelDeadlineTimersJob;
  'personal-data-retention': PersonalDataRetentionJob;
  'open-data-export': OpenDataExportJob;
  'support-confirmation': SupportConfirmationJob;
  'satisfaction-follow-up': SatisfactionFollowUpJob;
  'budget-winner-ideas': BudgetWinnerIdeasJob;
  'auto-routing': AutoRoutingJob;
}

export type JobName = keyof JobDataByName;

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  'citizen-notification': 'notifications',
  'deadline-escalation': 'notifications',
  'deadline-reminder': 'deadlines',
  'deadline-missed': 'deadlines',
  'cancel-deadline-timers': 'deadlines',
  'personal-data-retention': 'maintenance',
  'open-data-export': 'maintenance',
  'support-confirmation': 'notifications',
  'satisfaction-follow-up': 'deadlines',
  'budget-winner-ideas': 'maintenance',
  'auto-routing': 'maintenance',
  ...INITIATIVE_JOB_QUEUES,
  ...BUDGET_JOB_QUEUES,
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

export type { Language };
