import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { budgetVoterSecret, VoterKeys } from '@civic/casework';
import { launchBrowser, listen } from './support/browser';
import { axeViolations, htmlErrors } from './support/page-checks';
import { startTestApp, TEST_TRACKING_SECRET, type TestApp } from './support/test-app';

const LANGUAGES = ['da', 'en'] as const;
const PAGES_TIMEOUT_MS = 120_000;

/**
 * The voting page of a budget round, lean: the default language and English, each through the form (empty, the total
 * worked out, with errors, sent), the confirmation link's page and the confirmed notice; axe-core at WCAG 2.1 AA and the
 * Nu HTML Checker. The e-mailed link is made here with the same keys the worker uses (no mail server needed).
 */
describe('Pages: voting in a budget round', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let roundId: string;
  const ids: Record<string, string> = {};
  const html = new Map<string, string>();
  const keys = new VoterKeys(budgetVoterSecret(TEST_TRACKING_SECRET));

  beforeAll(async () => {
    t = await startTestApp('pages_budget_voting', { projections: false });
    base = await listen(t);
    browser = await launchBrowser();
    const staff = await t.staff({ sub: 'manager-maja', roles: ['manager'], departments: [] });
    const opened = (
      await t.http
        .post('/budget-rounds')
        .set(staff)
        .send({
          title: 'Valby 2027',
          district: 'Valby',
          amount: 120,
          currency: 'DKK',
          ballot: 'knapsack',
          rule: 'greedy',
          minimumAge: 15,
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
    await step('/phase', { to: 'voting' });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function check(page: Page, lang: string, label: string, response: Response | null): Promise<void> {
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect({ page: `${lang} ${label}`, violations: await axeViolations(page) }).toEqual({ page: `${lang} ${label}`, violations: [] });
    if (response) html.set(`${lang}-${label}`, await response.text());
  }

  it.each(LANGUAGES)(
    '%s: the round links to the voting page; the form empty, with its total, with errors, sent; the link’s page; confirmed',
    async (lang) => {
      const context: BrowserContext = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      try {
        const visit = async (label: string, path: string) => {
          const response = await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          expect(response?.status()).toBe(200);
          await check(page, lang, label, response);
        };
        const post = async (label: string, button: string, status: number) => {
          const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator(button).click()]);
          expect(response.status()).toBe(status);
          await page.waitForLoadState();
          await check(page, lang, label, status === 303 ? null : response);
        };
        await page.goto(`${base}/budget-rounds/${roundId}?lang=${lang}`);
        await page.locator(`a[href="/budget-rounds/${roundId}/vote"]`).click();
        await page.waitForLoadState();
        await check(page, lang, 'vote', null);
        await page.check(`#choice-${ids.Park}`);
        await page.check(`#choice-${ids.Library}`);
        await page.check(`#choice-${ids.Playground}`);
        await post('total', 'button[value=total]', 200);
        expect(await page.locator('[role=status]').textContent()).toContain('140');
        await post('errors', 'button[value=vote]', 422);
        // over the amount, no address, no statements
        expect(await page.locator('.error-summary li').count()).toBe(4);
        await page.uncheck(`#choice-${ids.Playground}`);
        const email = `voter-${lang}@example.dk`;
        await page.fill('#email', email);
        await page.check('#residence');
        await page.check('#age');
        await post('sent', 'button[value=vote]', 303);
        expect(page.url()).toContain(`/budget-rounds/${roundId}/vote?sent=1`);
        html.set(`${lang}-sent`, await page.content());
        const token = keys.confirmationToken(roundId, keys.byEmail(roundId, email), 0);
        await visit('confirm', `/budget-rounds/${roundId}/ballots/confirm/${token}`);
        await post('confirmed', 'main form button[type=submit]', 303);
        expect(page.url()).toContain('confirmed=1');
        await check(page, lang, 'confirmed', null);
      } finally {
        await context.close();
      }
    },
    PAGES_TIMEOUT_MS,
  );

  it('refuses a form without its CSRF token', async () => {
    await t.http
      .post(`/budget-rounds/${roundId}/vote`)
      .type('form')
      .send({ choices: ids.Park, email: 'x@example.dk', residence: 'yes', age: 'yes' })
      .expect(403);
  });

  it('passes the Nu HTML Checker', async () => {
    expect(await htmlErrors(html)).toEqual([]);
  }, 120_000);
});
