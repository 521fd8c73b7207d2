import type { IdeaRow } from '../runner/idea-row-projection';

/** How an idea left the case flow without an answer. */
export type ClosedOutcome = 'withdrawn' | 'duplicate';

/**
 * One row per idea in `response_times`: the milestones management measures.
 * Plain JSON as the row projection stores it; timestamps are ISO strings.
 */
export interface ResponseTimesRow extends IdeaRow {
  received_at: string;
  /** The first routing: the response deadline counts from here. */
  routed_at: string | null;
  /** The current department (re-routing moves the idea's figures to the new one). */
  department: string | null;
  district: string;
  category: string;
  /** The first thing the municipality said to the citizen: a question or the answer, whichever came first. */
  first_response_at: string | null;
  answered_at: string | null;
  decision: string | null;
  implemented_at: string | null;
  /** Set when the idea was withdrawn or marked a duplicate before it was answered. */
  closed_at: string | null;
  outcome: ClosedOutcome | null;
  /** The deadline promised at the first routing (IdeaRouted.respondBy), and the working days it was counted with. */
  response_working_days: number | null;
  due_at: string | null;
  /** When the deadline job recorded that due_at passed unanswered (the first ResponseDeadlineMissed); stays after a late answer. */
  deadline_missed_at: string | null;
  /** Working days from the day received to the day answered (0 the same day). */
  working_days_to_answer: number | null;
  /** Real elapsed hours from received to answered. */
  hours_to_answer: number | null;
  answered_within_deadline: boolean | null;
}
