import { randomUUID } from 'node:crypto';
import { TrackingTokens } from './tracking-tokens';

describe('TrackingTokens', () => {
  const tokens = new TrackingTokens('a-secret-for-tests');

  it('names its idea, matches its own hash and is stable for the same idea', () => {
    const ideaId = randomUUID();
    const token = tokens.issue(ideaId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{54}$/);
    expect(TrackingTokens.ideaIdOf(token)).toBe(ideaId);
    expect(TrackingTokens.matches(token, TrackingTokens.hash(token))).toBe(true);
    expect(tokens.issue(ideaId)).toBe(token);
  });

  it('differs per idea and per secret, and refuses a forged one', () => {
    const ideaId = randomUUID();
    const token = tokens.issue(ideaId);
    expect(tokens.issue(randomUUID())).not.toBe(token);
    const forged = new TrackingTokens('another-secret').issue(ideaId);
    expect(forged).not.toBe(token);
    expect(TrackingTokens.matches(forged, TrackingTokens.hash(token))).toBe(false);
  });

  it('rejects what cannot be a token', () => {
    expect(TrackingTokens.ideaIdOf('short')).toBeNull();
    expect(TrackingTokens.ideaIdOf('x'.repeat(53) + '!')).toBeNull();
    expect(TrackingTokens.matches('anything', 'not-hex')).toBe(false);
  });
});
