import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { eventually } from './support/eventually';
import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';
import { launchBrowser, listen } from './support/browser';
import { axeViolations, htmlErrors } from './support/page-checks';

const LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;
/** axe-core takes from 0.3 s a page on a quiet machine to 3 s on a loaded one; a language's pages get room for the latter. */
const PAGES_TIMEOUT_MS = 240_000;

/**
 * Every page in every language, in each state a citizen can meet (empty,
 * with errors, with an open question, withdrawn, erased, duplicate,
 * answered), passes axe-core at WCAG 2.1 AA; the HTML of all of them then
 * passes the Nu HTML Checker in one run.
 */
describe('Pages: accessibility (axe-core, WCAG 2.1 AA) and valid HTML (Nu HTML Checker)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const contexts = new Map<string, { context: BrowserContext; page: Page }>();
  /** Each checked page's HTML as the server sent it, for the checker. */
  const html = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp('pages-a11y', { projections: true });
    base = await listen(t);
    browser = await launchBrowser();
    for (const lang of LANGUAGES) {
      const context = await browser.newContext({ locale: 'en-GB' });
      contexts.set(lang, { context, page: await context.newPage() });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Checks what the page shows now; `response` is what the server sent for it. */
  async function check(lang: string, label: string, response: Response | null): Promise<void> {
    const { page } = contexts.get(lang)!;
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const started = Date.now();
    expect({ page: `${lang} ${label}`, violations: await axeViolations(page) }).toEqual({ page: `${lang} ${label}`, violations: [] });
    if (process.env.PAGES_TIMING) console.log(label, Date.now() - started);
    if (response) html.set(`${lang}-${label}`, await response.text());
  }

  async function visit(lang: string, label: string, path: string): Promise<void> {
    const { page } = contexts.get(lang)!;
    const response = await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    await check(lang, label, response);
  }

  /** Clicks the button that posts a form and checks the page the server answers with. */
  async function post(lang: string, label: string, button: string): Promise<void> {
    const { page } = contexts.get(lang)!;
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator(button).click()]);
    await page.waitForLoadState();
    await check(lang, label, response);
  }

  it.each(LANGUAGES)(
    '%s: the pages with no ideas yet, the form with errors, the statement and a missing page',
    async (lang) => {
      await visit(lang, 'home-empty', '/');
      await visit(lang, 'ideas-empty', '/public/ideas');
      await visit(lang, 'submit', '/submit');
      await post(lang, 'submit-errors', 'main form button[type=submit]');
      await visit(lang, 'accessibility', '/accessibility-statement');
      await visit(lang, 'not-found', '/public/ideas/K-0000-000000');
    },
    PAGES_TIMEOUT_MS,
  );

  describe('with ideas in every state', () => {
    const tokens: Record<string, string> = {};
    const codes: Record<string, string> = {};

    beforeAll(async () => {
      const as = await headersBySubject(t, ['lead-lars', 'handler-anna', 'dev']);
      const submit = async (name: string, overrides: Record<string, unknown> = {}) => {
        const { body } = await t.http
          .post('/ideas')
          .send(validIdea({ title: `Idé: ${name}`, ...overrides }))
          .expect(201);
        tokens[name] = body.trackingToken;
        codes[name] = body.publicCode;
        return body.id as string;
      };
      const staff = async (id: string, path: string, body: object, actor: string) => {
        const current = await t.http.get(`/ideas/${id}`).set(as[actor]).expect(200);
        await t.http.post(`/ideas/${id}${path}`).set('If-Match', current.headers.etag).set(as[actor]).send(body).expect(200);
      };
      const original = await submit('original');
      const asked = await submit('question');
      await staff(asked, '/assign', { assignee: 'handler-anna' }, 'lead-lars');
      await staff(asked, '/questions', { question: 'Hvilken side af vejen mener du?' }, 'handler-anna');
      await submit('withdrawn');
      await t.http.post(`/track/${tokens.withdrawn}/withdraw`).send({ reason: 'Løst af naboerne' }).expect(200);
      await submit('erased');
      await t.http.post(`/track/${tokens.erased}/personal-data/erase`).expect(200);
      const duplicate = await submit('duplicate');
      await staff(duplicate, '/duplicate', { duplicateOf: original }, 'dev');
      const answered = await submit('answered', { contact: undefined });
      await staff(answered, '/assign', { assignee: 'handler-anna' }, 'lead-lars');
      await staff(answered, '/answer', { decision: 'accepted', publicAnswer: 'Vi laver cykelstien til foråret.' }, 'handler-anna');
      await staff(answered, '/implementation', { note: 'Arbejdet er i gang.', percentComplete: 40 }, 'handler-anna');
      // The public pages read a projection: wait until it has every idea in its last state.
      await eventually(
        () => t.http.get('/public/ideas').then((r) => r.body.items as { status: string }[]),
        (items) => items.length === 6 && items.some((item) => item.status === 'duplicate') && items.some((item) => item.status === 'in_implementation'),
      );
    });

    it.each(LANGUAGES)(
      '%s: home, list, search, idea pages, receipt and tracking pages in each state',
      async (lang) => {
        await visit(lang, 'home', '/');
        await visit(lang, 'ideas', '/public/ideas');
        await visit(lang, 'ideas-filtered', '/public/ideas?q=cykel&status=duplicate&district=amager-oest&category=traffic&department=TMF');
        await visit(lang, 'ideas-paged', '/public/ideas?limit=2');
        await visit(lang, 'idea-answered', `/public/ideas/${codes.answered}`);
        await visit(lang, 'idea-duplicate', `/public/ideas/${codes.duplicate}`);
        await visit(lang, 'receipt', `/track/${tokens.original}/receipt`);
        await visit(lang, 'track', `/track/${tokens.original}`);
        await post(lang, 'track-confirm-error', 'form[action$="/page/erase"] button');
        await visit(lang, 'track-question', `/track/${tokens.question}`);
        await post(lang, 'track-reply-error', 'form[action$="/page/reply"] button');
        await visit(lang, 'track-withdrawn', `/track/${tokens.withdrawn}`);
        await visit(lang, 'track-erased', `/track/${tokens.erased}`);
        await visit(lang, 'track-duplicate', `/track/${tokens.duplicate}`);
        await visit(lang, 'track-answered', `/track/${tokens.answered}`);
      },
      PAGES_TIMEOUT_MS,
    );

    it('reflows at 320 px wide: no page scrolls sideways', async () => {
      const { page } = contexts.get('da')!;
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of ['/', '/submit', '/public/ideas', `/track/${tokens.question}`, `/public/ideas/${codes.answered}`]) {
        await page.goto(`${base}${path}`);
        const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        expect({ path, overflow }).toEqual({ path, overflow: 0 });
      }
    });

    it('the HTML of every page checked above passes the Nu HTML Checker (last: it needs every page above)', async () => {
      expect(html.size).toBeGreaterThanOrEqual(LANGUAGES.length * 20);
      expect(await htmlErrors(html)).toEqual([]);
    }, 120_000);
  });
});
