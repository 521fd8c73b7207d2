import { Pool } from 'pg';
import { startDedicatedPostgres, type DedicatedPostgres } from './support/dedicated-postgres';
import { eventually } from './support/eventually';
import { startTestApp, startTestProjections, type TestApp, type TestProjections, validIdea } from './support/test-app';

const OUTAGE_MS = 20_000;
/** Past this an answer counts as a hang (a connection attempt gives up after 5 s). */
const ANSWER_WITHIN_MS = 10_000;
/** From the server's return: submits succeed, and every projection has an owner again. */
const RECOVERY_WITHIN_MS = 5_000;

interface Answer {
  readonly what: string;
  readonly sentAt: number;
  readonly endedAt: number;
  readonly status: number;
  readonly contentType: string;
  readonly retryAfter: string | undefined;
  readonly body: { code?: string; id?: string; publicCode?: string };
}

/**
 * PostgreSQL, the event store and the read models at once, goes away for
 * 20 s while citizens submit and read and staff work their inbox. Every
 * answer in that time is a 503 problem with Retry-After, never a 500 and
 * never a hang; what was accepted (201) is in the event store and reaches the
 * read models; and the API and the worker's projection runners recover by
 * themselves. A PostgreSQL server of this test's own: the shared one is never
 * stopped.
 */
