import type { Decision } from '@civic/ideas';
import type { PublicStatusEntity } from './public-status.entity';
import type { PublicDepartment, PublicTimelineEntry } from './public-status.row';
import { DECISION_TEXT, type PlainText, type PublicStatus, STATUS_TEXT, STEP_TEXT, type TimelineStep } from './public-status.vocabulary';

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
  receivedAt: string;
  updatedAt: string;
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

/** `duplicateOf`: the public code of the idea a duplicate was merged into, joined in by the query. */
export function toPublicIdeaSummary(row: PublicStatusEntity, duplicateOf: string | null): PublicIdeaSummary {
  return {
    publicCode: row.publicCode,
    title: row.title,
    category: row.category,
    district: row.district,
    status: row.status as PublicStatus,
    statusText: STATUS_TEXT[row.status as PublicStatus] ?? { da: row.status, en: row.status },
    department: row.departmentCode ? { code: row.departmentCode, name: row.departmentName ?? row.departmentCode } : null,
    decision: row.decision as Decision | null,
    duplicateOf,
    receivedAt: row.receivedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toPublicIdeaListItem(row: PublicStatusEntity, duplicateOf: string | null): PublicIdeaListItem {
  return { ...toPublicIdeaSummary(row, duplicateOf), excerpt: excerptOf(row.description) };
}

export function toPublicIdea(row: PublicStatusEntity, duplicateOf: string | null): PublicIdea {
  return {
    ...toPublicIdeaSummary(row, duplicateOf),
    description: row.description,
    language: row.language,
    decisionText: row.decision ? (DECISION_TEXT[row.decision as Decision] ?? null) : null,
    publicAnswer: row.publicAnswer,
    implementationPercent: row.implementationPercent,
    routedAt: row.routedAt?.toISOString() ?? null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    implementedAt: row.implementedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    timeline: row.timeline.map(toTimelineItem),
  };
}

function toTimelineItem(entry: PublicTimelineEntry): PublicTimelineItem {
  const base = STEP_TEXT[entry.step] ?? { da: entry.step, en: entry.step };
  // "Sendt til Teknik- og Miljøforvaltningen": the routing step names where it went.
  const label = entry.step === 'routed' && entry.department ? { da: `${base.da} ${entry.department.name}`, en: `${base.en} ${entry.department.name}` } : base;
  return { ...entry, label };
}

/** At most EXCERPT_LENGTH characters, cut at a word, so a list stays light. */
function excerptOf(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
