import { EVENT_STORE, type EventStore, WrongExpectedVersion } from '@civic/event-store';
import { WorkingDayCalendar } from '@civic/platform';
import { eventually, parsePrometheusText, type Scrape } from '@civic/platform/testing';
import { allProjections } from '@civic/projections';
import { startTestApp, startTestProjections, validIdea, type TestApp } from './support/test-app';

const PROJECTIONS = allProjections(new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' }))
  .map((projection) => projection.name)
  .sort();

async function scrape(t: TestApp): Promise<Scrape> {
  const response = await t.http.get('/metrics').expect(200);
  expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
  return parsePrometheusText(response.text);
}

const count = (s: Scrape, name: string, labels: Record<string, string> = {}) => s.find(name, labels).reduce((sum, sample) => sum + sample.value, 0);
const requests = (s: Scrape, method: string, route: string, status: number) =>
  count(s, 'civic_http_request_duration_seconds_count', { method, route, status: String(status) });

const caughtUp = (s: Scrape) =>
  PROJECTIONS.every(
    (name) =>
      s.find('civic_projection_lag_positions', { projection: name }).some((sample) => sample.value === 0) &&
      s.value('civic_projection_lag_seconds', { projection: name }) === 0,
  );

describe('GET /metrics on the API', () => {
  let t: TestApp;
  let projections: { stop(): Promise<void> } | null = null;
  beforeAll(async () => {
    t = await startTestApp('metrics');
  });
  afterAll(async () => {
    await projections?.stop();
    await t.close();
  });

  it('counts a submit’s append and its request by route template, and shows each projection’s lag rise and fall', async () => {
    // The projection runners (as a worker runs them) register and catch up, then stop: the submit below waits for them.
    projections = startTestProjections(t.database.url);
    await eventually(() => scrape(t), caughtUp);
    await projections.stop();
    projections = null;

    const before = await scrape(t);
    const { body: idea } = await t.http.post('/ideas').send(validIdea()).expect(201);
    const behind = await scrape(t);
    for (const name of PROJECTIONS) {
      expect(behind.value('civic_projection_lag_positions', { projection: name })).toBeGreaterThanOrEqual(1);
      expect(behind.value('civic_projection_lag_seconds', { projection: name })).toBeGreaterThanOrEqual(0);
    }
    projections = startTestProjections(t.database.url);
    await t.http.get(`/track/${idea.trackingToken}`).expect(200);
    await t.http
      .get(`/ideas/${idea.id}`)
      .set(await t.staff())
      .expect(200);
    await t.http.get(`/no-such-page/${idea.id}`).expect(404);

    // Running again, the projections apply the submit: every lag gauge goes back to 0.
    const after = await eventually(() => scrape(t), caughtUp);
    expect(
      after
        .find('civic_projection_lag_positions')
        .map((sample) => sample.labels.projection)
        .sort(),
    ).toEqual(PROJECTIONS);
    for (const name of PROJECTIONS) expect(after.value('civic_projection_lag_positions', { projection: name })).toBe(0);
    expect(after.types.civic_reactor_lag_seconds).toBe('gauge'); // no reactor has run on this database: no series (see the worker's test)

    expect(after.value('civic_event_store_appends_total') - before.value('civic_event_store_appends_total')).toBe(1);
    expect(after.value('civic_event_store_appended_events_total') - before.value('civic_event_store_appended_events_total')).toBeGreaterThanOrEqual(1);
    expect(count(after, 'civic_event_store_append_duration_seconds_count', { result: 'ok' })).toBeGreaterThanOrEqual(1);
    const appendSeconds = after.value('civic_event_store_append_duration_seconds_sum', { result: 'ok' });
    expect(appendSeconds).toBeGreaterThan(0);
    expect(appendSeconds).toBeLessThan(10);

    expect(requests(after, 'POST', '/ideas', 201) - requests(before, 'POST', '/ideas', 201)).toBe(1);
    expect(requests(after, 'GET', '/track/:token', 200)).toBe(1);
    expect(requests(after, 'GET', '/ideas/:id', 200)).toBe(1);
    expect(requests(after, 'GET', 'unmatched', 404)).toBe(1);
    expect(after.value('civic_http_request_duration_seconds_bucket', { method: 'POST', route: '/ideas', status: '201', le: '+Inf' })).toBe(1);
    expect(after.value('civic_http_request_duration_seconds_sum', { method: 'POST', route: '/ideas', status: '201' })).toBeGreaterThan(0);
    // No id, token or path in any label.
    const labelValues = after.samples.flatMap((sample) => Object.values(sample.labels));
    expect(labelValues.filter((value) => value.includes(idea.id) || value.includes(idea.trackingToken) || value.includes('no-such-page'))).toEqual([]);
    expect(after.find('process_cpu_seconds_total')).toHaveLength(1);
    expect(after.types.nodejs_heap_size_used_bytes).toBe('gauge');
  });

  it('counts a lost race as a wrong-expected-version conflict, one per 409', async () => {
    const before = await scrape(t);
    const { body: idea } = await t.http.post('/ideas').send(validIdea()).expect(201);
    const staff = await t.staff();
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.http
          .post(`/ideas/${idea.id}/assign`)
          .set('If-Match', '"1"')
          .set(staff)
          .send({ assignee: `handler-${i}` }),
      ),
    );
    // The same store the handlers append with: a stale revision is refused and counted.
    const store = t.app.get<EventStore>(EVENT_STORE);
    await expect(
      store.appendToStream(
        `idea-${idea.id}`,
        [
          {
            type: 'IdeaSupported',
            data: {},
            metadata: { correlationId: 'c', causationId: null, actor: 'test', occurredAt: new Date().toISOString(), schemaVersion: 1 },
          },
        ],
        { expectedRevision: 0 },
      ),
    ).rejects.toBeInstanceOf(WrongExpectedVersion);
    const after = await scrape(t);
    const conflicts = attempts.filter((response) => response.status === 409).length;
    expect(after.value('civic_event_store_wrong_expected_version_total') - before.value('civic_event_store_wrong_expected_version_total')).toBe(conflicts + 1);
    expect(after.value('civic_event_store_appends_total') - before.value('civic_event_store_appends_total')).toBe(2); // the submit and the one assignment that won
    expect(requests(after, 'POST', '/ideas/:id/assign', 200)).toBe(1);
  });

  it('is not in the OpenAPI document', async () => {
    const { body } = await t.http.get('/docs/openapi.json').expect(200);
    expect(Object.keys(body.paths)).toContain('/ideas');
    expect(Object.keys(body.paths).filter((path) => path.includes('metrics'))).toEqual([]);
  });
});