describe('A PostgreSQL outage', () => {
  let postgres: DedicatedPostgres;
  let t: TestApp;
  let projections: TestProjections;

  // Every 503 is an error line in the request log: a thousand of them would bury the test's own output.
  const logLevel = process.env.LOG_LEVEL;
  beforeAll(async () => {
    process.env.LOG_LEVEL ??= 'fatal';
    postgres = await startDedicatedPostgres();
    t = await startTestApp('postgres_outage', { serverUrl: postgres.url });
    // As a worker runs them: a standby looks for a free lock every second.
    projections = startTestProjections(t.database.url, { takeOverIntervalMs: 1000 });
  }, 60_000);
  afterAll(async () => {
    try {
      await postgres?.start(); // if the test failed while it was down: everything closes against a running server
      await projections?.stop();
      await t?.close();
    } finally {
      await postgres?.close();
      if (logLevel === undefined) delete process.env.LOG_LEVEL;
    }
  }, 60_000);

  it('answers 503 with Retry-After while it is down, loses nothing it accepted, and recovers without a restart', async () => {
    const staff = await t.staff();
    const first = await t.http.post('/ideas').send(validIdea()).expect(201);
    const { id, publicCode, trackingToken } = first.body;
    await eventually(
      () => t.http.get(`/public/ideas/${publicCode}`),
      (response) => response.status === 200,
    );

    const requests: Record<string, () => ReturnType<TestApp['http']['get']>> = {
      submit: () => t.http.post('/ideas').send(validIdea({ title: `Cykelsti nr. ${Math.random().toString(36).slice(2, 8)}` })),
      'public list': () => t.http.get('/public/ideas').query({ limit: 5 }),
      'public page': () => t.http.get(`/public/ideas/${publicCode}`),
      tracking: () => t.http.get(`/track/${trackingToken}`).set('Accept', 'application/json'),
      inbox: () => t.http.get('/departments/TMF/inbox').query({ limit: 5 }).set(staff),
      'staff idea': () => t.http.get(`/ideas/${id}`).set(staff),
      'open311 list': () => t.http.get('/open311/v2/requests.json'),
    };
    const answers: Answer[] = [];
    const failures: string[] = [];
    let loading = true;
    const client = async (offset: number) => {
      const kinds = Object.keys(requests);
      for (let i = offset; loading; i++) {
        const what = kinds[i % kinds.length];
        const sentAt = Date.now();
        try {
          const response = await requests[what]().timeout(ANSWER_WITHIN_MS);
          answers.push({
            what,
            sentAt,
            endedAt: Date.now(),
            status: response.status,
            contentType: String(response.headers['content-type'] ?? ''),
            retryAfter: response.headers['retry-after'],
            body: response.body ?? {},
          });
        } catch (error) {
          failures.push(`${what}: ${(error as Error).message} after ${Date.now() - sentAt} ms`); // a timeout or a dropped connection
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const clients = Promise.all([0, 1, 2, 3].map(client));

    await new Promise((resolve) => setTimeout(resolve, 2000));
    const stopping = Date.now();
    await postgres.stop();
    const down = Date.now();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    const starting = Date.now();
    await postgres.start();
    const up = Date.now();

    const owned = await eventually(
      async () => projections.runners.every((runner) => runner.isOwner) && Date.now(),
      (at) => at !== false,
      30_000,
    );
    const submitted = await eventually(
      async () => answers.find((answer) => answer.what === 'submit' && answer.status === 201 && answer.sentAt >= up)?.endedAt,
      (at) => at !== undefined,
      30_000,
    );
    // Load on for 2 s more, and until more than ten submits were accepted in all (a slow machine sends fewer in the same time).
    const settled = Date.now() + 2000;
    await eventually(
      async () => answers.filter((answer) => answer.what === 'submit' && answer.status === 201).length,
      (accepted) => accepted > 10 && Date.now() >= settled,
      30_000,
    );
    loading = false;
    await clients;

    const during = answers.filter((answer) => answer.sentAt >= down && answer.endedAt <= starting);
    const statuses = (list: Answer[]) => [...new Set(list.map((answer) => answer.status))].sort();
    console.log(
      `PostgreSQL stopped in ${down - stopping} ms, started in ${up - starting} ms; ${answers.length} answers (${during.length} while down), ` +
        `projections owned ${Number(owned) - up} ms and the first submit accepted ${Number(submitted) - up} ms after it was back`,
    );

    expect(failures).toEqual([]);
    expect(statuses(answers).filter((status) => ![200, 201, 503].includes(status))).toEqual([]);
    for (const what of Object.keys(requests)) {
      const down = during.filter((answer) => answer.what === what);
      expect({ what, count: down.length > 3 }).toEqual({ what, count: true });
      expect({ what, statuses: statuses(down) }).toEqual({ what, statuses: [503] });
    }
    for (const answer of answers.filter((a) => a.status === 503)) {
      expect(answer.retryAfter).toBe('30');
      if (answer.what.startsWith('open311')) {
        // GeoReport v2's own error format: [{ code, description }].
        expect(answer.contentType).toMatch(/^application\/json/);
        expect(answer.body).toEqual([{ code: 503, description: expect.any(String) }]);
        continue;
      }
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(['database-unavailable', 'event-store-unavailable']).toContain(answer.body.code);
    }
    expect(Math.max(...answers.map((answer) => answer.endedAt - answer.sentAt))).toBeLessThan(ANSWER_WITHIN_MS);
    expect(Number(owned) - up).toBeLessThan(RECOVERY_WITHIN_MS);
    expect(Number(submitted) - up).toBeLessThan(RECOVERY_WITHIN_MS);

    // Nothing accepted is lost: every 201 is in the event store, and reaches the read models.
    const accepted = answers.filter((answer) => answer.what === 'submit' && answer.status === 201).map((answer) => answer.body);
    expect(accepted.length).toBeGreaterThan(10);
    const pool = new Pool({ connectionString: t.database.url, max: 1 });
    try {
      const { rows } = await pool.query<{ stream_id: string }>(`SELECT stream_id FROM events WHERE type = 'IdeaSubmitted'`);
      const stored = new Set(rows.map((row) => row.stream_id));
      expect(accepted.filter((idea) => !stored.has(`idea-${idea.id}`))).toEqual([]);
    } finally {
      await pool.end();
    }
    const missing = await eventually(
      async () => {
        const left: string[] = [];
        for (const idea of accepted) if ((await t.http.get(`/public/ideas/${idea.publicCode}`)).status !== 200) left.push(idea.publicCode!);
        return left;
      },
      (left) => left.length === 0,
      20_000,
    );
    expect(missing).toEqual([]);
    const health = await eventually(
      async () => (await t.http.get('/health')).body,
      (body) => body.status === 'ok' && body.projections.every((projection: { positionsBehind: number }) => projection.positionsBehind === 0),
      20_000,
    );
    expect(health.projections.length).toBe(projections.runners.length);
  }, 120_000);
});
