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
    CREATE TABLE ${table} (
      idea_id uuid PRIMARY KEY,
      last_revision integer NOT NULL,
      public_code text NOT NULL,
      title text NOT NULL,
      category text NOT NULL,
      district text NOT NULL,
      department text,
      status text NOT NULL,
      assignee text,
      decision text,
      received_at timestamptz NOT NULL,
      routed_at timestamptz,
      due_at timestamptz,
      answered_at timestamptz,
      deadline_missed_at timestamptz,
      last_activity_at timestamptz NOT NULL,
      open boolean NOT NULL
    );
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
