import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { eventually } from './support/eventually';
import { launchBrowser, listen } from './support/browser';
import { axeViolations, htmlErrors } from './support/page-checks';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

const LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;
const PAGES_TIMEOUT_MS = 240_000;

/**
 * Every staff page in every language, in the states staff meet (sign-in with
 * errors, each role's inbox, a case with every form, with errors and with a
 * stale revision, read-only, refused, the dashboard), passes axe-core at WCAG
 * 2.1 AA, asks nothing of another site, and then the Nu HTML Checker.
 */
describe('Staff pages: accessibility (axe-core, WCAG 2.1 AA), valid HTML, no third-party requests', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const html = new Map<string, string>();
  const elsewhere: string[] = [];
  let ids: { routed: string; triage: string; answered: string };

  beforeAll(async () => {
    t = await startTestApp('staff-a11y', { projections: true });
    base = await listen(t);
    browser = await launchBrowser();
    const headers = await t.staff();
    const submit = async (overrides: Record<string, unknown> = {}) => (await t.http.post('/ideas').send(validIdea(overrides)).expect(201)).body.id as string;
    const change = async (id: string, path: string, body: object) => {
      const read = await t.http.get(`/ideas/${id}`).set(headers).expect(200);
      await t.http.post(`/ideas/${id}${path}`).set(headers).set('If-Match', read.headers.etag).send(body).expect(200);
    };
    ids = {
      routed: await submit(),
      triage: await submit({ title: 'Bænke ved søerne', description: 'Flere bænke langs Sortedams Sø.', category: 'other', district: 'oesterbro' }),
      answered: await submit({ title: 'Flere træer', contact: undefined }),
    };
    await change(ids.routed, '/questions', { question: 'Hvilken strækning?' });
    await change(ids.answered, '/answer', { decision: 'accepted', publicAnswer: 'Vi planter til foråret.' });
    await eventually(
      async () =>
        (await t.db.query('SELECT count(*)::int AS n FROM public_status')).rows[0].n +
        (await t.db.query('SELECT count(*)::int AS n FROM response_time_histogram_ideas WHERE answered_at IS NOT NULL')).rows[0].n,
      (n) => n === 4,
      15_000,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(lang: string, subject: string, roles: string[], departments: string[] = []): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    await page.goto(`${base}/staff/sign-in?lang=${lang}`);
    await page.fill('#subject', subject);
    for (const role of roles) await page.check(`#role-${role}`);
    for (const code of departments) await page.check(`#department-${code}`);
    await Promise.all([page.waitForURL(`${base}/staff/inbox`), page.click('main button[type=submit]')]);
    return { context, page };
  }

  async function check(page: Page, lang: string, label: string, response: Response | null): Promise<void> {
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect({ page: `${lang} ${label}`, violations: await axeViolations(page) }).toEqual({ page: `${lang} ${label}`, violations: [] });
    if (response) html.set(`staff-${lang}-${label}`, await response.text());
  }
  const visit = async (page: Page, lang: string, label: string, path: string) => check(page, lang, label, await page.goto(`${base}${path}`));
  async function post(page: Page, lang: string, label: string, button: string): Promise<void> {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator(button).click()]);
    await page.waitForLoadState();
    await check(page, lang, label, response);
  }

  it.each(LANGUAGES)(
    '%s: sign-in (and its errors), every role’s pages, a case in each state, the dashboard, signed out',
    async (lang) => {
      const anonymous = await (await browser.newContext()).newPage();
      await visit(anonymous, lang, 'sign-in', `/staff/sign-in?lang=${lang}`);
      await post(anonymous, lang, 'sign-in-errors', 'main button[type=submit]');

      const handler = await signedIn(lang, 'hanna', ['handler'], ['TMF']);
      await visit(handler.page, lang, 'inbox', '/staff/inbox');
      await visit(handler.page, lang, 'inbox-filtered', '/staff/inbox?queue=TMF&status=routed&overdue=no&question=open&mine=1&q=cykel');
      await visit(handler.page, lang, 'inbox-no-code', '/staff/inbox?q=K-1999-000001');
      await visit(handler.page, lang, 'case', `/staff/ideas/${ids.routed}`);
      await post(handler.page, lang, 'case-errors', 'form[action$="/answer"] button');
      await visit(handler.page, lang, 'case-answered', `/staff/ideas/${ids.answered}`);
      await visit(handler.page, lang, 'case-forbidden', `/staff/ideas/${ids.triage}`);
      await visit(handler.page, lang, 'dashboard-forbidden', '/staff/dashboard');

      const lead = await signedIn(lang, 'lars', ['department-lead'], ['TMF']);
      await visit(lead.page, lang, 'case-lead', `/staff/ideas/${ids.routed}`);
      const dispatcher = await signedIn(lang, 'dina', ['dispatcher']);
      await visit(dispatcher.page, lang, 'inbox-triage', '/staff/inbox?queue=triage');
      await visit(dispatcher.page, lang, 'case-triage', `/staff/ideas/${ids.triage}`);
      const manager = await signedIn(lang, 'mads', ['manager']);
      await visit(manager.page, lang, 'case-read-only', `/staff/ideas/${ids.routed}`);
      await visit(manager.page, lang, 'dashboard', '/staff/dashboard?from=2026-01-01&to=2027-01-01');
      await visit(manager.page, lang, 'dashboard-by-month', '/staff/dashboard?groupBy=month');
      const admin = await signedIn(lang, 'ada', ['admin']);
      await visit(admin.page, lang, 'inbox-none', '/staff/inbox');
      await visit(admin.page, lang, 'admin', '/staff/admin');
      await Promise.all([admin.page.waitForURL(`${base}/staff/signed-out`), admin.page.click('header button[type=submit]')]);
      await visit(admin.page, lang, 'signed-out', '/staff/signed-out');
      for (const { context } of [handler, lead, dispatcher, manager, admin]) await context.close();
      await anonymous.context().close();
    },
    PAGES_TIMEOUT_MS,
  );

  it.each(['da', 'sv'])(
    '%s: the routing rules pages (list, errors, a rule, a conflict) and the erasure’s confirmation step',
    async (lang) => {
      const api = await t.staff({ sub: `rules-api-${lang}`, roles: ['admin'] });
      const id = `a11y-${lang}`;
      await t.http
        .post('/routing-rules')
        .set(api)
        .send({ id, department: 'TMF', keywords: ['bænk'], priority: 2 })
        .expect(201);
      const admin = await signedIn(lang, `ada-${lang}`, ['admin', 'manager']);
      await visit(admin.page, lang, 'rules', '/staff/admin/routing-rules');
      await admin.page.fill('#new-id', 'Ikke et id!');
      await admin.page.fill('#new-priority', '5000');
      await post(admin.page, lang, 'rules-errors', 'form[action="/staff/admin/routing-rules"] button');
      await visit(admin.page, lang, 'rule', `/staff/admin/routing-rules/${id}`);
      await t.http
        .put(`/routing-rules/${id}`)
        .set(api)
        .send({ department: 'KFF', keywords: ['bænk', 'bænke'], priority: 3 })
        .expect(200);
      await admin.page.fill('#rule-keywords', 'bænk, hvil');
      await post(admin.page, lang, 'rule-conflict', `form[action="/staff/admin/routing-rules/${id}"] button`);
      expect(await admin.page.inputValue('#rule-keywords')).toBe('bænk, hvil');

      const idea = (await t.http.post('/ideas').send(validIdea()).expect(201)).body.id as string;
      await visit(admin.page, lang, 'case-admin', `/staff/ideas/${idea}`);
      await Promise.all([admin.page.waitForURL(new RegExp(`/staff/ideas/${idea}/erase\\??$`)), admin.page.click('form.erase button')]);
      await check(admin.page, lang, 'erase-confirm', null);
      await post(admin.page, lang, 'erase-unconfirmed', `form[action="/staff/ideas/${idea}/erase"] button`);
      await admin.context.close();
    },
    PAGES_TIMEOUT_MS,
  );

  it('a stale revision’s page passes too', async () => {
    const handler = await signedIn('da', 'hanna2', ['handler'], ['TMF']);
    await handler.page.goto(`${base}/staff/ideas/${ids.routed}`);
    const headers = await t.staff();
    const read = await t.http.get(`/ideas/${ids.routed}`).set(headers).expect(200);
    await t.http.post(`/ideas/${ids.routed}/assign`).set(headers).set('If-Match', read.headers.etag).send({ assignee: 'someone' }).expect(200);
    await handler.page.fill('#publicAnswer', 'Det jeg skrev');
    await handler.page.selectOption('#decision', 'declined');
    await post(handler.page, 'da', 'case-stale', 'form[action$="/answer"] button');
    expect(await handler.page.inputValue('#publicAnswer')).toBe('Det jeg skrev');
    await handler.context.close();
  });

  it(
    'the budget-round pages pass, in Danish and English: the list, opening with errors, a round taking proposals, in review, in voting, counted',
    async () => {
      const headers = await t.staff();
      const schedule = {
        proposals: { from: '2027-03-01', to: '2027-03-31' },
        review: { from: '2027-04-01', to: '2027-04-30' },
        voting: { from: '2027-05-01', to: '2027-05-14' },
        results: { from: '2027-05-15', to: '2027-05-31' },
        implementation: { from: '2027-06-01', to: '2028-12-31' },
      };
      /** A round moved over the API as far as `until`: proposals (three in), review (one reviewed), voting (a paper ballot in), or results. */
      async function round(until: 'proposals' | 'review' | 'voting' | 'results'): Promise<string> {
        const body = {
          title: 'Nørrebro 2027',
          district: 'noerrebro',
          amount: 120,
          currency: 'DKK',
          ballot: 'approval',
          maxChoices: 2,
          rule: 'equal-shares',
          schedule,
        };
        const { roundId: id } = (await t.http.post('/budget-rounds').set(headers).send(body).expect(201)).body;
        const ids: string[] = [];
        let revision = 0;
        for (const title of ['Bænke ved søerne', 'Legeplads', 'Cykelparkering']) {
          const proposed = (
            await t.http
              .post(`/budget-rounds/${id}/proposals`)
              .send({ title, summary: `${title} til alle.` })
              .expect(201)
          ).body;
          ids.push(proposed.proposalId);
          revision = proposed.revision;
        }
        const step = async (path: string, change: object) => {
          revision = (await t.http.post(`/budget-rounds/${id}${path}`).set(headers).set('If-Match', `"${revision}"`).send(change).expect(200)).body.revision;
        };
        if (until === 'proposals') return id;
        await step('/phase', { to: 'review' });
        await step(`/proposals/${ids[0]}/feasibility`, { feasible: true, costEstimate: 60 });
        if (until === 'review') return id;
        await step(`/proposals/${ids[1]}/feasibility`, { feasible: true, costEstimate: 50 });
        await step(`/proposals/${ids[2]}/feasibility`, { feasible: false, reason: 'Der er ikke plads.' });
        await step('/phase', { to: 'voting' });
        await t.http
          .post(`/budget-rounds/${id}/paper-ballots`)
          .set(headers)
          .send({ choices: [ids[0], ids[1]], votingPlace: 'Hovedbiblioteket' })
          .expect(201);
        if (until === 'voting') return id;
        const closed = await eventually(
          () => t.http.post(`/budget-rounds/${id}/close-voting`).set(headers).set('If-Match', `"${revision}"`).send({}),
          (response) => response.status === 200,
          15_000,
        );
        expect(closed.status).toBe(200);
        return id;
      }
      const rounds = { proposals: await round('proposals'), review: await round('review'), voting: await round('voting'), results: await round('results') };
      /** Without a mouse: Tab to the second proposal's review, Space to tick feasible, type the cost, Enter; every focus shows. */
      async function reviewByKeyboard(page: Page, id: string): Promise<void> {
        await page.goto(`${base}/staff/budget-rounds/${id}`);
        const second = await page.locator('input[name="proposal"] >> nth=1').inputValue();
        const tabTo = async (target: string) => {
          for (let i = 0; i < 60; i++) {
            await page.keyboard.press('Tab');
            const focus = await page.evaluate(`({ id: document.activeElement.id, outline: getComputedStyle(document.activeElement).outlineStyle })`);
            if ((focus as { id: string }).id === target)
              return expect({ target, outline: (focus as { outline: string }).outline }).not.toEqual({ target, outline: 'none' });
          }
          throw new Error(`Tab never reached ${target}`);
        };
        await tabTo(`feasible-yes-${second}`);
        await page.keyboard.press('Space');
        await tabTo(`cost-${second}`);
        await page.keyboard.type('50');
        await Promise.all([page.waitForURL(/done=feasibility$/), page.keyboard.press('Enter')]);
        expect(await page.locator('.notice.success').textContent()).toContain('Vurderingen er registreret.');
      }
      // Danish (the default) in every state; English on the list and the busiest round page, to keep the browser's time short.
      for (const lang of ['da', 'en']) {
        const every = lang === 'da';
        const manager = await signedIn(lang, `budget-${lang}`, ['manager']);
        await visit(manager.page, lang, 'budget-rounds', '/staff/budget-rounds');
        if (every) {
          await manager.page.fill('#title', '');
          await post(manager.page, lang, 'budget-rounds-errors', 'form[action="/staff/budget-rounds"] button');
          await visit(manager.page, lang, 'budget-round-proposals', `/staff/budget-rounds/${rounds.proposals}`);
          await post(manager.page, lang, 'budget-round-proposal-errors', 'form[action$="/proposal"] button');
        }
        await visit(manager.page, lang, 'budget-round-review', `/staff/budget-rounds/${rounds.review}`);
        if (every) {
          await post(manager.page, lang, 'budget-round-feasibility-errors', 'form[action$="/feasibility"] button >> nth=1');
          await visit(manager.page, lang, 'budget-round-voting', `/staff/budget-rounds/${rounds.voting}`);
          await post(manager.page, lang, 'budget-round-paper-errors', 'form[action$="/paperBallot"] button');
          await visit(manager.page, lang, 'budget-round-results', `/staff/budget-rounds/${rounds.results}`);
          await reviewByKeyboard(manager.page, rounds.review);
        }
        await manager.context.close();
      }
    },
    PAGES_TIMEOUT_MS,
  );

  it('no page asked another site for anything', () => {
    expect(elsewhere).toEqual([]);
  });

  it('the HTML of every page above passes the Nu HTML Checker', async () => {
    expect(await htmlErrors(html)).toEqual([]);
    expect(html.size).toBeGreaterThanOrEqual(LANGUAGES.length * 18);
  }, 120_000);
});
