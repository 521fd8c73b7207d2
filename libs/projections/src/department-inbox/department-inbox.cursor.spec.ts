import { decodeInboxCursor, encodeInboxCursor, InvalidInboxCursorError } from './department-inbox.cursor';

const ID = '0b6f1f5e-8d7a-4f4e-9a53-2a7f0c1d9e11';

describe('inbox cursor', () => {
  it('round-trips a sort key and id through an opaque base64url string', () => {
    const cursor = { sort: 'receivedAt', order: 'asc', key: '2026-11-24T09:00:00.000Z', id: ID } as const;
    const text = encodeInboxCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeInboxCursor(text, 'receivedAt', 'asc')).toEqual(cursor);
  });

  it("accepts 'infinity' as the due key of an idea without a deadline, and only for the due sort", () => {
    const text = encodeInboxCursor({ sort: 'dueAt', order: 'asc', key: 'infinity', id: ID });
    expect(decodeInboxCursor(text, 'dueAt', 'asc').key).toBe('infinity');
    const wrong = encodeInboxCursor({ sort: 'receivedAt', order: 'asc', key: 'infinity', id: ID });
    expect(() => decodeInboxCursor(wrong, 'receivedAt', 'asc')).toThrow(InvalidInboxCursorError);
  });

  it('refuses a cursor from a listing sorted another way', () => {
    const text = encodeInboxCursor({ sort: 'dueAt', order: 'asc', key: 'infinity', id: ID });
    expect(() => decodeInboxCursor(text, 'dueAt', 'desc')).toThrow(/sorted by dueAt asc/);
    expect(() => decodeInboxCursor(text, 'lastActivityAt', 'asc')).toThrow(InvalidInboxCursorError);
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('{nope').toString('base64url')],
    ['JSON null', Buffer.from('null').toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify({ s: 'dueAt', o: 'asc', k: 'infinity', i: "1' OR 1=1" })).toString('base64url')],
    ['a bad key', Buffer.from(JSON.stringify({ s: 'dueAt', o: 'asc', k: 'yesterday', i: ID })).toString('base64url')],
    ['an impossible date', Buffer.from(JSON.stringify({ s: 'dueAt', o: 'asc', k: '2026-13-45T99:00:00Z', i: ID })).toString('base64url')],
    [
      '31 February (Date.parse rolls it into March; PostgreSQL refuses it)',
      Buffer.from(JSON.stringify({ s: 'dueAt', o: 'asc', k: '2026-02-31T00:00:00Z', i: ID })).toString('base64url'),
    ],
    ['year 0 (PostgreSQL refuses it)', Buffer.from(JSON.stringify({ s: 'dueAt', o: 'asc', k: '0000-01-01T00:00:00.000Z', i: ID })).toString('base64url')],
    ['far too long', 'A'.repeat(1000)],
  ])('refuses %s', (_, text) => {
    expect(() => decodeInboxCursor(text, 'dueAt', 'asc')).toThrow(InvalidInboxCursorError);
  });
});
