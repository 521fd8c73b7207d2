import { isCursorTimestamp } from '../cursor-timestamp';

/** Where the previous page of the public list ended: its last idea's received_at and idea_id. */
export interface PublicListCursor {
  readonly receivedAt: string;
  readonly ideaId: string;
}

export class InvalidPublicListCursorError extends Error {
  constructor() {
    super('is not a cursor from this API');
    this.name = 'InvalidPublicListCursorError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_CURSOR_LENGTH = 200;

/** Opaque to clients (base64url JSON), so its shape can change without breaking them. */
export function encodePublicListCursor(cursor: PublicListCursor): string {
  return Buffer.from(JSON.stringify({ r: cursor.receivedAt, i: cursor.ideaId })).toString('base64url');
}

/** Refuses anything this code did not write. */
export function decodePublicListCursor(text: string): PublicListCursor {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) throw new InvalidPublicListCursorError();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidPublicListCursorError();
  }
  const { r, i } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof r !== 'string' || !isCursorTimestamp(r) || typeof i !== 'string' || !UUID.test(i)) {
    throw new InvalidPublicListCursorError();
  }
  return { receivedAt: r, ideaId: i };
}
