import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import { SatisfactionRepository, SupportLinks } from '@civic/casework';
import { eventually } from './support/eventually';
import { startTestApp, TEST_TRACKING_SECRET, validIdea, type TestApp } from './support/test-app';
import { launchBrowser, listen } from './support/browser';
import { axeViolations, htmlErrors } from './support/page-checks';

const LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;
const PAGES_TIMEOUT_MS = 240_000;

/**
 * Supporting from the pages, in every language: the idea page's support form
 * (empty, with errors, after sending), and the page the confirmation e-mail
 * links to (waiting for confirmation, confirmed, withdrawn). Each passes
 * axe-core at WCAG 2.1 AA, works with the keyboard alone, and their HTML
 * passes the Nu HTML Checker.
 */
describe('Pages: supporting an idea', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let idea: { id: string; publicCode: string; trackingToken: string };
  /** One idea per language whose citizen was asked the follow-up question, and one nobody asked about. */
  const followUps: Record<string, string> = {};
  let notAsked: string;
  const links = new SupportLinks(TEST_TRACKING_SECRET);
  const contexts = new Map<string, { context: BrowserContext; page: Page }>();
  const html = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp('pages-supports', { projections: true });
    base = await listen(t);
    browser = await launchBrowser();
    for (const lang of LANGUAGES) {
      const context = await browser.newContext({ locale: 'en-GB' });
      contexts.set(lang, { context, page: await context.newPage() });
    }
    idea = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    await eventually(
      () => t.http.get(`/public/ideas/${idea.publicCode}`),
      (response) => response.status === 200,
    );
    const satisfaction = new SatisfactionRepository(t.app.get<EventStore>(EVENT_STORE));
    for (const lang of LANGUAGES) {
      const asked = (
        await t.http
          .post('/ideas')
          .send(validIdea({ language: lang }))
          .expect(201)
      ).body;
      // What the worker's follow-up job records four weeks after the answer (its e2e test runs the real job).
      await satisfaction.execute(
        {
          type: 'AskSatisfaction',
          ideaId: asked.id,
          subject: lang === 'en' ? 'implemented' : 'answered',
          department: 'TMF',
          language: lang,
          at: new Date().toISOString(),
        },
        { actor: 'system', correlationId: 'test' },
      );
      followUps[lang] = asked.trackingToken;
    }
    notAsked = idea.trackingToken;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function check(lang: string, label: string, response: Response | null): Promise<void> {
    const { page } = contexts.get(lang)!;
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect({ page: `${lang} ${label}`, violations: await axeViolations(page) }).toEqual({ page: `${lang} ${label}`, violations: [] });
    if (response) html.set(`${lang}-${label}`, await response.text());
  }

  async function visit(lang: string, label: string, path: string): Promise<void> {
    const { page } = contexts.get(lang)!;
    const response = await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    expect(response?.status()).toBe(200);
    await check(lang, label, response);
  }

  /** Submits a form with the keyboard (Enter on its button) and checks the page the server answers with. */
  async function press(lang: string, label: string, button: string): Promise<Response> {
    const { page } = contexts.get(lang)!;
    await page.locator(button).focus();
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.keyboard.press('Enter')]);
    await page.waitForLoadState();
    await check(lang, label, null);
    html.set(`${lang}-${label}`, await page.content());
    return response;
  }

  it.each(LANGUAGES)(
    '%s: the support form (empty, with errors, sent) and the support page (waiting, confirmed, withdrawn)',
    async (lang) => {
      const { page } = contexts.get(lang)!;
      const support = 'main form[action$="/support"] button[type=submit]';
      await visit(lang, 'idea-support-form', `/public/ideas/${idea.publicCode}`);
      expect(await page.locator('.support-count').textContent()).toMatch(/0/);

      expect((await press(lang, 'idea-support-errors', support)).status()).toBe(422);
      expect(await page.locator('#support-email').getAttribute('aria-invalid')).toBe('true');

      const address = `side-${lang}@example.dk`;
      await page.locator('#support-email').fill(address);
      await page.locator('#support-district').selectOption('valby');
      expect((await press(lang, 'idea-support-sent', support)).status()).toBe(303);
      expect(await page.locator('.support .notice').count()).toBe(1);

      const token = links.issue(links.supportIdFor(idea.id, address));
      await visit(lang, 'support-pending', `/supports/${token}`);
      await press(lang, 'support-confirmed', 'form[action$="/page/confirm"] button');
      expect(page.url()).toContain('done=confirm');
      await press(lang, 'support-withdrawn', 'form[action$="/page/withdraw"] button');
      expect(page.url()).toContain('done=withdraw');
      expect(await page.locator('main form').count()).toBe(0); // nothing left to confirm or withdraw
    },
    PAGES_TIMEOUT_MS,
  );

  it.each(LANGUAGES)(
    '%s: the follow-up question (asked, with errors, answered, not asked)',
    async (lang) => {
      const { page } = contexts.get(lang)!;
      await visit(lang, 'satisfaction-asked', `/track/${followUps[lang]}/page/satisfaction`);
      expect((await press(lang, 'satisfaction-errors', 'main form button[type=submit]')).status()).toBe(422);
      await page.locator('#rating-4').check();
      await page.locator('#comment').fill('Fint');
      expect((await press(lang, 'satisfaction-answered', 'main form button[type=submit]')).status()).toBe(303);
      expect(await page.locator('main form').count()).toBe(0);
      await visit(lang, 'satisfaction-not-asked', `/track/${notAsked}/page/satisfaction`);
    },
    PAGES_TIMEOUT_MS,
  );

  it('an unknown support link is the error page', async () => {
    const { page } = contexts.get('en')!;
    const response = await page.goto(`${base}/supports/${'A'.repeat(54)}`);
    expect(response?.status()).toBe(404);
    await check('en', 'support-not-found', response);
  });

  it('the HTML of every page above passes the Nu HTML Checker', async () => {
    expect(html.size).toBeGreaterThanOrEqual(LANGUAGES.length * 10);
    expect(await htmlErrors(html)).toEqual([]);
  }, 120_000);
});
