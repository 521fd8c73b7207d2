import type { Browser, Page } from 'playwright-core';
import { PostgresEventStore } from '@civic/event-store';
import { moderationQueueProjection, publicStatusProjection } from '@civic/projections';
import { catchUpToNewest } from '@civic/projections/testing';
import { launchBrowser, listen } from './support/browser';
import { axeViolations } from './support/page-checks';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

/**
 * One lean browser pass (axe-core, WCAG 2.1 AA) over moderation's pages, in
 * the default language and one other: the idea page's report form with its
 * errors and the thank-you page, a hidden idea's page and its citizen's
 * tracking page (which says that it is hidden), and the staff's
 * moderation queue and case page with the moderation forms. Behaviour is
 * tested over HTTP in moderation.e2e-spec.ts.
 */
describe('Moderation pages: accessibility (axe-core, WCAG 2.1 AA)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let reported: { id: string; publicCode: string };
  let hidden: { publicCode: string; trackingToken: string };

  beforeAll(async () => {
    t = await startTestApp('moderation-a11y');
    base = await listen(t);
    browser = await launchBrowser();
    const headers = await t.staff();
    reported = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    const toHide = (
      await t.http
        .post('/ideas')
        .send(validIdea({ title: 'Skjules' }))
        .expect(201)
    ).body;
    await t.http.post(`/ideas/${toHide.id}/hide`).set(headers).set('If-Match', `"${toHide.revision}"`).send({ reason: 'offensive' }).expect(200);
    hidden = toHide;
    const store = new PostgresEventStore(t.db);
    try {
      await catchUpToNewest(t.db, store, publicStatusProjection());
      await t.http.post(`/public/ideas/${reported.publicCode}/reports`).send({ reason: 'offensive', note: 'Grimt sprog' }).expect(201);
      await catchUpToNewest(t.db, store, moderationQueueProjection());
    } finally {
      await store.close();
    }
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function check(page: Page, lang: string, label: string): Promise<void> {
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect({ page: `${lang} ${label}`, violations: await axeViolations(page) }).toEqual({ page: `${lang} ${label}`, violations: [] });
  }

  it.each(['da', 'en'])(
    '%s: the report form (empty, with errors), the thank-you page, a hidden idea and its tracking page, the queue and the case page',
    async (lang) => {
      const context = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      try {
        await page.goto(`${base}/public/ideas/${reported.publicCode}?lang=${lang}`);
        await check(page, lang, 'idea page with the report form');
        await Promise.all([page.waitForLoadState(), page.click('#report-title ~ form button[type=submit]')]);
        await page.waitForSelector('#report-reason-error');
        await check(page, lang, 'report form with errors');
        await page.selectOption('#report-reason', 'spam');
        await Promise.all([page.waitForURL(/\/reported$/), page.click('#report-title ~ form button[type=submit]')]);
        await check(page, lang, 'thank-you page');
        await page.goto(`${base}/public/ideas/${hidden.publicCode}?lang=${lang}`);
        expect(await page.textContent('main')).not.toContain('Skjules');
        await check(page, lang, 'hidden idea');
        await page.goto(`${base}/track/${hidden.trackingToken}?lang=${lang}`);
        expect(await page.textContent('#hidden-title')).toBeTruthy();
        await check(page, lang, 'tracking page of a hidden idea');

        await page.goto(`${base}/staff/sign-in?lang=${lang}`);
        await page.fill('#subject', `dora-${lang}`);
        await page.check('#role-dispatcher');
        await Promise.all([page.waitForURL(`${base}/staff/inbox`), page.click('main button[type=submit]')]);
        await page.goto(`${base}/staff/moderation`);
        expect(await page.textContent('main')).toContain(reported.publicCode);
        await check(page, lang, 'moderation queue');
        await page.goto(`${base}/staff/ideas/${reported.id}`);
        expect(await page.locator(`form[action="/staff/ideas/${reported.id}/hide"]`).count()).toBe(1);
        await check(page, lang, 'case page with the moderation forms');
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
