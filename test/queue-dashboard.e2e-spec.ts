import { randomUUID } from 'node:crypto';
import { type AnyQueue, createQueue, queueBackend } from '@civic/platform';
import { QueueDashboard } from '../apps/api/src/admin-queues/queue-dashboard';
import { type DedicatedRedis, startDedicatedRedis } from './support/dedicated-redis';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp } from './support/test-app';

/** Bull Board at /admin/queues over the test app's queues (Redis, under the test database's prefix): admins only. */
describe('Queue dashboard (/admin/queues)', () => {
  let t: TestApp;
  let producer: AnyQueue;
  let admin: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('queue_dashboard');
    admin = await t.staff({ sub: 'admin-anne', roles: ['admin'], departments: [] });
    // What the worker does: the same queue name under the same prefix.
    producer = createQueue('notifications', queueBackend({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', databaseUrl: t.database.url }), {
      prefix: t.database.name,
    });
  });
  afterAll(async () => {
    await producer?.obliterate({ force: true });
    await producer?.close();
    await t?.close();
  });

  const expectProblem = (response: { status: number; headers: Record<string, string>; body: { status?: number } }, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.status).toBe(status);
  };
  const sessionCookie = (setCookie: string[] | string | undefined): string => {
    const cookie = [setCookie ?? []].flat().find((line) => line.startsWith('civic_admin_session='));
    expect(cookie).toBeDefined();
    return cookie!;
  };

  it.each(['/admin/queues', '/admin/queues/api/queues', '/admin/queues/static/images/logo.svg'])(
    'refuses %s without a token: 401 with a challenge',
    async (path) => {
      const response = await t.http.get(path);
      expectProblem(response, 401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="civic-ideas"');
    },
  );

  it('refuses a token that does not verify, and a forged session cookie, with invalid_token', async () => {
    const forged = await t.auth.token({ roles: ['admin'] }, { iss: 'https://someone-else.example' });
    for (const response of [
      await t.http.get('/admin/queues').set('authorization', `Bearer ${forged}`),
      await t.http.get('/admin/queues/api/queues').set('cookie', `civic_admin_session=${forged}`),
      await t.http.get('/admin/queues').set('authorization', 'Bearer not a token'),
    ]) {
      expectProblem(response, 401);
      expect(response.headers['www-authenticate']).toMatch(/error="invalid_token"/);
    }
  });

  it.each(['handler', 'department-lead', 'dispatcher', 'manager'])('refuses a %s: 403', async (role) => {
    const headers = await t.staff({ sub: `queue-${role}`, roles: [role], departments: ['TMF'] });
    expectProblem(await t.http.get('/admin/queues').set(headers), 403);
    expectProblem(await t.http.get('/admin/queues/api/queues').set(headers), 403);
    expectProblem(await t.http.post('/admin/queues/session').set(headers), 403);
  });

  it('shows an admin the board, and its API lists the three queues', async () => {
    const page = await t.http.get('/admin/queues').set(admin).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<base href="/admin/queues/"');
    expect(page.headers['x-powered-by']).toBeUndefined();
    const { body } = await t.http.get('/admin/queues/api/queues').set(admin).expect(200);
    expect(body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual(['deadlines', 'maintenance', 'notifications']);
  });

  it('shows a job the worker would have queued under the same prefix', async () => {
    const ideaId = randomUUID();
    await producer.add('citizen-notification', { ideaId, eventId: randomUUID(), revision: 0, kind: 'receipt' }, { jobId: `receipt-${ideaId}` });
    const { body } = await t.http.get('/admin/queues/api/queues?activeQueue=notifications&status=waiting&page=1').set(admin).expect(200);
    const notifications = body.queues.find((queue: { name: string }) => queue.name === 'notifications');
    expect(notifications.counts.waiting).toBeGreaterThanOrEqual(1);
    expect(notifications.jobs).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: `receipt-${ideaId}`, name: 'citizen-notification', data: expect.objectContaining({ ideaId }) })]),
    );
  });

  it('opens a session: the cookie alone then lets the browser in, until it is cleared', async () => {
    const opened = await t.http.post('/admin/queues/session').set(admin).expect(204);
    const cookie = sessionCookie(opened.headers['set-cookie']);
    expect(cookie).toMatch(/; Path=\/admin\/queues(;|$)/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Strict(;|$)/);
    expect(cookie).not.toMatch(/; Secure/); // plain http here; behind TLS it is Secure
    const maxAge = Number(/; Max-Age=(\d+)/.exec(cookie)?.[1]);
    expect(maxAge).toBeGreaterThan(540); // the token lives 10 minutes
    expect(maxAge).toBeLessThanOrEqual(600);

    const value = cookie.split(';')[0];
    expect((await t.http.get('/admin/queues').set('cookie', value).expect(200)).headers['content-type']).toMatch(/^text\/html/);
    expect((await t.http.get('/admin/queues/api/queues').set('cookie', value).expect(200)).body.queues).toHaveLength(3);
    // The page's own assets, which the browser loads with nothing but the cookie.
    await t.http.get('/admin/queues/static/images/logo.svg').set('cookie', value).expect(200);

    const closed = await t.http.delete('/admin/queues/session').set('cookie', value).expect(204);
    const cleared = sessionCookie(closed.headers['set-cookie']);
    expect(cleared).toMatch(/^civic_admin_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    // The browser now sends no cookie.
    expectProblem(await t.http.get('/admin/queues/api/queues'), 401);
  });

  it('marks the cookie Secure when the request came over https (through a trusted proxy)', async () => {
    const proxied = await startTestApp('queue_dashboard_tls', { http: { trustProxy: 'loopback' } });
    try {
      const headers = await proxied.staff({ sub: 'admin-anne', roles: ['admin'], departments: [] });
      const opened = await proxied.http.post('/admin/queues/session').set(headers).set('x-forwarded-proto', 'https').expect(204);
      expect(sessionCookie(opened.headers['set-cookie'])).toMatch(/; Secure(;|$)/);
    } finally {
      await proxied.close();
    }
  });

  it('does not open a session from a cookie: only a bearer token does', async () => {
    const opened = await t.http.post('/admin/queues/session').set(admin).expect(204);
    const value = sessionCookie(opened.headers['set-cookie']).split(';')[0];
    const response = await t.http.post('/admin/queues/session').set('cookie', value);
    expectProblem(response, 401);
  });

  it('leaves other admin paths to the API: an unknown one is a 404 problem', async () => {
    expectProblem(await t.http.get('/admin/queues/nothing-here').set(admin), 404);
  });
});

