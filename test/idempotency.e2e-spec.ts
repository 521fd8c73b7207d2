import { randomUUID } from 'node:crypto';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

describe('POST /ideas with an Idempotency-Key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('idempotency');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a retry with the same idea and creates nothing', async () => {
    const key = randomUUID();
    const first = await t.http.post('/ideas').set('Idempotency-Key', key).send(validIdea()).expect(201);
    const before = await t.eventCount();
    const retry = await t.http.post('/ideas').set('Idempotency-Key', key).send(validIdea()).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await t.eventCount()).toBe(before);
    await t.http.get(`/track/${retry.body.trackingToken}`).expect(200);
  });

  it('creates exactly one idea from ten simultaneous retries', async () => {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.http
          .post('/ideas')
          .set('Idempotency-Key', key)
          .send(validIdea({ title: 'Ten at once' })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(new Set(responses.map((r) => r.body.publicCode)).size).toBe(1);
    const { rows } = await t.db.query("SELECT count(*)::int AS n FROM events WHERE type = 'IdeaSubmitted' AND data->>'title' = 'Ten at once'");
    expect(rows[0].n).toBe(1);
  });

  it('refuses the same key for a different request', async () => {
    const key = randomUUID();
    await t.http.post('/ideas').set('Idempotency-Key', key).send(validIdea()).expect(201);
    const before = await t.eventCount();
    const other = await t.http
      .post('/ideas')
      .set('Idempotency-Key', key)
      .send(validIdea({ title: 'Something else' }))
      .expect(422);
    expect(other.body.code).toBe('idempotency-key-reused');
    expect(await t.eventCount()).toBe(before);
  });

  it('gives different ideas to requests without a key', async () => {
    const a = await t.http.post('/ideas').send(validIdea()).expect(201);
    const b = await t.http.post('/ideas').send(validIdea()).expect(201);
    expect(a.body.id).not.toBe(b.body.id);
    expect(a.body.publicCode).not.toBe(b.body.publicCode);
  });
});
