import { messageIdFor } from './message-id';

describe('messageIdFor', () => {
  it('keeps a job id as it is', () => {
    expect(messageIdFor('citizen-notification.6f1c0a56-94f5-4c57-9f54-1f0f3f3c8a11')).toBe(
      '<citizen-notification.6f1c0a56-94f5-4c57-9f54-1f0f3f3c8a11@civic-ideas>',
    );
  });

  it('escapes what a Message-ID may not hold, so different keys never share an id', () => {
    const ids = ['a:b', 'a;b', 'a b', 'a=3Ab', 'a..b', '.a', 'a.', 'æ<>@'].map(messageIdFor);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@civic-ideas>$/);
  });

  it('refuses an empty key', () => {
    expect(() => messageIdFor('')).toThrow();
  });
});
