import { startTestApp, validIdea, type TestApp } from './support/test-app';

const ALLOWED_ORIGIN = 'https://ideer.kk.dk';

describe('HTTP hardening: security headers, CORS, body limits, tracking 404s', () => {
  let t: TestApp;
  let closedToCors: TestApp;
  let idea: { id: string; trackingToken: string };

  beforeAll(async () => {
    t = await startTestApp('http_hardening', { http: { corsOrigins: [ALLOWED_ORIGIN] } });
    closedToCors = await startTestApp('http_hardening_no_cors');
    idea = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
  });
  afterAll(async () => {
    await closedToCors.close();
    await t.close();
  });

  describe('security headers', () => {
    it.each([
      ['a public read', '/departments', 200],
      ['a problem', '/track/nothing-here', 404],
    ])('are set on %s', async (_name, path, status) => {
      const response = await t.http.get(path).expect(status);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests'); // would break /docs on plain http (npm start)
      expect(response.headers['x-powered-by']).toBeUndefined();
    });

    it('keep the API docs working: /docs loads only its own scripts and styles, none inline', async () => {
      const page = await t.http.get('/docs').redirects(1).expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/src="/); // script-src 'self' refuses inline scripts
        expect(body.trim()).toBe('');
      }
      const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url).filter((url) => !/^(https?:|data:|#)/.test(url));
      expect(assets).toEqual(
        expect.arrayContaining([
          expect.stringContaining('swagger-ui-bundle.js'),
          expect.stringContaining('swagger-ui-init.js'),
          expect.stringContaining('swagger-ui.css'),
        ]),
      );
      for (const asset of assets) await t.http.get(new URL(asset, 'http://api.test/docs').pathname).expect(200);
      await t.http.get('/docs/openapi.json').expect(200);
    });
  });

  describe('CORS', () => {
    const preflight = (app: TestApp, origin: string) =>
      app.http
        .options('/ideas')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type,idempotency-key,x-correlation-id');

    it('answers a preflight from an allowed origin with the methods and headers the API uses', async () => {
      const response = await preflight(t, ALLOWED_ORIGIN).expect(204);
      expect(response.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(response.headers['access-control-allow-methods']).toContain('POST');
      expect(response.headers['access-control-allow-headers'].toLowerCase().split(',')).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'if-match', 'idempotency-key', 'x-correlation-id']),
      );
      expect(response.headers.vary).toMatch(/Origin/i);
    });

    it('exposes ETag, Retry-After, X-Correlation-Id and Idempotent-Replayed to an allowed origin', async () => {
      const response = await t.http.get('/departments').set('Origin', ALLOWED_ORIGIN).expect(200);
      expect(response.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(response.headers['access-control-expose-headers'].toLowerCase().split(',')).toEqual(
        expect.arrayContaining(['etag', 'retry-after', 'x-correlation-id', 'idempotent-replayed']),
      );
    });

    it.each([
      ['another origin', () => preflight(t, 'https://evil.example')],
      ['any origin when none is configured', () => preflight(closedToCors, ALLOWED_ORIGIN)],
    ])('gives %s no CORS headers at all', async (_name, send) => {
      const response = await send();
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    });

    it('gives a simple request from another origin no Access-Control-Allow-Origin', async () => {
      const response = await t.http.get('/departments').set('Origin', 'https://evil.example').expect(200);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('request bodies', () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    it.each([
      ['text/plain', () => t.http.post('/ideas').set('Content-Type', 'text/plain').send(JSON.stringify(validIdea())), 415, 'unsupported-media-type'],
      ['a form', () => t.http.post('/ideas').type('form').send({ title: 'A bench' }), 415, 'unsupported-media-type'],
      ['5 MB of text/plain', () => t.http.post('/ideas').set('Content-Type', 'text/plain').send(big), 415, 'unsupported-media-type'],
      [
        '5 MB of octet-stream on a tracking route',
        () =>
          t.http
            .post(`/track/${idea.trackingToken}/replies`)
            .set('Content-Type', 'application/octet-stream')
            .send(Buffer.alloc(5 * 1024 * 1024)),
        415,
        'unsupported-media-type',
      ],
      ['a body without a Content-Type', () => t.http.post('/ideas').set('Content-Type', '').send('{"title":"x"}'), 415, 'unsupported-media-type'],
      ['5 MB of JSON', () => t.http.post('/ideas').send(validIdea({ description: big })), 413, 'body-too-large'],
    ])('refuses %s with a problem and appends nothing', async (_name, send, status, code) => {
      const before = await t.eventCount();
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status, code });
      expect(await t.eventCount()).toBe(before);
    });

    it('still accepts JSON with a charset, and POSTs with no body at all', async () => {
      await t.http.post('/ideas').set('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(validIdea())).expect(201);
      const withdrawn = await t.http.post(`/track/${idea.trackingToken}/withdraw`);
      expect(withdrawn.status).not.toBe(415);
    });
  });

  describe('tracking links', () => {
    const forged = () => `${idea.trackingToken.slice(0, 22)}${'B'.repeat(32)}`;
    const tokens: Array<[string, () => string]> = [
      ['unknown', () => 'A'.repeat(54)],
      ['forged for a real idea', forged],
      ['malformed', () => 'not a token!'],
      ['too short', () => 'abc'],
      ['overlong', () => 'A'.repeat(2_000)],
      ['the real one with a character more', () => `${idea.trackingToken}A`],
    ];
    const routes: Array<[string, (token: string) => import('supertest').Test]> = [
      ['GET /track/:token', (token) => t.http.get(`/track/${encodeURIComponent(token)}`)],
      ['POST /track/:token/replies', (token) => t.http.post(`/track/${encodeURIComponent(token)}/replies`).send({ answer: 'Here is my answer' })],
      ['POST /track/:token/withdraw', (token) => t.http.post(`/track/${encodeURIComponent(token)}/withdraw`).send({})],
    ];

    it.each(routes)('%s answers every bad token with the same 404, saying nothing more', async (_route, send) => {
      const before = await t.eventCount();
      const bodies = [];
      for (const [name, token] of tokens) {
        const response = await send(token());
        expect({ name, status: response.status }).toEqual({ name, status: 404 });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.text).not.toContain(token().slice(0, 20));
        bodies.push(response.body);
      }
      expect(bodies[0]).toEqual({
        type: expect.stringContaining('tracking-link-not-found'),
        title: expect.any(String),
        status: 404,
        code: 'tracking-link-not-found',
        instance: expect.stringMatching(/^\/track\/\{token\}/),
      });
      for (const body of bodies) expect(body).toEqual(bodies[0]);
      expect(await t.eventCount()).toBe(before);
    });

    it('still finds the idea by its real link', async () => {
      await t.http.get(`/track/${idea.trackingToken}`).expect(200);
    });
  });
});