describe('GET /metrics access', () => {
  const token = 'metrics-token-for-the-e2e-test';
  let limited: TestApp;
  let guarded: TestApp;
  let off: TestApp;
  beforeAll(async () => {
    limited = await startTestApp('metrics_limited', {
      http: { rateLimits: { submitPerMinute: 1, trackPerMinute: 1 }, rateLimitKeyPrefix: `metrics-e2e:${process.pid}:${Date.now()}:` },
    });
    guarded = await startTestApp('metrics_guarded', { metrics: { token, enabled: true } });
    off = await startTestApp('metrics_off', { metrics: { token: null, enabled: false } });
  });
  afterAll(async () => {
    await Promise.all([limited.close(), guarded.close(), off.close()]);
  });

  it('is never rate-limited, while the citizen limits hold (and their 429s count under the route)', async () => {
    const before = await scrape(limited);
    await limited.http.post('/ideas').send(validIdea()).expect(201);
    await limited.http.post('/ideas').send(validIdea()).expect(429);
    for (let i = 0; i < 10; i++) await scrape(limited);
    const after = await scrape(limited);
    expect(requests(after, 'POST', '/ideas', 429) - requests(before, 'POST', '/ideas', 429)).toBe(1);
    expect(requests(after, 'GET', '/metrics', 200) - requests(before, 'GET', '/metrics', 200)).toBe(11);
  });

  it('wants METRICS_TOKEN as a bearer token when one is configured', async () => {
    const refused = await guarded.http.get('/metrics').expect(401);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(refused.text).not.toContain('civic_');
    await guarded.http.get('/metrics').set('Authorization', `Bearer ${token}-not`).expect(401);
    const allowed = await guarded.http.get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
    expect(parsePrometheusText(allowed.text).types.civic_http_request_duration_seconds).toBe('histogram');
  });

  it('is not there at all when switched off (production without METRICS_TOKEN)', async () => {
    const response = await off.http.get('/metrics').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
