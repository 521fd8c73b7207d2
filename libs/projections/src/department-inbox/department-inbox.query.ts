import type { IdeaStatus } from '@civic/ideas';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { encodeInboxCursor, type InboxCursor, type InboxSort, type InboxSortOrder } from './department-inbox.cursor';
import type { DepartmentInboxEntity } from './department-inbox.table';

/** The statuses an open inbox row can have: what the status filter accepts. */
export const INBOX_STATUSES = ['received', 'routed', 'assigned', 'diagnosed', 'answered', 'in_implementation'] as const satisfies readonly IdeaStatus[];
export type InboxStatus = (typeof INBOX_STATUSES)[number];

export const INBOX_PAGE_DEFAULT = 25;
export const INBOX_PAGE_MAX = 100;

export interface InboxFilters {
  readonly status?: readonly InboxStatus[];
  readonly assignee?: string;
  /** true: nobody assigned; false: somebody is. */
  readonly unassigned?: boolean;
  /** true: past the deadline and not answered; false: everything else. */
  readonly overdue?: boolean;
  readonly category?: string;
  readonly district?: string;
  /** Case-insensitive substring of the title. */
  readonly text?: string;
  /** true: a question to the citizen is unanswered; false: none is. */
  readonly questionOpen?: boolean;
  /** true: the citizen has replied and nobody has acted since; false: not so. */
  readonly citizenReplied?: boolean;
}

export interface InboxPageRequest {
  /** null: the triage inbox (ideas no rule routed). */
  readonly department: string | null;
  readonly filters: InboxFilters;
  readonly sort: InboxSort;
  readonly order: InboxSortOrder;
  readonly limit: number;
  readonly after: InboxCursor | null;
  /** The app's clock: what "overdue" is measured against. */
  readonly now: Date;
}

export interface InboxItem {
  id: string;
  publicCode: string;
  title: string;
  status: string;
  category: string;
  district: string;
  assignee: string | null;
  receivedAt: string;
  routedAt: string | null;
  dueAt: string | null;
  /** Past dueAt now and not answered, by the clock the query is given. */
  overdue: boolean;
  /** When the miss of dueAt was recorded; unlike overdue, it stays once the idea is answered late. */
  deadlineMissedAt: string | null;
  lastActivityAt: string;
  /** The idea's revision when the row was last written: what a change is sent with (If-Match). */
  revision: number;
  questionOpen: boolean;
  citizenReplied: boolean;
}

export interface InboxPage {
  items: InboxItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The SQL of each sort key: the same expressions the table's indexes are built on. */
const SORT_KEY: Readonly<Record<InboxSort, string>> = {
  dueAt: "coalesce(i.due_at, 'infinity'::timestamptz)",
  receivedAt: 'i.received_at',
  lastActivityAt: 'i.last_activity_at',
};

/**
 * One page of an inbox, by keyset: the page after a cursor is an index seek
 * to (sort key, idea_id), so page 1,000 costs what page 1 costs.
 */
export async function queryInbox(inbox: Repository<DepartmentInboxEntity>, request: InboxPageRequest): Promise<InboxPage> {
  const limit = Math.min(Math.max(1, Math.trunc(request.limit)), INBOX_PAGE_MAX);
  // The expression the indexes lead with ('' is the triage inbox), so each inbox is one index range in sort order.
  const query = inbox
    .createQueryBuilder('i')
    .where('i.open')
    .andWhere("coalesce(i.department, '') = :inbox", { inbox: request.department ?? '' });
  applyFilters(query, request.filters, request.now);

  const key = SORT_KEY[request.sort];
  const direction = request.order === 'asc' ? 'ASC' : 'DESC';
  if (request.after) {
    query.andWhere(`(${key}, i.idea_id) ${request.order === 'asc' ? '>' : '<'} (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))`, {
      afterKey: request.after.key,
      afterId: request.after.id,
    });
  }
  const rows = await query
    .orderBy(key, direction)
    .addOrderBy('i.idea_id', direction)
    .limit(limit + 1)
    .getMany();

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeInboxCursor({ sort: request.sort, order: request.order, key: sortKeyOf(last, request.sort), id: last.idea_id }) : null;
  return { items: page.map((row) => toItem(row, request.now)), nextCursor };
}

function applyFilters(query: SelectQueryBuilder<DepartmentInboxEntity>, filters: InboxFilters, now: Date): void {
  if (filters.status?.length) query.andWhere('i.status IN (:...statuses)', { statuses: filters.status });
  if (filters.assignee !== undefined) query.andWhere('i.assignee = :assignee', { assignee: filters.assignee });
  if (filters.unassigned !== undefined) query.andWhere(filters.unassigned ? 'i.assignee IS NULL' : 'i.assignee IS NOT NULL');
  // Written on the due sort key, so "overdue by deadline" is a range of the due index.
  const overdue = `(${SORT_KEY.dueAt} < CAST(:now AS timestamptz) AND i.answered_at IS NULL)`;
  if (filters.overdue !== undefined) query.andWhere(filters.overdue ? overdue : `NOT ${overdue}`, { now: now.toISOString() });
  if (filters.category !== undefined) query.andWhere('i.category = :category', { category: filters.category });
  if (filters.district !== undefined) query.andWhere('i.district = :district', { district: filters.district });
  if (filters.questionOpen !== undefined) query.andWhere('i.question_open = :questionOpen', { questionOpen: filters.questionOpen });
  if (filters.citizenReplied !== undefined) query.andWhere('i.citizen_replied = :citizenReplied', { citizenReplied: filters.citizenReplied });
  if (filters.text) query.andWhere('i.title ILIKE :title', { title: `%${escapeLike(filters.text)}%` });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function sortKeyOf(row: DepartmentInboxEntity, sort: InboxSort): string {
  const value = sort === 'dueAt' ? row.due_at : sort === 'receivedAt' ? row.received_at : row.last_activity_at;
  return value ? value.toISOString() : 'infinity';
}

function toItem(row: DepartmentInboxEntity, now: Date): InboxItem {
  return {
    id: row.idea_id,
    publicCode: row.public_code,
    title: row.title,
    status: row.status,
    category: row.category,
    district: row.district,
    assignee: row.assignee,
    receivedAt: row.received_at.toISOString(),
    routedAt: row.routed_at?.toISOString() ?? null,
    dueAt: row.due_at?.toISOString() ?? null,
    overdue: row.due_at !== null && row.due_at < now && row.answered_at === null,
    deadlineMissedAt: row.deadline_missed_at?.toISOString() ?? null,
    lastActivityAt: row.last_activity_at.toISOString(),
    revision: Number(row.last_revision),
    questionOpen: row.question_open,
    citizenReplied: row.citizen_replied,
  };
}
