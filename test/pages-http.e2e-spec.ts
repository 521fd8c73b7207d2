import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepInDevelopmentMailbox, withoutTrackingToken } from '@civic/platform';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** The pages over plain HTTP: content negotiation, languages, security headers, CSRF and double submits. */
describe('Pages over HTTP', () => {
  let t: TestApp;
  let idea: { trackingToken: string; publicCode: string };
  const mailbox = mkdtempSync(join(tmpdir(), 'pages-mailbox-'));

  beforeAll(async () => {
    process.env.DEVELOPMENT_MAILBOX_DIR = mailbox; // as the worker would have it, with no SMTP_URL
    t = await startTestApp('pages-http');
    idea = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
  });
  afterAll(async () => {
    await t.close();
    delete process.env.DEVELOPMENT_MAILBOX_DIR;
    rmSync(mailbox, { recursive: true, force: true });
  });

  describe('the same URLs answer a browser with a page and an API client with its JSON', () => {
    it.each([
      ['/track/{token}', 200],
      ['/public/ideas', 200],
    ])('%s', async (template, status) => {
      const path = template.replace('{token}', idea.trackingToken);
      for (const accept of ['application/json', '*/*', undefined]) {
        const request = t.http.get(path);
        if (accept) request.set('Accept', accept);
        const json = await request.expect(status);
        expect(json.headers['content-type']).toMatch(/^application\/json/);
        expect(json.headers.vary).toMatch(/Accept/);
      }
      const page = await t.http.get(path).set('Accept', BROWSER).expect(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers.vary).toMatch(/Accept/);
      expect(page.text).toMatch(/^<!DOCTYPE html>/);
    });

    it('/public/ideas/<code>: JSON, or the page; an unknown code is a 404 either way', async () => {
      // Without the projections running, the idea is not public yet: both answer 404, each in its own form.
      const json = await t.http.get(`/public/ideas/${idea.publicCode}`).expect(404);
      expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
      const page = await t.http.get(`/public/ideas/${idea.publicCode}`).set('Accept', BROWSER).expect(404);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    });

    it('/: the home page for a browser; API clients get the 404 problem they always got', async () => {
      await t.http.get('/').set('Accept', BROWSER).expect(200).expect('Content-Type', 'text/html; charset=utf-8');
      await t.http
        .get('/')
        .set('Accept', 'application/json')
        .expect(404)
        .expect('Content-Type', /problem\+json/);
    });

    it('an unknown tracking link is a page saying so, with nothing of the token in it', async () => {
      const page = await t.http.get('/track/not-a-real-token-at-all').set('Accept', BROWSER).expect(404);
      expect(page.text).not.toContain('not-a-real-token-at-all');
    });
  });

  describe('languages', () => {
    const langOf = (html: string) => /<html lang="([a-z]+)">/.exec(html)?.[1];

    it('the municipality’s default, else Accept-Language, else the remembered switch', async () => {
      expect(langOf((await t.http.get('/submit').expect(200)).text)).toBe('da');
      expect(langOf((await t.http.get('/submit').set('Accept-Language', 'sv-SE,sv;q=0.9').expect(200)).text)).toBe('sv');
      expect(langOf((await t.http.get('/submit').set('Accept-Language', 'no,en;q=0.5').expect(200)).text)).toBe('nb');
      const switched = await t.http.get('/submit?lang=en').set('Accept-Language', 'sv').expect(200);
      expect(langOf(switched.text)).toBe('en');
      const cookie = (switched.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('lang='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(
        langOf((await t.http.get('/public/ideas').set('Accept', BROWSER).set('Accept-Language', 'sv').set('Cookie', cookie.split(';')[0]).expect(200)).text),
      ).toBe('en');
    });

    it('the tracking page speaks the idea’s language when the reader chose none', async () => {
      const swedish = (
        await t.http
          .post('/ideas')
          .send(validIdea({ language: 'sv' }))
          .expect(201)
      ).body;
      expect(langOf((await t.http.get(`/track/${swedish.trackingToken}`).set('Accept', BROWSER).expect(200)).text)).toBe('sv');
    });
  });

  describe('security', () => {
    it('a strict Content-Security-Policy, no inline script, nothing from elsewhere, no Referer', async () => {
      for (const path of ['/', '/submit', `/track/${idea.trackingToken}`, `/track/${idea.trackingToken}/receipt`, '/accessibility-statement']) {
        const page = await t.http.get(path).set('Accept', BROWSER).expect(200);
        expect(page.headers['content-security-policy']).toContain("script-src 'self'");
        expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
        expect(page.headers['referrer-policy']).toBe('no-referrer');
        expect(page.text).not.toMatch(/<script(?![^>]*\ssrc="\/assets\/)/);
        expect(page.text).not.toMatch(/\s(src|href)="(https?:)?\/\/(?!127\.0\.0\.1)/);
        expect(page.text).not.toMatch(/\sstyle=/);
      }
    });

    it('the logs never hold a tracking token: every page URL with one starts /track/<token>', () => {
      for (const path of ['', '/page', '/receipt', '/page/reply', '/page/erase']) {
        expect(withoutTrackingToken(`/track/${idea.trackingToken}${path}`)).toBe(`/track/{token}${path}`);
      }
    });

    it('refuses a form posted without the token from our own page (cross-site), and creates nothing', async () => {
      const before = await t.eventCount();
      const form = { title: 'Forged', description: 'Posted from another site', category: 'traffic', district: 'amager-oest', language: 'da' };
      const refused = await t.http.post('/submit').type('form').send(form).set('Accept', BROWSER).expect(403);
      expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
      await t.http.post(`/track/${idea.trackingToken}/page/erase`).type('form').send({ confirm: 'yes', _csrf: 'made-up' }).expect(403);
      expect(await t.eventCount()).toBe(before);
    });
  });

  it('a double click (the same form sent twice) makes one idea and shows the same receipt', async () => {
    const form = await t.http.get('/submit').expect(200);
    const cookie = (form.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(form.text)![1];
    const fields = {
      _csrf: hidden('_csrf'),
      idempotencyKey: hidden('idempotencyKey'),
      title: 'Flere bænke',
      description: 'Flere bænke ved søerne',
      category: 'parks-nature',
      district: 'oesterbro',
      language: 'da',
      email: 'karen@example.dk',
    };
    const submissions = async () => Number((await t.db.query(`SELECT count(*) AS n FROM events WHERE type = 'IdeaSubmitted'`)).rows[0].n);
    const before = await submissions();
    const first = await t.http.post('/submit').set('Cookie', cookie).type('form').send(fields).expect(303);
    const second = await t.http.post('/submit').set('Cookie', cookie).type('form').send(fields).expect(303);
    expect(first.headers.location).toMatch(/^\/track\/[A-Za-z0-9_-]+\/receipt$/);
    expect(second.headers.location).toBe(first.headers.location);
    expect(await submissions()).toBe(before + 1);
    const receipt = await t.http.get(first.headers.location).expect(200);
    expect(receipt.text).toMatch(/K-\d{4}-\d{6}/);
  });

  it('/was is the accessibility statement (the Danish convention)', async () => {
    await t.http.get('/was').expect(301).expect('Location', '/accessibility-statement');
    const statement = await t.http.get('/accessibility-statement').expect(200);
    expect(statement.text).toContain('Tilgængelighedserklæring');
  });

  it('in development, the e-mails the worker could not send are readable at /development/mails, links and all', async () => {
    expect((await t.http.get('/development/mails').expect(200)).text).toContain('Ingen e-mails endnu.');
    const link = `http://127.0.0.1:3000/track/${idea.trackingToken}`;
    keepInDevelopmentMailbox(mailbox, {
      key: 'receipt:x',
      at: '2026-11-24T09:00:00.000Z',
      to: ['karen@example.dk'],
      subject: 'Tak for din idé',
      text: `Følg den her: ${link}`,
      language: 'da',
    });
    const page = await t.http.get('/development/mails').expect(200);
    expect(page.text).toContain('Tak for din idé');
    expect(page.text).toContain(`<a href="${link}">`);
  });
});
