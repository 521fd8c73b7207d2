import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import Provider from 'oidc-provider';
import { freePort } from '@civic/platform/testing';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp } from './support/test-app';
import { launchBrowser } from './support/browser';

/**
 * Signing with a verified identity: a real OpenID Connect provider
 * (`oidc-provider`, in this process, its development login standing in for
 * MitID or BankID), the app's authorization code flow (openid-client, PKCE,
 * state, nonce) in a real browser. The provider's subject keys the signer:
 * the same person signing twice counts once.
 */
describe('Citizen initiatives: signing with a verified identity (OpenID Connect)', () => {
  let t: TestApp;
  let provider: Server;
  let browser: Browser;
  let base: string;
  let initiative: { id: string; publicCode: string };

  beforeAll(async () => {
    const [appPort, providerPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${appPort}`;
    const issuer = `http://127.0.0.1:${providerPort}`;
    const oidc = new Provider(issuer, {
      clients: [
        {
          client_id: 'civic-initiatives',
          client_secret: 'a-client-secret-for-the-tests-only',
          redirect_uris: [`${base}/initiatives/identity/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], profile: ['name'] },
      findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub, name: `Borger ${sub}` }) }),
      cookies: { keys: ['a-cookie-key-for-the-tests-only'] },
    });
    provider = oidc.listen(providerPort, '127.0.0.1');
    t = await startTestApp('initiatives_identity', {
      projections: true,
      initiatives: {
        thresholdRule: { kind: 'fixed', signatures: 2 },
        identity: {
          issuer,
          clientId: 'civic-initiatives',
          clientSecret: 'a-client-secret-for-the-tests-only',
          redirectUri: `${base}/initiatives/identity/callback`,
        },
      },
    });
    await t.app.listen(appPort, '127.0.0.1');
    browser = await launchBrowser();
    const staff = await t.staff({ sub: 'mads', roles: ['manager'] });
    const { body } = await t.http
      .post('/initiatives')
      .send({ title: 'Bilfri Istedgade', text: 'Luk Istedgade for biler.', language: 'da', initiator: { name: 'Karen', email: 'karen@example.dk' } })
      .expect(201);
    initiative = body;
    await t.http.post(`/initiatives/${body.id}/approve`).set(staff).set('If-Match', '"0"').expect(200);
    await eventually(
      async () => (await t.http.get(`/initiatives/${body.id}`)).body.status,
      (status) => status === 'collecting',
    );
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await new Promise((resolve) => provider?.close(resolve));
  });

  /** From the initiative's page through the provider's login (any name is a person there) and back. */
  async function signAs(login: string): Promise<Page> {
    const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    await page.goto(`${base}/initiatives/${initiative.publicCode}?lang=da`);
    await page.selectOption('#identity-district', 'noerrebro');
    await page.check('#identity-residence');
    await Promise.all([page.waitForURL(/\/interaction\//), page.click('form[action$="/sign/identity"] button[type=submit]')]);
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', 'anything');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    if (page.url().includes('/interaction/')) await Promise.all([page.waitForURL(new RegExp(`^${base}`)), page.click('button[type=submit]')]);
    await page.waitForURL(new RegExp(`/initiatives/${initiative.publicCode}\\?confirmed=1`));
    return page;
  }
  const confirmed = () => t.http.get(`/initiatives/${initiative.id}`).then((response) => response.body.confirmedSignatures as number);

  it('counts a verified signature at once, keyed by the provider’s subject: the same person twice counts once', async () => {
    const first = await signAs('pseudonym-7f3a');
    await first.context().close();
    await eventually(confirmed, (count) => count === 1);
    const again = await signAs('pseudonym-7f3a');
    await again.context().close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await confirmed()).toBe(1);
    const { rows } = await t.db.query(`SELECT count(DISTINCT stream_id)::int AS signers, count(*)::int AS events FROM events WHERE stream_id LIKE $1`, [
      `signature-${initiative.id}.%`,
    ]);
    expect(rows[0]).toEqual({ signers: 1, events: 2 });
    // The subject itself is in no event: only its keyed hash names the stream.
    const { rows: clear } = await t.db.query(`SELECT count(*)::int AS n FROM events WHERE data::text LIKE '%pseudonym-7f3a%' OR stream_id LIKE '%pseudonym%'`);
    expect(clear[0].n).toBe(0);
  }, 60_000);

  it('another person reaches the threshold of two, and the initiative is referred', async () => {
    const page = await signAs('pseudonym-91bc');
    await page.context().close();
    const view = await eventually(
      async () => (await t.http.get(`/initiatives/${initiative.id}`)).body,
      (current) => current.status === 'referred',
    );
    expect(view).toMatchObject({ confirmedSignatures: 2, signersByDistrict: [{ district: 'noerrebro', signers: 2 }] });
  }, 60_000);

  it('refuses a callback without the session it started (a forged or replayed return)', async () => {
    const response = await t.http.get('/initiatives/identity/callback?code=forged&state=forged');
    expect(response.status).toBe(400);
  });
});
