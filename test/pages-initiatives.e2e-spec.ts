import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp } from './support/test-app';
import { startTestJobs, TEST_PUBLIC_BASE_URL, type TestJobs } from './support/test-jobs';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { launchBrowser, listen } from './support/browser';
import { axeViolations, htmlErrors } from './support/page-checks';

const LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;
const PAGES_TIMEOUT_MS = 120_000;

/**
 * The initiatives' pages in every language: the list with progress, an
 * initiative with its sign form (empty, with errors, signed), the
 * confirmation link's page and a decided initiative, each through axe-core at
 * WCAG 2.1 AA and the Nu HTML Checker; and signing by keyboard alone, the
 * e-mailed link followed, without JavaScript.
 */
describe('Pages: citizen initiatives', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  let base: string;
  let browser: Browser;
  const html = new Map<string, string>();
  /** One collecting initiative per language (each gets one signature, below the threshold of two), and one decided. */
  const collecting = new Map<string, { id: string; publicCode: string }>();
  let decidedCode = '';

  beforeAll(async () => {
    t = await startTestApp('pages_initiatives', { projections: true, initiatives: { thresholdRule: { kind: 'fixed', signatures: 2 } } });
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url });
    base = await listen(t);
    browser = await launchBrowser();
    const staff = await t.staff({ sub: 'mads', roles: ['manager'] });
    const start = async (title: string) => {
      const { body } = await t.http
        .post('/initiatives')
        .send({
          title,
          text: 'Luk Istedgade for biler mellem Halmtorvet og Enghave Plads.',
          language: 'da',
          initiator: { name: 'Karen', email: 'karen@example.dk' },
        })
        .expect(201);
      await t.http.post(`/initiatives/${body.id}/approve`).set(staff).set('If-Match', '"0"').expect(200);
      return body as { id: string; publicCode: string };
    };
    for (const lang of LANGUAGES) collecting.set(lang, await start(`Bilfri Istedgade (${lang})`));
    const decided = await start('Flere bænke ved søerne');
    decidedCode = decided.publicCode;
    for (const [email, district] of [
      ['a@example.dk', 'valby'],
      ['b@example.dk', 'noerrebro'],
    ]) {
      await t.http
        .post(`/initiatives/${decided.id}/signatures`)
        .send({ name: `Navn ${email}`, email, district, residence: true, publishName: true })
        .expect(202);
      const [mail] = await eventually(
        async () => smtp.to(email),
        (mails) => mails.length > 0,
      );
      const token = /\/confirm\/(\S+)/.exec(mail.text)![1];
      await t.http.post(`/initiatives/${decided.id}/signatures/confirmation`).send({ token }).expect(200);
    }
    const referred = await eventually(
      async () => (await t.http.get(`/initiatives/${decided.id}`)).body,
      (view) => view.status === 'referred',
    );
    await t.http
      .post(`/initiatives/${decided.id}/council-decision`)
      .set(staff)
      .set('If-Match', `"${referred.revision}"`)
      .send({ decision: 'partly-adopted', statement: 'Ti nye bænke til foråret.', decidedOn: '2026-12-10' })
      .expect(200);
    await eventually(
      async () => (await t.http.get(`/initiatives/${decided.id}`)).body,
      (view) => view.status === 'decided',
    );
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  async function check(page: Page, lang: string, label: string, response: Response | null): Promise<void> {
    if (process.env.PAGES_TIMING) console.log(lang, label);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect({ page: `${lang} ${label}`, violations: await axeViolations(page) }).toEqual({ page: `${lang} ${label}`, violations: [] });
    if (response) html.set(`${lang}-${label}`, await response.text());
  }

  it.each(LANGUAGES)(
    '%s: the list, an initiative with its form (empty, with errors, signed), the confirmation page and a decided initiative',
    async (lang) => {
      const context: BrowserContext = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      try {
        const visit = async (label: string, path: string) =>
          check(page, lang, label, await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`));
        const post = async (label: string, button: string, status: number) => {
          const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator(button).click()]);
          expect(response.status()).toBe(status);
          await page.waitForLoadState();
          await check(page, lang, label, status === 303 ? null : response);
        };
        await visit('list', '/initiatives');
        expect(await page.locator('progress').count()).toBe(LANGUAGES.length + 1);
        const own = collecting.get(lang)!;
        await visit('decided', `/initiatives/${decidedCode}`);
        expect(await page.locator('.answer').textContent()).toContain('Ti nye bænke til foråret.');
        expect(await page.locator('form').count()).toBe(0);
        await visit('collecting', `/initiatives/${own.publicCode}`);
        await post('sign-errors', 'main form button[type=submit]', 422);
        expect(await page.locator('.error-summary li').count()).toBe(4);
        const email = `side-${lang}@example.dk`;
        await page.fill('#name', 'Ole Dam');
        await page.fill('#email', email);
        await page.selectOption('#district', 'valby');
        await page.check('#residence');
        await post('signed', 'main form button[type=submit]', 303);
        expect(page.url()).toContain(`/initiatives/${own.publicCode}?signed=1`);
        html.set(`${lang}-signed`, await page.content());
        const [mail] = await eventually(
          async () => smtp.to(email),
          (mails) => mails.length > 0,
        );
        expect(mail.language).toBe(lang);
        const link = /https?:\/\/\S+\/confirm\/\S+/.exec(mail.text)![0];
        expect(link.startsWith(`${TEST_PUBLIC_BASE_URL}/initiatives/${own.id}/confirm/`)).toBe(true);
        await visit('confirm', link.replace(TEST_PUBLIC_BASE_URL, ''));
        await post('confirmed', 'main form button[type=submit]', 303);
        expect(page.url()).toContain('confirmed=1');
        await visit('not-found', '/initiatives/I-0000-000000');
      } finally {
        await context.close();
      }
    },
    PAGES_TIMEOUT_MS,
  );

  it('signs by keyboard alone: Tab to each field, type, Space to tick, Enter to send; the focus always shows', async () => {
    const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    const focused = () =>
      page.evaluate<{ id: string; text: string; outline: string }>(`(() => {
        const element = document.activeElement;
        return { id: element.id, text: (element.textContent || '').trim(), outline: getComputedStyle(element).outlineStyle };
      })()`);
    const tabTo = async (what: (element: { id: string; text: string }) => boolean, name: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const element = await focused();
        if (what(element)) {
          expect({ name, outline: element.outline }).not.toEqual({ name, outline: 'none' });
          return;
        }
      }
      throw new Error(`Tab never reached ${name}`);
    };
    const own = collecting.get('da')!;
    await page.goto(`${base}/initiatives?lang=da`);
    await tabTo((e) => e.text === own.publicCode || e.text.startsWith('Bilfri Istedgade (da)'), 'the initiative link');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await tabTo((e) => e.id === 'name', 'name');
    await page.keyboard.type('Tove Tastatur');
    await tabTo((e) => e.id === 'email', 'e-mail');
    await page.keyboard.type('tastatur@example.dk');
    await tabTo((e) => e.id === 'district', 'district');
    for (let i = 0; i < 20 && (await page.evaluate(`document.getElementById('district').value`)) !== 'valby'; i++) await page.keyboard.press('ArrowDown');
    await tabTo((e) => e.id === 'residence', 'residence');
    await page.keyboard.press('Space');
    await tabTo((e) => e.text === 'Skriv under' && e.id === '', 'the sign button');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toContain(`/initiatives/${own.publicCode}?signed=1`);
    await eventually(
      async () => smtp.to('tastatur@example.dk'),
      (mails) => mails.length === 1,
    );
    await page.context().close();
  }, 60_000);

  it('counted each signature made on the pages once', async () => {
    for (const { id } of collecting.values())
      await eventually(
        async () => (await t.http.get(`/initiatives/${id}`)).body.confirmedSignatures,
        (count) => count === 1,
      );
  });

  it('the HTML of every page above passes the Nu HTML Checker', async () => {
    expect(html.size).toBeGreaterThanOrEqual(LANGUAGES.length * 6);
    expect(await htmlErrors(html)).toEqual([]);
  }, 120_000);
});
