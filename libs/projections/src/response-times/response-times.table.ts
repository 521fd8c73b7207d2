import { boolean, createTableSql, integer, numeric, type StoredRow, text, timestamptz } from '../runner/columns';
import { IDEA_ROW_COLUMNS } from '../runner/idea-row-projection';

/** The projection's name, and the logical table (a view on the active generation) that the report queries read. */
export const RESPONSE_TIMES = 'response_times';

/** How an idea left the case flow without an answer. */
export type ClosedOutcome = 'withdrawn' | 'duplicate';

/** One row per idea: the milestones management measures. */
export const responseTimesColumns = {
  ...IDEA_ROW_COLUMNS,
  received_at: timestamptz(),
  /** The first routing: the response deadline counts from here. */
  routed_at: timestamptz().nullable(),
  /** The current department (re-routing moves the idea's figures to the new one). */
  department: text().nullable(),
  district: text(),
  category: text(),
  /** The first thing the municipality said to the citizen: a question or the answer, whichever came first. */
  first_response_at: timestamptz().nullable(),
  answered_at: timestamptz().nullable(),
  decision: text().nullable(),
  implemented_at: timestamptz().nullable(),
  /** Set when the idea was withdrawn or marked a duplicate before it was answered. */
  closed_at: timestamptz().nullable(),
  outcome: text<ClosedOutcome>().nullable(),
  /** The deadline promised at the first routing (IdeaRouted.respondBy), and the working days it was counted with. */
  response_working_days: integer().nullable(),
  due_at: timestamptz().nullable(),
  /** When the deadline job recorded that due_at passed unanswered (the first ResponseDeadlineMissed); stays after a late answer. */
  deadline_missed_at: timestamptz().nullable(),
  /** Working days from the day received to the day answered (0 the same day). */
  working_days_to_answer: integer().nullable(),
  /** Real elapsed hours from received to answered. */
  hours_to_answer: numeric().nullable(),
  answered_within_deadline: boolean().nullable(),
};

/** A row as the fold writes it: plain JSON, timestamps as ISO strings. (The reports read aggregates in SQL, so there is no entity.) */
export type ResponseTimesRow = StoredRow<typeof responseTimesColumns>;

/** One generation's table; index names carry the physical name so generations coexist. */
export function responseTimesTable(table: string): string {
  return `
    ${createTableSql(table, responseTimesColumns)}
    CREATE INDEX ${table}_received_at_idx ON ${table} (received_at);
    CREATE INDEX ${table}_answered_at_idx ON ${table} (answered_at) WHERE answered_at IS NOT NULL;
    CREATE INDEX ${table}_implemented_at_idx ON ${table} (implemented_at) WHERE implemented_at IS NOT NULL;
    CREATE INDEX ${table}_deadline_missed_at_idx ON ${table} (deadline_missed_at) WHERE deadline_missed_at IS NOT NULL;
  `;
}
