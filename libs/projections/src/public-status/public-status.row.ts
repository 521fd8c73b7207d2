import type { Decision } from '@civic/ideas';
import type { IdeaRow } from '../runner/idea-row-projection';
import type { PublicStatus, TimelineStep } from './public-status.vocabulary';

/** A department as the public sees it: its code and its name when the idea was routed there. */
export interface PublicDepartment {
  code: string;
  name: string;
}

/** One public step; `text` is already screened by maskPersonalData. */
export interface PublicTimelineEntry {
  step: TimelineStep;
  at: string;
  department?: PublicDepartment;
  decision?: Decision;
  text?: string;
  percentComplete?: number | null;
}

/**
 * One row of public_status: only what anyone may read. No contact, no staff
 * names, no diagnosis, no questions or replies, no withdrawal reason; free
 * text is masked before it is stored, so the table itself holds no personal data.
 */
export interface PublicStatusRow extends IdeaRow {
  public_code: string;
  title: string;
  description: string;
  category: string;
  district: string;
  language: string | null;
  status: PublicStatus;
  department_code: string | null;
  department_name: string | null;
  decision: Decision | null;
  public_answer: string | null;
  implementation_percent: number | null;
  /** The idea this one was merged into; its public code is looked up when read. */
  duplicate_of: string | null;
  timeline: PublicTimelineEntry[];
  received_at: string;
  routed_at: string | null;
  answered_at: string | null;
  implemented_at: string | null;
  closed_at: string | null;
  /** The time of the last public change. */
  updated_at: string;
}