describe('Queue dashboard while Redis is down', () => {
  let redis: DedicatedRedis;
  let t: TestApp;
  beforeAll(async () => {
    redis = await startDedicatedRedis();
    t = await startTestApp('queue_dashboard_outage', { http: { redisUrl: redis.url } });
  });
  afterAll(async () => {
    try {
      await t?.close();
    } finally {
      await redis?.close();
    }
  });

  it('answers 503 at once, not a page that waits for Redis, and serves the board again once Redis is back', async () => {
    const admin = await t.staff({ sub: 'admin-anne', roles: ['admin'], departments: [] });
    await t.http.get('/admin/queues/api/queues').set(admin).expect(200);

    await redis.stop();
    // The client learns of the closed socket a moment after the server has gone.
    const dashboard = t.app.get(QueueDashboard);
    expect(
      await eventually(
        () => dashboard.reachable(),
        (up) => !up,
      ),
    ).toBe(false);
    const started = Date.now();
    const down = await t.http.get('/admin/queues/api/queues').set(admin);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.headers['retry-after']).toBe('30');
    expect(down.body).toMatchObject({ status: 503, code: 'job-queue-unavailable' });
    // Sign-in still comes first: without a token it is 401, whatever Redis does.
    expect((await t.http.get('/admin/queues/api/queues')).status).toBe(401);

    await redis.start();
    const back = await eventually(
      () => t.http.get('/admin/queues/api/queues').set(admin),
      (response) => response.status === 200,
      15_000,
    );
    expect(back.status).toBe(200);
    expect(back.body.queues).toHaveLength(3);
  }, 40_000);
});
