import type { Browser, Page } from 'playwright-core';
import { launchBrowser, listen } from './support/browser';
import { startOidcProvider, TEST_CLIENT, type TestOidcProvider } from './support/oidc-provider';
import { cookiesOf } from './support/staff-session';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Staff sign in to /staff through a real OpenID Provider (node-oidc-provider,
 * in this process): real redirects, the code exchanged with PKCE, a wrong
 * state, a session that ends when idle, an account without a role, and
 * signing out here and at the provider.
 */
describe('Staff sign-in with OpenID Connect', () => {
  let provider: TestOidcProvider;
  let t: TestApp;
  let appUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    provider = await startOidcProvider({
      hanna: { roles: ['handler'], departments: ['TMF'], email: 'hanna@kk.example' },
      nobody: { roles: [], departments: ['TMF'] },
    });
    t = await startTestApp('staff-oidc', {
      auth: {
        keys: { jwksUrl: `${provider.issuer}/jwks` },
        issuer: provider.issuer,
        audience: 'civic-ideas',
        rolesClaim: 'roles',
        departmentsClaim: 'departments',
      },
      staffSignIn: {
        oidc: {
          issuer: provider.issuer,
          clientId: TEST_CLIENT.id,
          clientSecret: TEST_CLIENT.secret,
          scopes: 'openid profile email',
          redirectUrl: null,
          postLogoutRedirectUrl: null,
          allowHttp: true,
        },
        idleMinutes: 30,
        production: false,
      },
    });
    appUrl = await listen(t);
    provider.register(appUrl);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await provider?.close();
  });

  /** The provider's development login and consent pages, as a person fills them in. */
  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.fill('input[name="login"]', login);
    await page.fill('input[name="password"]', 'any password');
    await page.click('button[type="submit"]');
    if (page.url().startsWith(provider.issuer)) await page.click('button[type="submit"]'); // consent
  }

  it('a handler opens the inbox, is sent to the provider, signs in there and comes back to the inbox with a session', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/staff/inbox?queue=TMF`);
    await signInAtProvider(page, 'hanna');
    await page.waitForURL(`${appUrl}/staff/inbox?queue=TMF`);
    expect(await page.locator('h1').textContent()).toMatch(/Indbakke|Inbox/);
    expect(await page.locator('header').textContent()).toContain('hanna');

    const session = (await context.cookies(appUrl)).find((cookie) => cookie.name === 'staff_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(session.expires).toBe(-1); // a browser-session cookie: the server ends it when idle
    const { rows } = await t.db.query('SELECT subject, roles, departments, email, id_token IS NOT NULL AS has_id_token FROM staff_sessions');
    expect(rows).toEqual([{ subject: 'hanna', roles: ['handler'], departments: ['TMF'], email: 'hanna@kk.example', has_id_token: true }]);
    // The code, the verifier and the provider's pages never left a trace in the session cookie: 32 random bytes.
    expect(session.value).toMatch(/^[\w-]{43}$/);

    // Signing out ends the session here and at the provider (RP-initiated logout), then says so.
    await page.click('header button[type="submit"]');
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.click('button[autofocus], button[value="yes"]');
    await page.waitForURL(`${appUrl}/staff/signed-out`);
    expect((await t.db.query('SELECT count(*)::int AS n FROM staff_sessions')).rows[0].n).toBe(0);
    await t.http.get('/staff/inbox').set('Cookie', `staff_session=${session.value}`).expect(303).expect('Location', '/staff/sign-in?next=%2Fstaff%2Finbox');
    await context.close();
  });

  it('a session unused for longer than the idle time has ended: the next page asks to sign in again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/staff/inbox`);
    await signInAtProvider(page, 'hanna');
    await page.waitForURL(`${appUrl}/staff/inbox`);
    const cookie = (await context.cookies(appUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
    t.clock.advance(29 * 60_000);
    await t.http.get('/staff/inbox').set('Cookie', cookie).expect(200); // in use: kept alive
    t.clock.advance(31 * 60_000);
    const expired = await t.http.get('/staff/inbox?queue=TMF').set('Cookie', cookie).expect(303);
    expect(expired.headers.location).toBe('/staff/sign-in?next=%2Fstaff%2Finbox%3Fqueue%3DTMF');
    expect(String(expired.headers['set-cookie'])).toMatch(/staff_session=;/);
    await context.close();
  });

  it('an account without any role at Civic Ideas gets no session', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const before = (await t.db.query('SELECT count(*)::int AS n FROM staff_sessions')).rows[0].n;
    await page.goto(`${appUrl}/staff/inbox`);
    await signInAtProvider(page, 'nobody');
    await page.waitForURL(`${appUrl}/staff/callback**`);
    expect(await page.locator('h1').textContent()).toMatch(/lykkedes ikke|did not succeed/);
    expect((await context.cookies(appUrl)).some((cookie) => cookie.name === 'staff_session')).toBe(false);
    expect((await t.db.query('SELECT count(*)::int AS n FROM staff_sessions')).rows[0].n).toBe(before);
    await context.close();
  });

  it('a callback whose state is not the one sent is refused, and so is one with no sign-in under way', async () => {
    const start = await t.http.get('/staff/sign-in?next=/staff/inbox').expect(303);
    const authorization = new URL(start.headers.location);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.searchParams.get('client_id')).toBe(TEST_CLIENT.id);
    const pending = cookiesOf(start.headers['set-cookie'] as unknown as string[]);
    expect(pending).toMatch(/staff_sign_in=/);

    const wrongState = await t.http.get('/staff/callback?code=some-code&state=not-the-state-we-sent').set('Cookie', pending).expect(400);
    expect(wrongState.text).not.toMatch(/staff_session/);
    expect(String(wrongState.headers['set-cookie'])).not.toMatch(/staff_session=[^;]/);

    await t.http.get(`/staff/callback?code=some-code&state=${authorization.searchParams.get('state')}`).expect(400); // no cookie: no sign-in under way
  });

  it('the provider sends an error back (the person cancelled): a page that says so, no session', async () => {
    const start = await t.http.get('/staff/sign-in').expect(303);
    const state = new URL(start.headers.location).searchParams.get('state');
    const cookie = cookiesOf(start.headers['set-cookie'] as unknown as string[]);
    const refused = await t.http.get(`/staff/callback?error=access_denied&state=${state}`).set('Cookie', cookie).expect(400);
    expect(String(refused.headers['set-cookie'])).not.toMatch(/staff_session=[^;]/);
  });
});
