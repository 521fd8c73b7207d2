import type { Browser, Page } from 'playwright-core';
import { headersBySubject } from './support/test-auth';
import { startTestApp, type TestApp } from './support/test-app';
import { ideaIdOf, launchBrowser, listen } from './support/browser';

/** Without a mouse: every step by Tab, typing and Enter, and the focus always visible. */
describe('Pages: keyboard only', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestApp('pages-keyboard');
    base = await listen(t);
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const focused = () =>
    page.evaluate<{ id: string; tag: string; text: string; outline: string }>(`(() => {
    const element = document.activeElement;
    return { id: element.id, tag: element.tagName, text: (element.textContent || '').trim(), outline: getComputedStyle(element).outlineStyle };
  })()`);

  /** Tabs forward until the element matching `what` has the focus (at most 40 presses); its focus must show. */
  async function tabTo(what: (element: { id: string; tag: string; text: string }) => boolean, name: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const element = await focused();
      if (what(element)) {
        expect({ name, outline: element.outline }).not.toEqual({ name, outline: 'none' });
        return;
      }
    }
    throw new Error(`Tab never reached ${name}`);
  }
  /** A closed select changes option with the arrow keys. */
  async function chooseWithArrows(id: string, label: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('ArrowDown');
      if ((await page.evaluate(`document.getElementById('${id}').selectedOptions[0].textContent`)) === label) return;
    }
    throw new Error(`No option ${label} in ${id}`);
  }
  const byId = (id: string) => (element: { id: string }) => element.id === id;
  const byText = (text: string) => (element: { text: string }) => element.text === text;

  it('submits an idea and replies to a question', async () => {
    await page.goto(`${base}/`);
    await tabTo(byText('Gå til indholdet'), 'the skip link');
    await tabTo(byText('Send en idé'), 'the submit link');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/submit`);

    await tabTo(byId('title'), 'title');
    await page.keyboard.type('Lys på stien i Fælledparken');
    await tabTo(byId('description'), 'description');
    await page.keyboard.type('Stien er mørk om vinteren. Lamper ville gøre den tryg.');
    await tabTo(byId('category'), 'category');
    await chooseWithArrows('category', 'Parker og natur');
    await tabTo(byId('district'), 'district');
    await chooseWithArrows('district', 'Østerbro');
    await tabTo(byId('email'), 'e-mail');
    await page.keyboard.type('ole@example.dk');
    await tabTo(byText('Send min idé'), 'the send button');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect({ url: page.url(), errors: await page.locator('.error-summary').count() }).toEqual({ url: expect.stringMatching(/\/receipt$/), errors: 0 });
    const publicCode = (await page.locator('.code').textContent())!.trim();

    const as = await headersBySubject(t, ['lead-lars', 'handler-anna']);
    const id = await ideaIdOf(t, publicCode);
    for (const [path, body, actor] of [
      ['/route', { department: 'KFF', reason: 'Parker' }, 'lead-lars'],
      ['/assign', { assignee: 'handler-anna' }, 'lead-lars'],
      ['/questions', { question: 'Hvilken sti mener du?' }, 'handler-anna'],
    ] as const) {
      const current = await t.http.get(`/ideas/${id}`).set(as[actor]).expect(200);
      await t.http.post(`/ideas/${id}${path}`).set('If-Match', current.headers.etag).set(as[actor]).send(body);
    }

    await tabTo(byText('Følg din idé'), 'the link to the tracking page');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/track\/[A-Za-z0-9_-]+$/);
    expect(await page.locator('.question').textContent()).toContain('Hvilken sti mener du?');
    await tabTo(byId('answer'), 'the reply');
    await page.keyboard.type('Stien langs Øster Allé.');
    await tabTo(byText('Send mit svar'), 'the reply button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?done=reply$/);
    expect(await page.locator('.timeline').textContent()).toContain('Stien langs Øster Allé.');
  });
});
