import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { eventually } from './support/eventually';
import { launchBrowser, listen } from './support/browser';
import { startOidcProvider, TEST_CLIENT, type TestOidcProvider } from './support/oidc-provider';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

/** Where to keep the README's screenshots (STAFF_SCREENSHOTS_DIR=docs); none by default. */
const SCREENSHOTS = process.env.STAFF_SCREENSHOTS_DIR;

/**
 * A whole case in Chromium, everyone signed in through a real OpenID
 * Provider: the dispatcher routes an idea from the triage inbox, the lead
 * finds it by its public code and assigns it, the handler answers it with the
 * keyboard alone and records it implemented, the manager reads the dashboard
 * and downloads the report.
 */
describe('Staff journey: dispatcher → lead → handler → manager, signed in with OpenID Connect', () => {
  let provider: TestOidcProvider;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let idea: { id: string; publicCode: string };

  beforeAll(async () => {
    provider = await startOidcProvider({
      dina: { roles: ['dispatcher'], departments: [] },
      lars: { roles: ['department-lead'], departments: ['TMF'] },
      hanna: { roles: ['handler'], departments: ['TMF'], email: 'hanna@kk.example' },
      mads: { roles: ['manager'], departments: [] },
    });
    t = await startTestApp('staff-journey', {
      projections: true,
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
    base = await listen(t);
    provider.register(base);
    browser = await launchBrowser();
    idea = (
      await t.http
        .post('/ideas')
        .send(validIdea({ title: 'Bænke ved søerne', description: 'Flere bænke langs Sortedams Sø.', category: 'other', district: 'oesterbro' }))
        .expect(201)
    ).body;
    await eventually(
      async () => (await t.db.query('SELECT count(*)::int AS n FROM department_inbox WHERE idea_id = $1', [idea.id])).rows[0].n,
      (n) => n === 1,
      10_000,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await provider?.close();
  });

  async function signIn(login: string, path = '/staff/inbox'): Promise<Page> {
    const page = await (await browser.newContext({ locale: 'da-DK', viewport: { width: 1100, height: 900 } })).newPage();
    await page.goto(`${base}${path}`);
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.fill('input[name="login"]', login);
    await page.fill('input[name="password"]', 'any password');
    await page.click('button[type="submit"]');
    if (page.url().startsWith(provider.issuer)) await page.click('button[type="submit"]');
    await page.waitForURL(`${base}${path}`);
    return page;
  }
  /** The idea's events as the store has them (the app trusts the provider's tokens only, so no test token reads it). */
  const events = async () =>
    (
      await t.db.query<{ type: string; actor: string; data: Record<string, unknown> }>(
        `SELECT type, metadata->>'actor' AS actor, data FROM events WHERE stream_id = $1 ORDER BY stream_revision`,
        [`idea-${idea.id}`],
      )
    ).rows;
  const last = async () => (await events()).at(-1)!;
  const inboxRow = (status: string) =>
    eventually(
      async () => (await t.db.query('SELECT status FROM department_inbox WHERE idea_id = $1', [idea.id])).rows[0]?.status,
      (current) => current === status,
      10_000,
    );

  it('the dispatcher routes the idea from the triage inbox to the department', async () => {
    const page = await signIn('dina', '/staff/inbox?queue=triage');
    await page.click(`a[href="/staff/ideas/${idea.id}"]`);
    await page.selectOption('#department', 'TMF');
    await page.fill('#reason', 'Bænke i parker hører under Teknik- og Miljøforvaltningen');
    await Promise.all([page.waitForURL(`${base}/staff/ideas/${idea.id}?done=route`), page.click('form[action$="/route"] button')]);
    expect(await last()).toMatchObject({ type: 'IdeaRouted', actor: 'dina', data: { department: 'TMF', routedBy: 'hand' } });
    await page.context().close();
  });

  it('the handler signs in (so the lead can pick her); the lead finds the idea by its public code and assigns it to her', async () => {
    await (await signIn('hanna')).context().close();
    await inboxRow('routed');
    const page = await signIn('lars');
    await page.fill('#q', idea.publicCode);
    await Promise.all([page.waitForURL(`${base}/staff/ideas/${idea.id}`), page.click('form[role=search] button[type=submit]')]);
    await page.selectOption('#assignee', 'hanna');
    await Promise.all([page.waitForURL(`${base}/staff/ideas/${idea.id}?done=assign`), page.click('form[action$="/assign"] button')]);
    expect(await last()).toMatchObject({ type: 'IdeaAssigned', actor: 'lars', data: { assignee: 'hanna' } });
    await page.context().close();
  });

  it('the handler answers from her inbox with the keyboard alone, then records the idea implemented', async () => {
    await inboxRow('assigned');
    const page = await signIn('hanna', '/staff/inbox?mine=1');
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'staff-inbox.png'), fullPage: true });
    const focused = () =>
      page.evaluate<{ id: string; text: string; href: string; outline: string }>(`(() => {
      const element = document.activeElement;
      return { id: element.id, text: (element.textContent || '').trim(), href: element.getAttribute('href') || '', outline: getComputedStyle(element).outlineStyle };
    })()`);
    const tabTo = async (what: (element: { id: string; text: string; href: string }) => boolean, name: string) => {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const element = await focused();
        if (what(element)) {
          expect({ name, outline: element.outline }).not.toEqual({ name, outline: 'none' });
          return;
        }
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await tabTo((element) => element.href === `/staff/ideas/${idea.id}`, 'the idea in the inbox');
    await Promise.all([page.waitForURL(`${base}/staff/ideas/${idea.id}`), page.keyboard.press('Enter')]);
    await tabTo((element) => element.id === 'decision', 'the decision');
    for (let i = 0; i < 10 && (await page.evaluate(`document.getElementById('decision').value`)) !== 'accepted'; i++) await page.keyboard.press('ArrowDown');
    await tabTo((element) => element.id === 'publicAnswer', 'the public answer');
    await page.keyboard.type('Vi sætter fire bænke op langs Sortedams Sø i foråret.');
    await tabTo((element) => element.text === 'Send svaret', 'the answer button');
    await Promise.all([page.waitForURL(`${base}/staff/ideas/${idea.id}?done=answer`), page.keyboard.press('Enter')]);
    expect(await last()).toMatchObject({ type: 'IdeaAnswered', actor: 'hanna', data: { decision: 'accepted' } });
    expect(await page.locator('main').textContent()).toContain('Vi sætter fire bænke op langs Sortedams Sø i foråret.');

    await page.fill('#progress-note', 'Bænkene er bestilt');
    await page.fill('#percentComplete', '50');
    await Promise.all([page.waitForURL(`${base}/staff/ideas/${idea.id}?done=progress`), page.click('form[action$="/progress"] button')]);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'staff-case.png'), fullPage: true });
    await page.fill('#complete-note', 'Bænkene står der nu');
    await Promise.all([page.waitForURL(`${base}/staff/ideas/${idea.id}?done=complete`), page.click('form[action$="/complete"] button')]);
    expect((await events()).map((event) => event.type)).toEqual([
      'IdeaSubmitted',
      'IdeaRouted',
      'IdeaAssigned',
      'IdeaAnswered',
      'IdeaImplementationProgressed',
      'IdeaImplemented',
    ]);
    await page.context().close();
  });

  it('the manager reads the dashboard and downloads the report a spreadsheet opens', async () => {
    await eventually(
      async () => (await t.db.query('SELECT count(*)::int AS n FROM response_time_histogram_ideas WHERE answered_at IS NOT NULL')).rows[0].n,
      (n) => n === 1,
      10_000,
    );
    const page = await signIn('mads', '/staff/dashboard?from=2026-01-01&to=2027-01-01');
    expect(await page.locator('svg[role="img"]').count()).toBe(5); // response times, within the deadline, backlog, throughput, who takes part
    expect(await page.locator('table').first().textContent()).toContain('Teknik- og Miljøforvaltningen (TMF)');
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'staff-dashboard.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/staff/dashboard/response-times.csv"]')]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('TMF;Teknik- og Miljøforvaltningen (TMF);1;1;');
    await page.context().close();
  });
});
