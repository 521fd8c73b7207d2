import type { Browser, Page } from 'playwright-core';
import { launchBrowser, listen } from './support/browser';
import { axeViolations, htmlErrors } from './support/page-checks';
import { startTestApp, type TestApp, validIdea } from './support/test-app';
import { eventually } from './support/eventually';

const LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;

/**
 * A budget round's public page, in every language, in its proposals phase and with results and implementation:
 * axe-core at WCAG 2.1 AA and the Nu HTML Checker, as the citizen pages; the same address gives an API client JSON.
 */
describe('Pages: a budget round', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const html = new Map<string, string>();
  let early: string;
  let finished: string;
  /** The tracking page of an idea sent into the early round as a proposal. */
  let proposalTracking: string;

  beforeAll(async () => {
    t = await startTestApp('pages_budget_round', { projections: true });
    base = await listen(t);
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    const staff = await t.staff({ sub: 'manager-maja', roles: ['manager'], departments: [] });
    const settings = {
      title: 'Valby 2027',
      district: 'valby',
      amount: 120,
      currency: 'DKK',
      ballot: 'approval',
      maxChoices: 2,
      rule: 'equal-shares',
      completion: 'add1',
      schedule: Object.fromEntries(
        ['proposals', 'review', 'voting', 'results', 'implementation'].map((phase, i) => [phase, { from: `2027-0${i + 1}-01`, to: `2027-0${i + 1}-28` }]),
      ),
    };
    early = (await t.http.post('/budget-rounds').set(staff).send(settings).expect(201)).body.roundId;
    const proposer = (
      await t.http
        .post('/ideas')
        .send(validIdea({ district: 'valby', category: 'other', location: { address: 'Valby Langgade 1' }, budgetRound: { roundId: early } }))
        .expect(201)
    ).body;
    proposalTracking = `/track/${proposer.trackingToken}`;
    const opened = (await t.http.post('/budget-rounds').set(staff).send(settings).expect(201)).body;
    finished = opened.roundId;
    let revision: number = opened.revision;
    const step = async (path: string, body: object) => {
      revision = (await t.http.post(`/budget-rounds/${finished}${path}`).set(staff).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
    };
    const ids: Record<string, string> = {};
    for (const title of ['Park', 'Library', 'Playground', 'Helipad']) {
      const proposed = (
        await t.http
          .post(`/budget-rounds/${finished}/proposals`)
          .send({ title, summary: `A ${title.toLowerCase()} in Valby.` })
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
    await step(`/proposals/${ids.Helipad}/feasibility`, { feasible: false, reason: 'There is no room for a helipad.' });
    await step('/phase', { to: 'voting' });
    for (const choices of [[ids.Park, ids.Library], [ids.Park, ids.Library], [ids.Park, ids.Library], [ids.Playground]]) {
      await t.http.post(`/budget-rounds/${finished}/paper-ballots`).set(staff).send({ choices, votingPlace: 'Valby Library' }).expect(201);
    }
    const closed = await eventually(
      () => t.http.post(`/budget-rounds/${finished}/close-voting`).set(staff).set('If-Match', `"${revision}"`).send({}),
      (response) => response.body.code !== 'ballots-not-counted-yet',
    );
    revision = closed.body.revision;
    await step('/phase', { to: 'implementation' });
    await step(`/winners/${ids.Library}/progress`, { note: 'Architect chosen.', percentComplete: 30 });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function visit(lang: string, label: string, path: string): Promise<string> {
    const response = await page.goto(`${base}${path}?lang=${lang}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect({ page: `${lang} ${label}`, violations: await axeViolations(page) }).toEqual({ page: `${lang} ${label}`, violations: [] });
    const text = await response!.text();
    html.set(`${lang}-${label}`, text);
    return text;
  }

  it.each(LANGUAGES)(
    '%s: the round in its proposals phase, and with results and why each project was or was not funded',
    async (lang) => {
      await visit(lang, 'early', `/budget-rounds/${early}`);
      const text = await visit(lang, 'finished', `/budget-rounds/${finished}`);
      expect(text).toContain('There is no room for a helipad.');
      if (lang === 'en') {
        expect(text).toContain('Not funded: its supporters&#x27; shares ran out');
        expect(text).toContain('Funded (number 1)');
        expect(text).toContain('aria-current="step"');
      }
    },
    240_000,
  );

  it.each(LANGUAGES)(
    '%s: the idea form with a round taking proposals, and the tracking page of an idea sent into it',
    async (lang) => {
      // The form lists the rounds from the budget_rounds read model, a moment behind.
      await eventually(
        async () => (await t.http.get('/submit').set('Accept', 'text/html')).text,
        (text) => text.includes(`<option value="${early}">`),
      );
      const form = await visit(lang, 'submit-with-round', '/submit');
      expect(form).toContain(`<option value="${early}">Valby 2027 (Valby)</option>`);
      const tracking = await visit(lang, 'tracking-proposal', proposalTracking);
      expect(tracking).toContain(`<a href="/budget-rounds/${early}">Valby 2027</a>`);
    },
    240_000,
  );

  it('gives an API client the JSON at the same address', async () => {
    const response = await t.http.get(`/budget-rounds/${finished}`).set('Accept', 'application/json').expect(200);
    expect(response.body.phase).toBe('implementation');
  });

  it('passes the Nu HTML Checker', async () => {
    expect(await htmlErrors(html)).toEqual([]);
  }, 120_000);
});
