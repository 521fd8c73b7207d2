import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import Provider from 'oidc-provider';
import { freePort } from '@civic/platform/testing';
import { ballotsOfRound } from '@civic/projections';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp } from './support/test-app';
import { launchBrowser } from './support/browser';

/**
 * Voting with a verified identity, as initiatives are signed: a real OpenID Connect provider (`oidc-provider`, its
 * development login standing in for MitID or BankID), the authorization code flow (PKCE, state, nonce) in a real
 * browser. The provider's pseudonymous subject keys the ballot: the same person voting again changes their ballot.
 */
describe('Budget rounds: voting with a verified identity (OpenID Connect)', () => {
  let t: TestApp;
  let provider: Server;
  let browser: Browser;
  let base: string;
  let roundId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const [appPort, providerPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${appPort}`;
    const issuer = `http://127.0.0.1:${providerPort}`;
    const oidc = new Provider(issuer, {
      clients: [
        {
          client_id: 'civic-citizens',
          client_secret: 'a-client-secret-for-the-tests-only',
          redirect_uris: [`${base}/initiatives/identity/callback`, `${base}/budget-rounds/identity/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], profile: ['name'] },
      findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub, name: `Borger ${sub}` }) }),
      cookies: { keys: ['a-cookie-key-for-the-tests-only'] },
    });
    provider = oidc.listen(providerPort, '127.0.0.1');
    t = await startTestApp('budget_voting_identity', {
      projections: true,
      initiatives: {
        thresholdRule: { kind: 'fixed', signatures: 2 },
        identity: {
          issuer,
          clientId: 'civic-citizens',
          clientSecret: 'a-client-secret-for-the-tests-only',
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
    await new Promise((resolve) => provider?.close(resolve));
  });

  /** From the voting page through the provider's login (any name is a person there) and back. */
  async function voteAs(login: string, choices: string[]): Promise<Page> {
    const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    await page.goto(`${base}/budget-rounds/${roundId}/vote?lang=da`);
    for (const title of choices) await page.check(`#choice-${ids[title]}`);
    await page.check('#residence');
    await Promise.all([page.waitForURL(/\/interaction\//), page.click('button[value=identity]')]);
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', 'anything');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    if (page.url().includes('/interaction/')) await Promise.all([page.waitForURL(new RegExp(`^${base}`)), page.click('button[type=submit]')]);
    await page.waitForURL(new RegExp(`/budget-rounds/${roundId}/vote\\?confirmed=1`));
    return page;
  }
  const ballots = () => ballotsOfRound(t.db, roundId);

  it('counts a verified ballot at once, keyed by the provider’s subject; voting again changes it', async () => {
    (await voteAs('pseudonym-7f3a', ['Park', 'Library'])).context().close();
    await eventually(ballots, (rows) => rows.length === 1);
    (await voteAs('pseudonym-7f3a', ['Playground'])).context().close();
    const [only] = await eventually(ballots, (rows) => rows.length === 1 && rows[0].choices.length === 1);
    expect(only).toMatchObject({ channel: 'online', choices: [ids.Playground] });
    const { rows } = await t.db.query(`SELECT type FROM events WHERE stream_id LIKE $1 ORDER BY stream_revision`, [`budget-ballot-${roundId}.%`]);
    expect(rows.map((row: { type: string }) => row.type)).toEqual(['BallotRequested', 'BallotCast', 'BallotRequested', 'BallotChanged']);
    // The subject itself is in no event: only its keyed hash names the stream.
    const { rows: clear } = await t.db.query(`SELECT count(*)::int AS n FROM events WHERE data::text LIKE '%pseudonym-7f3a%' OR stream_id LIKE '%pseudonym%'`);
    expect(clear[0].n).toBe(0);
  }, 60_000);

  it('refuses a callback without the session it started (a forged or replayed return)', async () => {
    expect((await t.http.get('/budget-rounds/identity/callback?code=forged&state=forged')).status).toBe(400);
  });
});
