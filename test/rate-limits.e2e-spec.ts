import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const UNUSED_REDIS_URL = 'redis://127.0.0.1:1';

/** Behind a trusted proxy each test speaks from its own client address, so the counts of one test cannot touch another's. */
let nextAddress = 1;
const clientAddress = () => `203.0.113.${nextAddress++}`;

function expectRateLimited(response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, windowSeconds: number): void {
  expect(response.status).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status: 429, code: 'rate-limited', title: expect.any(String) });
  expect(response.headers['retry-after']).toMatch(/^\d+$/);
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

describe('Rate limits on the citizen endpoints (Redis-backed)', () => {
  const prefix = `rate-limits-e2e:${process.pid}:${Date.now()}:`;
  const limits = { submitPerMinute: 3, trackPerMinute: 3 };
  let t: TestApp;
  let second: TestApp;
  let redis: Redis;

  beforeAll(async () => {
    t = await startTestApp('rate_limits', { http: { rateLimits: limits, trustProxy: 'loopback', rateLimitKeyPrefix: prefix } });
    second = await startTestApp('rate_limits_second', { http: { rateLimits: limits, trustProxy: 'loopback', rateLimitKeyPrefix: prefix } });
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    const keys = await redis.keys(`*${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await second.close();
    await t.close();
  });

  it('refuses the 4th POST /ideas from one address with 429, Retry-After and nothing appended', async () => {
    const ip = clientAddress();
    for (let i = 0; i < 3; i++) await t.http.post('/ideas').set('X-Forwarded-For', ip).send(validIdea()).expect(201);
    const before = await t.eventCount();
    const refused = await t.http.post('/ideas').set('X-Forwarded-For', ip).send(validIdea());
    expectRateLimited(refused, 60);
    expect(await t.eventCount()).toBe(before);
    await t.http.post('/ideas').set('X-Forwarded-For', clientAddress()).send(validIdea()).expect(201);
  });

  it('counts lookups and replies of /track/… together, refusing the 4th', async () => {
    const staff = await t.staff();
    const submitted = (await t.http.post('/ideas').set('X-Forwarded-For', clientAddress()).send(validIdea()).expect(201)).body;
    expect(submitted.status).toBe('routed'); // by the seeded routing rule, so a question can be asked at once
    await t.http
      .post(`/ideas/${submitted.id}/questions`)
      .set(staff)
      .set('If-Match', `"${submitted.revision}"`)
      .send({ question: 'Which end of the road?' })
      .expect(200);

    const ip = clientAddress();
    await t.http.get(`/track/${submitted.trackingToken}`).set('X-Forwarded-For', ip).expect(200);
    await t.http.get(`/track/${submitted.trackingToken}`).set('X-Forwarded-For', ip).expect(200);
    await t.http.post(`/track/${submitted.trackingToken}/replies`).set('X-Forwarded-For', ip).send({ answer: 'The north end.' }).expect(200);
    const before = await t.eventCount();
    expectRateLimited(await t.http.post(`/track/${submitted.trackingToken}/replies`).set('X-Forwarded-For', ip).send({ answer: 'Again.' }), 60);
    expectRateLimited(await t.http.get(`/track/${submitted.trackingToken}`).set('X-Forwarded-For', ip), 60);
    expectRateLimited(await t.http.post(`/track/${submitted.trackingToken}/withdraw`).set('X-Forwarded-For', ip).send({}), 60);
    expect(await t.eventCount()).toBe(before);
  });

  it('limits guessing of tracking links: unknown tokens count too', async () => {
    const ip = clientAddress();
    for (let i = 0; i < 3; i++)
      await t.http
        .get(`/track/${'A'.repeat(53)}${i}`)
        .set('X-Forwarded-For', ip)
        .expect(404);
    expectRateLimited(await t.http.get(`/track/${'A'.repeat(54)}`).set('X-Forwarded-For', ip), 60);
  });

  it('keeps the submit and track counts apart', async () => {
    const ip = clientAddress();
    for (let i = 0; i < 3; i++) await t.http.post('/ideas').set('X-Forwarded-For', ip).send(validIdea()).expect(201);
    await t.http
      .get(`/track/${'A'.repeat(54)}`)
      .set('X-Forwarded-For', ip)
      .expect(404);
  });

  it('shares the count between two API instances on the same Redis', async () => {
    const ip = clientAddress();
    for (let i = 0; i < 3; i++) await t.http.post('/ideas').set('X-Forwarded-For', ip).send(validIdea()).expect(201);
    const before = await second.eventCount();
    expectRateLimited(await second.http.post('/ideas').set('X-Forwarded-For', ip).send(validIdea()), 60);
    expect(await second.eventCount()).toBe(before);
  });

  it('keeps its counters in Redis under the prefix, with no client address in clear', async () => {
    const keys = await redis.keys(`*${prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain('203.0.113.');
  });

  it('leaves staff endpoints and public reads alone', async () => {
    const ip = clientAddress();
    const staff = await t.staff();
    const submitted = (await t.http.post('/ideas').set('X-Forwarded-For', ip).send(validIdea()).expect(201)).body;
    for (let i = 0; i < 2; i++) await t.http.post('/ideas').set('X-Forwarded-For', ip).send(validIdea()).expect(201);
    expectRateLimited(await t.http.post('/ideas').set('X-Forwarded-For', ip).send(validIdea()), 60);
    for (let i = 0; i < 6; i++) {
      await t.http.get(`/ideas/${submitted.id}`).set('X-Forwarded-For', ip).set(staff).expect(200);
      await t.http.get('/departments').set('X-Forwarded-For', ip).expect(200);
    }
  });
});

describe('Rate limits switched off, with a short window, and without Redis', () => {
  let warn: jest.SpyInstance;

  beforeAll(() => {
    warn = jest.spyOn(Logger.prototype, 'warn');
  });
  afterAll(() => warn.mockRestore());

  it('lets 50 requests through when a limit is 0', async () => {
    const t = await startTestApp('rate_limits_off', { http: { rateLimits: { submitPerMinute: 0, trackPerMinute: 0 } } });
    try {
      for (let i = 0; i < 50; i++) await t.http.get(`/track/${'A'.repeat(54)}`).expect(404);
      for (let i = 0; i < 50; i++) await t.http.post('/ideas').send(validIdea()).expect(201);
    } finally {
      await t.close();
    }
  });

  it('lets requests through again once the window has passed', async () => {
    const t = await startTestApp('rate_limits_window', { http: { rateLimits: { submitPerMinute: 2, trackPerMinute: 2 }, rateLimitWindowSeconds: 2 } });
    try {
      for (let i = 0; i < 2; i++) await t.http.post('/ideas').send(validIdea()).expect(201);
      const refused = await t.http.post('/ideas').send(validIdea());
      expectRateLimited(refused, 2);
      await new Promise((resolve) => setTimeout(resolve, Number(refused.headers['retry-after']) * 1000 + 200));
      await t.http.post('/ideas').send(validIdea()).expect(201);
    } finally {
      await t.close();
    }
  });

  it('counts in memory when there is no Redis (embedded mode)', async () => {
    const t = await startTestApp('rate_limits_memory', { http: { rateLimits: { submitPerMinute: 2, trackPerMinute: 2 }, redisUrl: null } });
    try {
      for (let i = 0; i < 2; i++) await t.http.post('/ideas').send(validIdea()).expect(201);
      expectRateLimited(await t.http.post('/ideas').send(validIdea()), 60);
      // No proxy is trusted by default, so a client cannot escape its count with a made-up X-Forwarded-For.
      expectRateLimited(await t.http.post('/ideas').set('X-Forwarded-For', clientAddress()).send(validIdea()), 60);
    } finally {
      await t.close();
    }
  });

  it('fails open when Redis is unreachable: submissions still succeed, with a warning', async () => {
    warn.mockClear();
    const t = await startTestApp('rate_limits_no_redis', { http: { rateLimits: { submitPerMinute: 1, trackPerMinute: 1 }, redisUrl: UNUSED_REDIS_URL } });
    try {
      for (let i = 0; i < 3; i++) await t.http.post('/ideas').send(validIdea()).expect(201);
      expect(warn.mock.calls.some(([message]) => /Redis for rate limits is unreachable|not counted/.test(String(message)))).toBe(true);
    } finally {
      await t.close();
    }
  });
});
