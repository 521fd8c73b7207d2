import type { Browser, Page } from 'playwright-core';
import { eventually } from './support/eventually';
import { launchBrowser, listen } from './support/browser';
import { axeViolations, htmlErrors } from './support/page-checks';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

const LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;

/**
 * The submit form's similar ideas: with JavaScript a list that follows the
 * writing (a script of our own, under the CSP), without it a step before the
 * idea is sent. Both pass axe-core (WCAG 2.1 AA) and the Nu HTML Checker.
 */
describe('Pages: similar ideas on the submit form', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const html = new Map<string, string>();
  const existing = validIdea({ title: 'Flere bænke ved søerne', description: 'Ældre vil gerne hvile sig på turen rundt om søerne.', district: 'oesterbro' });
  let code: string;

  beforeAll(async () => {
    t = await startTestApp('pages-similar', { projections: true });
    base = await listen(t);
    browser = await launchBrowser();
    code = (await t.http.post('/ideas').send(existing).expect(201)).body.publicCode;
    await eventually(
      () => t.http.get('/public/ideas/similar').query({ text: 'bænke søerne' }),
      (r) => r.status === 200 && r.body.items.length > 0,
      10_000,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function fill(page: Page, title: string, description: string): Promise<void> {
    await page.locator('#title').fill(title);
    await page.locator('#description').fill(description);
    await page.locator('#category').selectOption('parks-nature');
    await page.locator('#district').selectOption('oesterbro');
  }

  it.each(LANGUAGES)(
    '%s, without JavaScript: a valid idea like others stops once at a step that lists them; sending it anyway submits it',
    async (lang) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await page.goto(`${base}/submit?lang=${lang}`);
        await fill(page, 'Bænke ved søerne', 'Flere bænke langs søerne, så ældre kan hvile sig.');
        const [step] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('main form button[type=submit]').click()]);
        expect(step.status()).toBe(200);
        // The idea already there, and those sent in the languages before this one.
        expect(await page.locator('.similar-step a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(`/public/ideas/${code}`);
        expect(await page.locator('#title').inputValue()).toBe('Bænke ved søerne'); // what was written stays
        html.set(`${lang}-similar-step`, await step.text());

        const [sent] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('main form button[type=submit]').click()]);
        expect(sent.status()).toBe(303);
        await page.waitForLoadState();
        expect(page.url()).toMatch(/\/track\/[^/]+\/receipt$/);
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it.each(LANGUAGES)(
    '%s: the step passes axe-core (WCAG 2.1 AA)',
    async (lang) => {
      // axe runs as a script in the page: a JavaScript context that skips what the script would do (it marks the list as seen).
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${base}/submit?lang=${lang}`);
        await fill(page, 'Bænke ved søerne', 'Flere bænke langs søerne.');
        // A hidden input's value is its attribute.
        await page.locator('#similarChecked').evaluate((input) => input.setAttribute('value', ''));
        await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('main form button[type=submit]').click()]);
        await page.locator('.similar-step').waitFor();
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it('sends an idea like no other at once, without the step', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/submit?lang=da`);
      await fill(page, 'Xylofonkoncert', 'Zebrastriber til xylofoner.');
      const [sent] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('main form button[type=submit]').click()]);
      expect(sent.status()).toBe(303);
    } finally {
      await context.close();
    }
  });

  it.each(LANGUAGES)(
    '%s, with JavaScript: the list follows the writing, under the CSP (no console errors), and the idea is sent in one step',
    async (lang) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      try {
        await page.goto(`${base}/submit?lang=${lang}`);
        await expect(page.locator('.similar-live-box').isHidden()).resolves.toBe(true);
        await page.locator('#title').fill('Bænke');
        await page.locator('#description').fill('ved søerne til de ældre');
        await page.locator('.similar-live-box a').first().waitFor({ state: 'visible', timeout: 10_000 });
        // Links to the ideas' public pages, each with its code; the ideas sent in the languages before this one may now fill the five places.
        const links = await page.locator('.similar-live-box a:not(.similar-support)').evaluateAll((found) => found.map((link) => link.getAttribute('href')));
        expect(links.length).toBeGreaterThan(0);
        expect(links.length).toBeLessThanOrEqual(5);
        for (const link of links) expect(link).toMatch(/^\/public\/ideas\/K-2026-\d{6}$/);
        if (lang === 'da') expect(links).toContain(`/public/ideas/${code}`);
        expect(await page.locator('.similar-live-box').textContent()).toContain(links[0]!.replace('/public/ideas/', ''));
        // Beside each, its supporters and the way to support it instead.
        const supportLinks = await page.locator('.similar-live-box a.similar-support').evaluateAll((found) => found.map((link) => link.getAttribute('href')));
        expect(supportLinks).toEqual(links.map((link) => `${link}#support`));
        expect(await page.locator('.similar-live-box a.similar-support').first().textContent()).not.toContain('{code}');
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('#category').selectOption('parks-nature');
        await page.locator('#district').selectOption('oesterbro');
        const [sent] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('main form button[type=submit]').click()]);
        expect(sent.status()).toBe(303);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it('the step is valid HTML in every language (Nu HTML Checker)', async () => {
    expect(html.size).toBe(LANGUAGES.length);
    expect(await htmlErrors(html)).toEqual([]);
  }, 120_000);
});
