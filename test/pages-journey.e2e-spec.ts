import type { Browser, BrowserContext, Page } from 'playwright-core';
import { headersBySubject } from './support/test-auth';
import { startTestApp, type TestApp } from './support/test-app';
import { ideaIdOf, launchBrowser, listen } from './support/browser';
import { startTestJobs, type TestJobs } from './support/test-jobs';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { eventually } from './support/eventually';

/**
 * A citizen with only a browser and an inbox: submit, follow the link in the
 * receipt mail (sent by the worker's jobs over BullMQ on the real Redis to an
 * SMTP sink on loopback), answer the handler's question, read the answer, erase the contact.
 */
describe('Pages: a citizen’s journey in Chromium', () => {
  let t: TestApp;
  let base: string;
  let smtp: SmtpSink;
  let jobs: TestJobs;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let as: Record<string, Record<string, string>>;

  beforeAll(async () => {
    t = await startTestApp('pages-journey', { projections: true });
    base = await listen(t);
    as = await headersBySubject(t, ['lead-lars', 'handler-anna']);
    smtp = await startSmtpSink();
    // The mail's links point at this app, so the browser can open them.
    jobs = await startTestJobs(t, { smtpUrl: smtp.url, config: { publicBaseUrl: base } });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-GB' });
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  /** The links in a mail that open an idea's tracking page (not its unsubscribe link). */
  const trackingLinksIn = (text: string) =>
    (text.match(/https?:\/\/\S+/g) ?? []).filter((url) => url.startsWith(`${base}/track/`) && /^\/track\/[A-Za-z0-9_-]+$/.test(new URL(url).pathname));

  const staff = async (id: string, path: string, body: object, actor: string) => {
    const current = await t.http.get(`/ideas/${id}`).set(as[actor]).expect(200);
    return t.http.post(`/ideas/${id}${path}`).set('If-Match', current.headers.etag).set(as[actor]).send(body).expect(200);
  };

  it('submits an idea through the form, follows the link in the receipt mail, replies to a question, reads the answer and erases the contact', async () => {
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Submit an idea' }).first().click();
    await page.waitForURL(`${base}/submit`);

    // Sent empty first: the errors are listed, next to their fields, and what was typed stays.
    await page.getByLabel('Title').fill('Benches by the lakes');
    await page.getByRole('button', { name: 'Send my idea' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('There is a problem');
    expect(await page.getByLabel('Title').inputValue()).toBe('Benches by the lakes');
    expect(await page.locator('#description').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#description').fill('More benches along the lakes, so older people can rest on their walk.');
    await page.getByLabel('Subject').selectOption({ label: 'Trafik og cykling' });
    await page.getByLabel('District').selectOption({ label: 'Amager Øst' });
    await page.getByLabel('Where').fill('Sortedams Sø, east side');
    await page.getByLabel('E-mail').fill('karen@example.dk');
    await page.getByLabel('Language of your idea').selectOption('en');
    await page.getByRole('button', { name: 'Send my idea' }).click();

    await page.waitForURL(/\/track\/[A-Za-z0-9_-]+\/receipt$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('your idea is received');
    const publicCode = (await page.locator('.code').textContent())!.trim();
    expect(publicCode).toMatch(/^K-\d{4}-\d{6}$/);
    const trackingLink = (await page.locator('#tracking-link').getAttribute('href'))!;
    expect(trackingLink).toMatch(new RegExp(`^${base}/track/[A-Za-z0-9_-]+$`));
    // The copy button appears where JavaScript runs.
    expect(await page.getByRole('button', { name: 'Copy the link' }).isVisible()).toBe(true);

    // The receipt mail arrives (the worker on a loaded machine may take a while) and links to the same page.
    const [receipt] = await eventually(
      async () => smtp.to('karen@example.dk'),
      (mails) => mails.length >= 1,
      60_000,
    );
    expect(receipt?.subject).toContain(publicCode);
    expect(receipt.text).toContain(publicCode);
    const mailLinks = trackingLinksIn(receipt.text);
    expect(mailLinks).toEqual([trackingLink]);

    // A handler asks a question over the API.
    const id = await ideaIdOf(t, publicCode);
    // The form's place is the location's address (staff read it), not a line added to the description.
    const submitted = (await t.http.get(`/ideas/${id}`).set(as['lead-lars']).expect(200)).body.state;
    expect(submitted).toMatchObject({ location: { address: 'Sortedams Sø, east side' } });
    expect(submitted.description).toBe('More benches along the lakes, so older people can rest on their walk.');
    await staff(id, '/assign', { assignee: 'handler-anna' }, 'lead-lars');
    await staff(id, '/questions', { question: 'Which side of the lake do you mean?' }, 'handler-anna');

    await page.goto(mailLinks[0]);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe('Benches by the lakes');
    expect(await page.getByText('Which side of the lake do you mean?').first().isVisible()).toBe(true);
    await page.getByLabel('Your reply').fill('The east side, near Øster Farimagsgade.');
    await page.getByRole('button', { name: 'Send my reply' }).click();
    await page.waitForURL(/\?done=reply$/);
    expect(await page.getByRole('status').textContent()).toContain('your reply is sent');
    expect(await page.locator('.timeline').textContent()).toContain('The east side, near Øster Farimagsgade.');

    await staff(id, '/answer', { decision: 'accepted', publicAnswer: 'We will put up four new benches on the east side in spring.' }, 'handler-anna');
    await page.reload();
    expect(await page.locator('.answer').textContent()).toContain('We will put up four new benches on the east side in spring.');
    expect(await page.locator('.answer').textContent()).toContain('We will do it');

    // Erasing needs the box ticked: without it, the error is next to the box and nothing changes.
    await page.getByRole('button', { name: 'Erase my personal data' }).click();
    expect(await page.locator('#erase-confirm-error').textContent()).toContain('Tick the box');
    await page.getByLabel('Yes, erase my name, e-mail and phone').check();
    await page.getByRole('button', { name: 'Erase my personal data' }).click();
    await page.waitForURL(/\?done=erase$/);
    expect(await page.getByRole('status').textContent()).toContain('Your contact details are erased');
    const json = await t.http.get(new URL(trackingLink).pathname).set('Accept', 'application/json').expect(200);
    expect(json.body.contact).toMatchObject({ erased: true });
  }, 180_000);
});
