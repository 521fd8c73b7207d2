import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { axeViolations } from './support/page-checks';

/** The accessibility check every page test relies on finds what it must, and passes what it should. */
describe('axeViolations (axe-core in the page, WCAG 2.1 AA)', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const PAGE = (body: string) => `<!doctype html><html lang="da"><head><title>Prøve</title></head><body><main><h1>Prøve</h1>${body}</main></body></html>`;

  it('finds a field without a label and text without enough contrast', async () => {
    await page.setContent(PAGE('<p style="color:#bbb;background:#fff">Svag tekst</p><input id="x">'));
    const found = await axeViolations(page);
    expect(found.some((line) => line.startsWith('label: #x'))).toBe(true);
    expect(found.some((line) => line.startsWith('color-contrast:'))).toBe(true);
  });

  it('passes the same page fixed, and again on the same document (axe is put in once)', async () => {
    await page.setContent(PAGE('<p style="color:#222;background:#fff">Tydelig tekst</p><label for="x">Navn</label><input id="x">'));
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
