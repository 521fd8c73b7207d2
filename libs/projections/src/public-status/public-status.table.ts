/** The text the list's search looks in; the query uses this very expression (with its alias) so the GIN index serves it. */
export function searchDocument(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `to_tsvector('danish', ${column('title')} || ' ' || ${column('description')})`;
}

/** One generation of public_status; index names carry the physical name so generations coexist. */
export function createPublicStatusTable(table: string): string {
  const index = (suffix: string) => `${table.replace(/\W/g, '_')}_${suffix}`;
  return `
    CREATE TABLE ${table} (
      idea_id uuid PRIMARY KEY,
      last_revision integer NOT NULL,
      public_code text NOT NULL,
      title text NOT NULL,
      description text NOT NULL,
      category text NOT NULL,
      district text NOT NULL,
      language text,
      status text NOT NULL,
      department_code text,
      department_name text,
      decision text,
      public_answer text,
      implementation_percent integer,
      duplicate_of uuid,
      timeline jsonb NOT NULL,
      received_at timestamptz NOT NULL,
      routed_at timestamptz,
      answered_at timestamptz,
      implemented_at timestamptz,
      closed_at timestamptz,
      updated_at timestamptz NOT NULL
    );
    CREATE UNIQUE INDEX ${index('public_code')} ON ${table} (public_code);
    CREATE INDEX ${index('received')} ON ${table} (received_at DESC, idea_id DESC);
    CREATE INDEX ${index('status_received')} ON ${table} (status, received_at DESC, idea_id DESC);
    CREATE INDEX ${index('district_received')} ON ${table} (district, received_at DESC, idea_id DESC);
    CREATE INDEX ${index('category_received')} ON ${table} (category, received_at DESC, idea_id DESC);
    CREATE INDEX ${index('search')} ON ${table} USING gin ((${searchDocument()}));
  `;
}
