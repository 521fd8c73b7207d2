import type { Decision, IdeaStatus } from '@civic/ideas';
import { boolean, createTableSql, readModelEntity, type ReadRow, type StoredRow, text, timestamptz } from '../runner/columns';
import { IDEA_ROW_COLUMNS } from '../runner/idea-row-projection';

/** The projection's name, and the logical table (a view on the active generation) that the API reads. */
export const DEPARTMENT_INBOX = 'department_inbox';

/** One idea as its department's (or the triage) inbox sees it. */
export const departmentInboxColumns = {
  ...IDEA_ROW_COLUMNS,
  public_code: text(),
  title: text(),
  category: text(),
  district: text(),
  /** null: no department yet, the idea waits in the triage inbox. */
  department: text().nullable(),
  status: text<IdeaStatus>(),
  assignee: text().nullable(),
  decision: text<Decision>().nullable(),
  received_at: timestamptz(),
  routed_at: timestamptz().nullable(),
  /**
   * The response deadline in force: the routing event's respondBy, the same
   * for every department the idea passes through. Kept after the answer, but
   * no longer pending then.
   */
  due_at: timestamptz().nullable(),
  answered_at: timestamptz().nullable(),
  /** When the deadline job recorded that due_at passed unanswered (ResponseDeadlineMissed); stays after a late answer. */
  deadline_missed_at: timestamptz().nullable(),
  last_activity_at: timestamptz(),
  /** A question to the citizen waits for their reply. */
  question_open: boolean(),
  /** The citizen has replied and no one has acted on the case since. */
  citizen_replied: boolean(),
  /** Still work for a case handler; closed rows stay so the revision guard keeps working. */
  open: boolean(),
};

/** A row as the fold writes it: plain JSON, timestamps as ISO strings. */
export type DepartmentInboxRow = StoredRow<typeof departmentInboxColumns>;

/** The inbox as queries read it (through the view): timestamps as Dates. The entity and its row type share the name, as a class would. */
export const DepartmentInboxEntity = readModelEntity(DEPARTMENT_INBOX, departmentInboxColumns);
export type DepartmentInboxEntity = ReadRow<typeof departmentInboxColumns>;

/**
 * One generation of the inbox table. Every index is partial on `open`: an
 * inbox only ever lists open ideas, and closed ones pile up for ever. The
 * sort indexes end in idea_id so keyset pages can seek straight to a cursor.
 * They lead with coalesce(department, '') because PostgreSQL reads an index
 * in order only after an equality, and `IS NULL` is not one: '' is the
 * triage inbox. due_at sorts through coalesce(…, 'infinity') so ideas
 * without a deadline come last and the keyset comparison needs no NULL cases.
 */
export function departmentInboxTable(table: string): string {
  return `
    ${createTableSql(table, departmentInboxColumns)}
    CREATE INDEX ${table}_due_idx ON ${table} (coalesce(department, ''), coalesce(due_at, 'infinity'::timestamptz), idea_id) WHERE open;
    CREATE INDEX ${table}_received_idx ON ${table} (coalesce(department, ''), received_at, idea_id) WHERE open;
    CREATE INDEX ${table}_activity_idx ON ${table} (coalesce(department, ''), last_activity_at, idea_id) WHERE open;
    -- "My cases by deadline", a case handler's everyday view.
    CREATE INDEX ${table}_assignee_due_idx ON ${table} (coalesce(department, ''), assignee, coalesce(due_at, 'infinity'::timestamptz), idea_id) WHERE open;
    -- Title search is ILIKE '%…%': a trigram index makes it fast where pg_trgm can be installed
    -- (a trusted extension since PostgreSQL 13); without it, ILIKE still works on the department's open rows.
    DO $$
    BEGIN
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'pg_trgm unavailable (%), inbox title search runs without a trigram index', SQLERRM;
    END $$;
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX ${table}_title_trgm_idx ON ${table} USING gin (title gin_trgm_ops) WHERE open;
      END IF;
    END $$;
  `;
}
