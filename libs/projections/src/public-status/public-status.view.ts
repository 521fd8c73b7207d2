import type { Decision, HideReason } from '@civic/ideas';
import type { PublicDepartment, PublicStatusEntity, PublicTimelineEntry } from './public-status.table';
import { DECISION_TEXT, hiddenTextNotice, type PlainText, type PublicStatus, STATUS_TEXT, STEP_TEXT, type TimelineStep } from './public-status.vocabulary';

export interface PublicTimelineItem {
  step: TimelineStep;
  at: string;
  /** The step in plain words, in Danish and English. */
  label: PlainText;
  department?: PublicDepartment;
  decision?: Decision;
  /** Public text (answer, implementation note), screened for personal data. */
  text?: string;
  percentComplete?: number | null;
}

/** Shared by the list and the page of one idea. */
export interface PublicIdeaSummary {
  publicCode: string;
  title: string;
  category: string;
  district: string;
  status: PublicStatus;
  statusText: PlainText;
  department: PublicDepartment | null;
  decision: Decision | null;
  /** The public code of the idea this one was merged into. */
  duplicateOf: string | null;
  /** Where it is, to about 100 m (WGS84), when the submission gave a point; never the address typed. */
  position: { lat: number; lon: number } | null;
  receivedAt: string;
  updatedAt: string;
  /** Set while the municipality keeps the title and description hidden (they broke the rules): they then read as `text.da`. */
  hiddenText: PublicHiddenText | null;
}

export interface PublicHiddenText {
  reason: HideReason;
  /** "This text was hidden by the municipality because …", in Danish and English. */
  text: PlainText;
}

export interface PublicIdeaListItem extends PublicIdeaSummary {
  /** The start of the description. */
  excerpt: string;
}

export interface PublicIdea extends PublicIdeaSummary {
  description: string;
  language: string | null;
  decisionText: PlainText | null;
  publicAnswer: string | null;
  implementationPercent: number | null;
  routedAt: string | null;
  answeredAt: string | null;
  implementedAt: string | null;
  closedAt: string | null;
  timeline: PublicTimelineItem[];
}

const EXCERPT_LENGTH = 280;

/** Department names by code, joined in by the query; a department no longer there shows its code. */
export type DepartmentNames = ReadonlyMap<string, string>;

const department = (code: string, names: DepartmentNames): PublicDepartment => ({ code, name: names.get(code) ?? code });

/** `duplicateOf`: the public code of the idea a duplicate was merged into, joined in by the query. */
export function toPublicIdeaSummary(row: PublicStatusEntity, duplicateOf: string | null, departmentNames: DepartmentNames): PublicIdeaSummary {
  const hiddenText = hiddenTextOf(row);
  return {
    publicCode: row.public_code,
    title: hiddenText?.text.da ?? row.title,
    category: row.category,
    district: row.district,
    status: row.status,
    statusText: STATUS_TEXT[row.status] ?? { da: row.status, en: row.status },
    department: row.department_code ? department(row.department_code, departmentNames) : null,
    decision: row.decision,
    duplicateOf,
    position: row.lat !== null && row.lon !== null ? { lat: Number(row.lat), lon: Number(row.lon) } : null,
    receivedAt: row.received_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    hiddenText,
  };
}

/** The row's title and description are empty while hidden; this says why instead. */
function hiddenTextOf(row: Pick<PublicStatusEntity, 'hidden_reason'>): PublicHiddenText | null {
  return row.hidden_reason ? { reason: row.hidden_reason, text: hiddenTextNotice(row.hidden_reason) } : null;
}

export function toPublicIdeaListItem(row: PublicStatusEntity, duplicateOf: string | null, departmentNames: DepartmentNames): PublicIdeaListItem {
  const summary = toPublicIdeaSummary(row, duplicateOf, departmentNames);
  return { ...summary, excerpt: summary.hiddenText?.text.da ?? excerptOf(row.description) };
}

export function toPublicIdea(row: PublicStatusEntity, duplicateOf: string | null, departmentNames: DepartmentNames): PublicIdea {
  const summary = toPublicIdeaSummary(row, duplicateOf, departmentNames);
  return {
    ...summary,
    description: summary.hiddenText?.text.da ?? row.description,
    language: row.language,
    decisionText: row.decision ? (DECISION_TEXT[row.decision] ?? null) : null,
    publicAnswer: row.public_answer,
    implementationPercent: row.implementation_percent,
    routedAt: row.routed_at?.toISOString() ?? null,
    answeredAt: row.answered_at?.toISOString() ?? null,
    implementedAt: row.implemented_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    timeline: row.timeline.map((entry) => toTimelineItem(entry, departmentNames)),
  };
}

function toTimelineItem({ department: routedTo, ...entry }: PublicTimelineEntry, departmentNames: DepartmentNames): PublicTimelineItem {
  const base = STEP_TEXT[entry.step] ?? { da: entry.step, en: entry.step };
  const named = routedTo ? department(routedTo.code, departmentNames) : undefined;
  // "Sendt til Teknik- og Miljøforvaltningen": the routing step names where it went.
  const label = entry.step === 'routed' && named ? { da: `${base.da} ${named.name}`, en: `${base.en} ${named.name}` } : base;
  return { ...entry, ...(named && { department: named }), label };
}

/** At most EXCERPT_LENGTH characters, cut at a word, so a list stays light. */
function excerptOf(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
