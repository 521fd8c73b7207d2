import { withoutTrackingToken } from './tracking-token-redaction';

describe('withoutTrackingToken', () => {
  it.each([
    ['/track/abc123/replies', '/track/{token}/replies'],
    ['/initiator/abc123/revision', '/initiator/{token}/revision'],
    ['/initiatives/5c854642-cd0f-4461-97d0-a84b579f29c0/confirm/aa.0.bb?lang=da', '/initiatives/5c854642-cd0f-4461-97d0-a84b579f29c0/confirm/{token}?lang=da'],
    ['/initiatives/identity/callback?code=secret&state=s', '/initiatives/identity/callback?{code}'],
    ['/initiatives/I-2026-000001', '/initiatives/I-2026-000001'],
  ])('%s is logged as %s', (url, logged) => {
    expect(withoutTrackingToken(url)).toBe(logged);
  });
});
