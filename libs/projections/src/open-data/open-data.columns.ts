import { DECISION_TEXT, type PublicStatus, STATUS_TEXT } from '../public-status/public-status.vocabulary';

/** One idea in the open data: what its public page shows, and nothing more. */
export interface OpenDataIdea {
  public_code: string;
  title: string;
  description: string;
  status: PublicStatus;
  status_text: string;
  decision: string | null;
  decision_text: string | null;
  public_answer: string | null;
  implementation_percent: number | null;
  department_code: string | null;
  department_name: string | null;
  district_code: string;
  district_name: string | null;
  category_code: string;
  category_name: string | null;
  lat: number | null;
  lon: number | null;
  duplicate_of: string | null;
  received_at: string;
  routed_at: string | null;
  respond_by: string | null;
  answered_at: string | null;
  implemented_at: string | null;
  closed_at: string | null;
  updated_at: string;
}

/** Every column, in order, with what it means: the CSV's header, the JSON's keys, and the README's table. */
export const OPEN_DATA_COLUMNS: readonly (readonly [keyof OpenDataIdea, string])[] = [
  ['public_code', 'The idea’s public code (as on its public page, /public/ideas/<code>)'],
  ['title', 'The title, with e-mail addresses, phone and CPR numbers and the submitter’s name masked'],
  ['description', 'The description, masked the same way'],
  ['status', 'received, routed (being handled), diagnosed (under assessment), answered, in_implementation, implemented, withdrawn or duplicate'],
  ['status_text', 'The status in plain Danish'],
  ['decision', 'Once answered: accepted, declined, already-planned or referred-to-council'],
  ['decision_text', 'The decision in plain Danish'],
  ['public_answer', 'The department’s public answer (masked)'],
  ['implementation_percent', 'How far the implementation has come, 0–100'],
  ['department_code', 'The responsible department’s code; empty until routed'],
  ['department_name', 'The responsible department’s name'],
  ['district_code', 'The district’s code'],
  ['district_name', 'The district’s name'],
  ['category_code', 'The category’s code'],
  ['category_name', 'The category’s name'],
  ['lat', 'Latitude (WGS84) to three decimals (about 100 m), when the idea was sent with a point'],
  ['lon', 'Longitude (WGS84) to three decimals'],
  ['duplicate_of', 'For a duplicate: the public code of the idea it was merged into'],
  ['received_at', 'When it was received (ISO 8601, UTC)'],
  ['routed_at', 'When it was last sent to a department'],
  ['respond_by', 'The answer date the citizen was promised'],
  ['answered_at', 'When it was answered'],
  ['implemented_at', 'When its implementation was completed'],
  ['closed_at', 'When it was withdrawn or merged'],
  ['updated_at', 'The last public change'],
];

export const statusText = (status: PublicStatus) => STATUS_TEXT[status]?.da ?? status;
export const decisionText = (decision: string | null) => (decision ? (DECISION_TEXT[decision as keyof typeof DECISION_TEXT]?.da ?? decision) : null);
