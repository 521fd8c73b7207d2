import type { Decision, IdeaStatus } from '@civic/ideas';
import type { IdeaRow } from '../runner/idea-row-projection';

/** The logical table (a view on the active generation) that the API reads. */
export const DEPARTMENT_INBOX = 'department_inbox';

/** One idea as its department's (or the triage) inbox sees it. Plain JSON: timestamps are ISO strings. */
export interface DepartmentInboxRow extends IdeaRow {
  public_code: string;
  title: string;
  category: string;
  district: string;
  /** null: no department yet, the idea waits in the triage inbox. */
  department: string | null;
  status: IdeaStatus;
  assignee: string | null;
  decision: Decision | null;
  received_at: string;
  routed_at: string | null;
  /**
   * The response deadline in force: the routing event's respondBy, the same
   * for every department the idea passes through. Kept after the answer, but
   * no longer pending then.
   */
  due_at: string | null;
  answered_at: string | null;
  /** When the deadline job recorded that due_at passed unanswered (ResponseDeadlineMissed); stays after a late answer. */
  deadline_missed_at: string | null;
  last_activity_at: string;
  /** Still work for a case handler; closed rows stay so the revision guard keeps working. */
  open: boolean;
}

/** Reference data the fold needs: each department's response deadline in working days, for routings recorded before events carried their deadline. */
export interface DepartmentInboxContext {
  readonly responseWorkingDays: ReadonlyMap<string, number>;
}

/** The statuses an open inbox row can have: what the status filter accepts. */
export const INBOX_STATUSES = ['received', 'routed', 'assigned', 'diagnosed', 'answered', 'in_implementation'] as const satisfies readonly IdeaStatus[];
export type InboxStatus = (typeof INBOX_STATUSES)[number];
