import type { Decision, HideReason } from '@civic/ideas';
import { createTableSql, integer, jsonb, numeric, readModelEntity, type ReadRow, type StoredRow, text, timestamptz, uuid } from '../runner/columns';
import { IDEA_ROW_COLUMNS } from '../runner/idea-row-projection';
import type { PublicStatus, TimelineStep } from './public-status.vocabulary';

/** The projection's name, and the logical table (a view on the active generation) that the API reads. */
export const PUBLIC_STATUS = 'public_status';

/** A department as the public sees it: its code, and its name today (joined when read, so a renamed department shows its new name everywhere). */
export interface PublicDepartment {
  code: string;
  name: string;
}

/** One public step; `text` is already screened by maskPersonalData. A routing names the department by code only: its name is reference data, joined when read. */
export interface PublicTimelineEntry {
  step: TimelineStep;
  at: string;
  department?: { code: string };
  decision?: Decision;
  text?: string;
  percentComplete?: number | null;
}

/**
 * One row of public_status: only what anyone may read. No contact, no staff
 * names, no diagnosis, no questions or replies, no withdrawal reason; free
 * text is masked before it is stored, so the table itself holds no personal data.
 */
export const publicStatusColumns = {
  ...IDEA_ROW_COLUMNS,
  public_code: text(),
  title: text(),
  description: text(),
  category: text(),
  district: text(),
  language: text().nullable(),
  status: text<PublicStatus>(),
  /** The department's name is not stored: it is reference data, joined when read, so the row stays a function of the events. */
  department_code: text().nullable(),
  decision: text<Decision>().nullable(),
  public_answer: text().nullable(),
  implementation_percent: integer().nullable(),
  /** The idea this one was merged into; its public code is looked up when read. */
  duplicate_of: uuid().nullable(),
  timeline: jsonb<PublicTimelineEntry[]>(),
  /** Where it is (WGS84), when the submission gave a point; the typed address is sealed and not here. */
  lat: numeric().nullable(),
  lon: numeric().nullable(),
  /** The answer date the citizen was promised, from the first routing. */
  respond_by: timestamptz().nullable(),
  received_at: timestamptz(),
  routed_at: timestamptz().nullable(),
  answered_at: timestamptz().nullable(),
  implemented_at: timestamptz().nullable(),
  closed_at: timestamptz().nullable(),
  /** The time of the last public change. */
  updated_at: timestamptz(),
  /** Set while staff keep the public text hidden (PublicTextHidden): title and description are then empty, so no reader or search can show them. */
  hidden_reason: text<HideReason>().nullable(),
  /** The masked title and description while hidden, to put back on PublicTextRestored; never selected by a public query. */
  hidden_text: jsonb<HiddenText>().nullable(),
};

/** The text set aside while hidden. */
export interface HiddenText {
  title: string;
  description: string;
}

/** A row as the fold writes it: plain JSON, timestamps as ISO strings. */
export type PublicStatusRow = StoredRow<typeof publicStatusColumns>;

/** The public status as queries read it (through the view): timestamps as Dates. The entity and its row type share the name, as a class would. */
export const PublicStatusEntity = readModelEntity(PUBLIC_STATUS, publicStatusColumns);
export type PublicStatusEntity = ReadRow<typeof publicStatusColumns>;

/**
 * One generation of public_status; index names carry the physical name so generations coexist. Its text is
 * searched through similar_ideas' search document (the same masked text, stemmed once, on that table's GIN index).
 */
export function publicStatusTable(table: string): string {
  const index = (suffix: string) => `${table.replace(/\W/g, '_')}_${suffix}`;
  return `
    ${createTableSql(table, publicStatusColumns)}
    CREATE UNIQUE INDEX ${index('public_code')} ON ${table} (public_code);
    CREATE INDEX ${index('received')} ON ${table} (received_at DESC, idea_id DESC);
    CREATE INDEX ${index('status_received')} ON ${table} (status, received_at DESC, idea_id DESC);
    CREATE INDEX ${index('district_received')} ON ${table} (district, received_at DESC, idea_id DESC);
    CREATE INDEX ${index('category_received')} ON ${table} (category, received_at DESC, idea_id DESC);
    CREATE INDEX ${index('department_received')} ON ${table} (department_code, received_at DESC, idea_id DESC);
  `;
}
