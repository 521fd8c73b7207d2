import { createTableSql, integer, text, timestamptz, uuid } from '../runner/columns';

export const PARTICIPATION = 'participation';

/** One row per event that counts as taking part (or undoes it): its kind, district and instant. No personal data. */
export const participationColumns = {
  event_id: uuid(),
  kind: text(),
  district: text().nullable(),
  at: timestamptz(),
  delta: integer(),
};

export function participationTable(table: string): string {
  return `
    ${createTableSql(table, participationColumns)}
    ALTER TABLE ${table} ADD PRIMARY KEY (event_id, kind);
    CREATE INDEX ${table}_at_idx ON ${table} (at);
  `;
}
