/** The logical name: queries read this view, which points at the active generation's table. */
export const RESPONSE_TIMES = 'response_times';

/** One generation's table; index names carry the physical name so generations coexist. */
export function responseTimesTable(table: string): string {
  return `
    CREATE TABLE ${table} (
      idea_id uuid PRIMARY KEY,
      last_revision integer NOT NULL,
      received_at timestamptz NOT NULL,
      routed_at timestamptz,
      department text,
      district text NOT NULL,
      category text NOT NULL,
      first_response_at timestamptz,
      answered_at timestamptz,
      decision text,
      implemented_at timestamptz,
      closed_at timestamptz,
      outcome text,
      response_working_days integer,
      due_at timestamptz,
      deadline_missed_at timestamptz,
      working_days_to_answer integer,
      hours_to_answer numeric,
      answered_within_deadline boolean
    );
    CREATE INDEX ${table}_received_at_idx ON ${table} (received_at);
    CREATE INDEX ${table}_answered_at_idx ON ${table} (answered_at) WHERE answered_at IS NOT NULL;
    CREATE INDEX ${table}_implemented_at_idx ON ${table} (implemented_at) WHERE implemented_at IS NOT NULL;
    CREATE INDEX ${table}_deadline_missed_at_idx ON ${table} (deadline_missed_at) WHERE deadline_missed_at IS NOT NULL;
  `;
}
