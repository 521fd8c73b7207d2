import { createTableSql, integer, text, timestamptz, uuid } from '../runner/columns';

export const SATISFACTION = 'satisfaction';

/** One row per idea whose citizen was asked: by whom (the department), when, and the mark given. Never the comment. */
export const satisfactionColumns = {
  idea_id: uuid().primaryKey(),
  last_revision: integer(),
  department: text().nullable(),
  subject: text<'answered' | 'implemented'>(),
  asked_at: timestamptz(),
  rated_at: timestamptz().nullable(),
  rating: integer().nullable(),
};

export function satisfactionTable(table: string): string {
  return `
    ${createTableSql(table, satisfactionColumns)}
    CREATE INDEX ${table}_rated_at_idx ON ${table} (rated_at) WHERE rated_at IS NOT NULL;
    CREATE INDEX ${table}_asked_at_idx ON ${table} (asked_at);
  `;
}
