import type { Browser, Page, Response as PlaywrightResponse } from 'playwright-core';
import { freePort } from '@civic/platform/testing';
import { ballotsOfRound } from '@civic/projections';
import { eventually } from './support/eventually';
import { signInAsStaff } from './support/staff-session';
import { startTestApp, type TestApp } from './support/test-app';
import { launchBrowser } from './support/browser';
import { startOidcProvider, type TestOidcProvider } from './support/oidc-provider';

const CITIZENS = { id: 'civic-citizens', secret: 'a-client-secret-for-the-tests-only' };
const citizen = (birthdate?: string) => ({ roles: [], departments: [], ...(birthdate ? { birthdate } : {}) });

/**
 * Voting with a verified identity, as initiatives are signed: a real OpenID Connect provider (`oidc-provider`, its
 * development login standing in for MitID or BankID), the authorization code flow (PKCE, state, nonce) in a real
 * browser. The provider's pseudonymous subject keys the ballot: the same person voting again changes their ballot. The
 * round has an age limit of 18, judged on the last day of voting (28 March 2027) by the provider's birthdate where it
 * gives one, by the voter's statement where it does not.
 */
describe('Budget rounds: voting with a verified identity (OpenID Connect)', () => {
  let t: TestApp;
  let provider: TestOidcProvider;
  let browser: Browser;
  let base: string;
  let roundId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const appPort = await freePort();
    base = `http://127.0.0.1:${appPort}`;
    provider = await startOidcProvider(
      {
        // No birthdate from the provider: the voter's statement stands.
        'pseudonym-7f3a': citizen(),
        // 18 on the last day of voting itself.
        'eighteen-on-the-day': citizen('2009-03-28'),
        // 18 the day after voting closes.
        'a-day-too-young': citizen('2009-03-29'),
      },
      // As the standard has it by default: the birthdate at the userinfo endpoint, not in the ID token.
      { claimsInIdToken: false },
    );
    provider.register(base, [{ ...CITIZENS, redirectUris: [`${base}/initiatives/identity/callback`, `${base}/budget-rounds/identity/callback`] }]);
    const issuer = provider.issuer;
    t = await startTestApp('budget_voting_identity', {
      projections: true,
      initiatives: {
        thresholdRule: { kind: 'fixed', signatures: 2 },
        identity: {
          issuer,
          clientId: CITIZENS.id,
          clientSecret: CITIZENS.secret,
          redirectUri: `${base}/initiatives/identity/callback`,
        },
      },
    });
    await t.app.listen(appPort, '127.0.0.1');
    browser = await launchBrowser();
    const staff = await t.staff({ sub: 'mads', roles: ['manager'] });
    const opened = (
      await t.http
        .post('/budget-rounds')
        .set(staff)
        .send({
          title: 'Hele byen 2027',
          amount: 120,
          currency: 'DKK',
          ballot: 'approval',
          maxChoices: 2,
          rule: 'greedy',
          minimumAge: 18,
          schedule: Object.fromEntries(
            ['proposals', 'review', 'voting', 'results', 'implementation'].map((phase, i) => [phase, { from: `2027-0${i + 1}-01`, to: `2027-0${i + 1}-28` }]),
          ),
        })
        .expect(201)
    ).body;
    roundId = opened.roundId;
    let revision: number = opened.revision;
    const step = async (path: string, body: object) => {
      revision = (await t.http.post(`/budget-rounds/${roundId}${path}`).set(staff).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
    };
    for (const title of ['Park', 'Library', 'Playground']) {
      const proposed = (
        await t.http
          .post(`/budget-rounds/${roundId}/proposals`)
          .send({ title, summary: `A ${title.toLowerCase()}.` })
          .expect(201)
      ).body;
      ids[title] = proposed.proposalId;
      revision = proposed.revision;
    }
    await step('/phase', { to: 'review' });
    for (const [title, costEstimate] of [
      ['Park', 60],
      ['Library', 50],
      ['Playground', 30],
    ] as const) {
      await step(`/proposals/${ids[title]}/feasibility`, { feasible: true, costEstimate });
    }
    await step('/phase', { to: 'voting' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await provider?.close();
  });

  /** From the voting page through the provider's login and back; the answer of the app's callback, as the browser got it. */
  async function voteAs(login: string, choices: string[]): Promise<{ page: Page; callback: PlaywrightResponse }> {
    const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    const callback = page.waitForResponse((response) => response.url().startsWith(`${base}/budget-rounds/identity/callback`));
    await signIn(page, login, choices);
    const answer = await callback;
    await page.waitForLoadState();
    return { page, callback: answer };
  }

  /**
   * The same, for a client that asks for JSON: a browser's navigation always asks for HTML, so the callback (reached by the
   * provider's redirect, which Playwright's routes do not see) is paused through the DevTools protocol and sent on with
   * Accept: application/json.
   */
  async function voteAsJsonClient(login: string, choices: string[]): Promise<PlaywrightResponse> {
    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${base}/budget-rounds/identity/callback*` }] });
    cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
      const headers = Object.entries(request.headers)
        .filter(([name]) => name.toLowerCase() !== 'accept')
        .map(([name, value]) => ({ name, value: String(value) }));
      void cdp.send('Fetch.continueRequest', { requestId, headers: [...headers, { name: 'Accept', value: 'application/json' }] });
    });
    const callback = page.waitForResponse((response) => response.url().startsWith(`${base}/budget-rounds/identity/callback`));
    await signIn(page, login, choices);
    const answer = await callback;
    await answer.body();
    return answer;
  }

  async function signIn(page: Page, login: string, choices: string[]): Promise<void> {
    await page.goto(`${base}/budget-rounds/${roundId}/vote?lang=da`);
    for (const title of choices) await page.check(`#choice-${ids[title]}`);
    await page.check('#residence');
    await page.check('#age');
    await Promise.all([page.waitForURL(/\/interaction\//), page.click('button[value=identity]')]);
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', 'anything');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    if (page.url().includes('/interaction/')) await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  }
  const confirmed = async (login: string, choices: string[]) => {
    const { page, callback } = await voteAs(login, choices);
    expect([callback.status(), page.url()]).toEqual([303, `${base}/budget-rounds/${roundId}/vote?confirmed=1`]);
    await page.context().close();
  };
  const ballots = () => ballotsOfRound(t.db, roundId);

  it('counts a verified ballot at once, keyed by the provider’s subject; voting again changes it', async () => {
    await confirmed('pseudonym-7f3a', ['Park', 'Library']);
    await eventually(ballots, (rows) => rows.length === 1);
    await confirmed('pseudonym-7f3a', ['Playground']);
    const [only] = await eventually(ballots, (rows) => rows.length === 1 && rows[0].choices.length === 1);
    // The provider gave no birthdate: the voter's statement is what the ballot's age rests on.
    expect(only).toMatchObject({ channel: 'online', choices: [ids.Playground], ageCheck: 'statement' });
    const { rows } = await t.db.query(`SELECT type FROM events WHERE stream_id LIKE $1 ORDER BY stream_revision`, [`budget-ballot-${roundId}.%`]);
    expect(rows.map((row: { type: string }) => row.type)).toEqual(['BallotRequested', 'BallotCast', 'BallotRequested', 'BallotChanged']);
    // The subject itself is in no event: only its keyed hash names the stream.
    const { rows: clear } = await t.db.query(`SELECT count(*)::int AS n FROM events WHERE data::text LIKE '%pseudonym-7f3a%' OR stream_id LIKE '%pseudonym%'`);
    expect(clear[0].n).toBe(0);
  }, 60_000);

  it('judges the age by the provider’s birthdate on the last day of voting: 18 on that day votes, a day younger is refused', async () => {
    await confirmed('eighteen-on-the-day', ['Library']);
    const verified = await eventually(ballots, (rows) => rows.length === 2);
    expect(verified.map((row) => row.ageCheck).sort()).toEqual(['identity-provider', 'statement']);
    // The staff's round page tells the verified ages from the stated ones.
    const staffCookie = `${await signInAsStaff(t, { subject: 'mads', roles: ['manager'] })}; lang=en`;
    const staffPage = await t.http.get(`/staff/budget-rounds/${roundId}`).set('Cookie', staffCookie).expect(200);
    expect(staffPage.text).toContain(
      '0 on paper, 2 online; of the online ones, 1 with the age verified by the identity provider, 1 with it stated by the voter',
    );

    const { page, callback } = await voteAs('a-day-too-young', ['Park']);
    expect(callback.status()).toBe(422);
    await expect(page.locator('[role=alert]').innerText()).resolves.toContain('ikke fyldt 18 år den 28. marts 2027');
    await page.context().close();
    const asJson = await voteAsJsonClient('a-day-too-young', ['Park']);
    expect([asJson.status(), asJson.headers()['content-type']]).toEqual([422, expect.stringContaining('application/problem+json')]);
    expect(await asJson.json()).toMatchObject({ code: 'voter-too-young', errors: [{ field: 'voter' }] });
    await asJson.frame().page().context().close();
    // Refused before anything was sealed or appended.
    const { rows } = await t.db.query(`SELECT count(DISTINCT stream_id)::int AS n FROM events WHERE stream_id LIKE $1`, [`budget-ballot-${roundId}.%`]);
    expect(rows[0].n).toBe(2);
  }, 60_000);

  it('refuses a callback without the session it started (a forged or replayed return)', async () => {
    expect((await t.http.get('/budget-rounds/identity/callback?code=forged&state=forged')).status).toBe(400);
  });
});
