/** The projection's name, and its two logical tables (views on the active generation). */
export const INITIATIVES = 'initiatives';
export const INITIATIVE_SIGNATURES = 'initiative_signatures';

/** One row per initiative: its public record. Never a name or an address (those are sealed in the events). */
export function initiativesTable(table: string): string {
  return `
    CREATE TABLE ${table} (
      initiative_id uuid PRIMARY KEY,
      last_revision integer NOT NULL,
      public_code text NOT NULL,
      status text NOT NULL,
      title text NOT NULL,
      text text NOT NULL,
      language text NOT NULL,
      collection_months integer NOT NULL,
      co_initiator_count integer NOT NULL,
      started_at timestamptz NOT NULL,
      return_reason text,
      approved_at timestamptz,
      threshold_rule text,
      residents integer,
      required_signatures integer,
      collection_last_day date,
      collection_ends_at timestamptz,
      threshold_reached_at timestamptz,
      referred_at timestamptz,
      decide_by date,
      council_deadline_at timestamptz,
      council_deadline_missed_at timestamptz,
      decision text,
      decision_statement text,
      decided_on date,
      decided_at timestamptz,
      expired_at timestamptz
    );
    CREATE UNIQUE INDEX ${table}_public_code_idx ON ${table} (public_code);
    CREATE INDEX ${table}_status_idx ON ${table} (status, started_at);
  `;
}

/**
 * One row per signer and initiative: the count of confirmed signatures, and
 * per district (district is what the signer chose, no personal data), which
 * a participation report can read as it is.
 */
export function initiativeSignaturesTable(table: string): string {
  return `
    CREATE TABLE ${table} (
      initiative_id uuid NOT NULL,
      signer_key text NOT NULL,
      last_revision integer NOT NULL,
      method text NOT NULL,
      district text NOT NULL,
      publish_name boolean NOT NULL,
      requested_at timestamptz NOT NULL,
      confirmed_at timestamptz,
      signer_erased_at timestamptz,
      PRIMARY KEY (initiative_id, signer_key)
    );
    CREATE INDEX ${table}_confirmed_idx ON ${table} (initiative_id, district) WHERE confirmed_at IS NOT NULL;
  `;
}
