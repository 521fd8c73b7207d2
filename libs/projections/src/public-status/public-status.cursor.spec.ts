import { decodePublicListCursor, encodePublicListCursor, InvalidPublicListCursorError } from './public-status.cursor';

describe('the public list cursor', () => {
  const cursor = { receivedAt: '2026-11-24T09:00:00.000Z', ideaId: '0b6f7c1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b' };

  it('reads back what it wrote, and is URL-safe', () => {
    const text = encodePublicListCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePublicListCursor(text)).toEqual(cursor);
  });

  it.each([
    ['not base64url', 'abc+/=='],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['JSON null', Buffer.from('null').toString('base64url')],
    ['missing id', Buffer.from(JSON.stringify({ r: cursor.receivedAt })).toString('base64url')],
    ['an id that is no uuid', Buffer.from(JSON.stringify({ r: cursor.receivedAt, i: "x' OR 1=1" })).toString('base64url')],
    ['a time that is no timestamp', Buffer.from(JSON.stringify({ r: 'yesterday', i: cursor.ideaId })).toString('base64url')],
    ['an impossible date', Buffer.from(JSON.stringify({ r: '2026-13-45T99:00:00Z', i: cursor.ideaId })).toString('base64url')],
    [
      '31 February (Date.parse rolls it into March; PostgreSQL refuses it)',
      Buffer.from(JSON.stringify({ r: '2026-02-31T00:00:00Z', i: cursor.ideaId })).toString('base64url'),
    ],
    ['year 0 (PostgreSQL refuses it)', Buffer.from(JSON.stringify({ r: '0000-01-01T00:00:00Z', i: cursor.ideaId })).toString('base64url')],
    ['24:00', Buffer.from(JSON.stringify({ r: '2026-01-01T24:00:00Z', i: cursor.ideaId })).toString('base64url')],
    ['far too long', 'a'.repeat(500)],
  ])('refuses %s', (_, text) => {
    expect(() => decodePublicListCursor(text)).toThrow(InvalidPublicListCursorError);
  });
});
