import { isCursorTimestamp } from '../cursor-timestamp';

/** What an inbox page can be sorted by; the names are the items' fields. */
export const INBOX_SORTS = ['dueAt', 'receivedAt', 'lastActivityAt'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export const INBOX_SORT_ORDERS = ['asc', 'desc'] as const;
export type InboxSortOrder = (typeof INBOX_SORT_ORDERS)[number];

/** Soonest deadline first, oldest first, most recently active first. */
export const INBOX_DEFAULT_ORDER: Readonly<Record<InboxSort, InboxSortOrder>> = { dueAt: 'asc', receivedAt: 'asc', lastActivityAt: 'desc' };

/** Where the previous page ended: its last row's sort key and id. */
export interface InboxCursor {
  readonly sort: InboxSort;
  readonly order: InboxSortOrder;
  /** An ISO timestamp, or 'infinity' for an idea without a deadline. */
  readonly key: string;
  readonly id: string;
}

export class InvalidInboxCursorError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidInboxCursorError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_CURSOR_LENGTH = 400;

/** Opaque to clients (base64url JSON), so its shape can change without breaking them. */
export function encodeInboxCursor(cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, o: cursor.order, k: cursor.key, i: cursor.id })).toString('base64url');
}

/** Refuses anything this code did not write, and a cursor from a differently sorted listing. */
export function decodeInboxCursor(text: string, sort: InboxSort, order: InboxSortOrder): InboxCursor {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) throw new InvalidInboxCursorError('is not a cursor from this API');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidInboxCursorError('is not a cursor from this API');
  }
  const { s, o, k, i } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof k !== 'string' || typeof i !== 'string' || !UUID.test(i)) throw new InvalidInboxCursorError('is not a cursor from this API');
  if (s !== sort || o !== order) throw new InvalidInboxCursorError(`belongs to a listing sorted by ${String(s)} ${String(o)}, not ${sort} ${order}`);
  const validKey = (k === 'infinity' && sort === 'dueAt') || isCursorTimestamp(k);
  if (!validKey) throw new InvalidInboxCursorError('is not a cursor from this API');
  return { sort, order, key: k, id: i };
}
