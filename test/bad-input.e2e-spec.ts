import { randomUUID } from 'node:crypto';
import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

/** Every client mistake: a clear 4xx in problem+json, and nothing appended. */
describe('Bad input over HTTP', () => {
  let t: TestApp;
  let routed: { id: string; trackingToken: string };
  let declined: string;
  let as: Record<string, Record<string, string>>;

  beforeAll(async () => {
    t = await startTestApp('bad_input');
    as = await headersBySubject(t, ['dev']);
    routed = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    const d = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    await t.http.post(`/ideas/${d.id}/answer`).set(as.dev).set('If-Match', '"1"').send({ decision: 'declined', publicAnswer: 'Not this year.' }).expect(200);
    declined = d.id;
  });
  afterAll(async () => {
    await t.close();
  });

  type Row = [name: string, send: () => import('supertest').Test, status: number, code?: string, field?: string];
  const rows: Row[] = [
    ['malformed JSON', () => t.http.post('/ideas').set('Content-Type', 'application/json').send('{"title": '), 400, 'malformed-json'],
    ['a JSON array', () => t.http.post('/ideas').send([validIdea()]), 400, 'malformed-json'],
    ['a body over the size limit', () => t.http.post('/ideas').send(validIdea({ description: 'x'.repeat(200_000) })), 413, 'body-too-large'],
    ['an unknown field', () => t.http.post('/ideas').send(validIdea({ priority: 'urgent' })), 422, 'validation-failed', 'priority'],
    ['a title of 201 characters', () => t.http.post('/ideas').send(validIdea({ title: 't'.repeat(201) })), 422, 'validation-failed', 'title'],
    [
      'a description of 10,001 characters',
      () => t.http.post('/ideas').send(validIdea({ description: 'd'.repeat(10_001) })),
      422,
      'validation-failed',
      'description',
    ],
    ['an empty title', () => t.http.post('/ideas').send(validIdea({ title: '' })), 422, 'validation-failed', 'title'],
    ['a title that is a number', () => t.http.post('/ideas').send(validIdea({ title: 42 })), 422, 'validation-failed', 'title'],
    ['a language outside da|sv|en', () => t.http.post('/ideas').send(validIdea({ language: 'de' })), 422, 'validation-failed', 'language'],
    ['a channel outside the list', () => t.http.post('/ideas').send(validIdea({ channel: 'fax' })), 422, 'validation-failed', 'channel'],
    ['an unknown category', () => t.http.post('/ideas').send(validIdea({ category: 'space-travel' })), 422, 'validation-failed', 'category'],
    ['an unknown district', () => t.http.post('/ideas').send(validIdea({ district: 'atlantis' })), 422, 'validation-failed', 'district'],
    ['a malformed e-mail', () => t.http.post('/ideas').send(validIdea({ contact: { email: 'not-an-email' } })), 422, 'validation-failed', 'contact.email'],
    ['an unknown contact field', () => t.http.post('/ideas').send(validIdea({ contact: { cpr: '010203-1234' } })), 422, 'validation-failed', 'contact.cpr'],
    ['a latitude of 100', () => t.http.post('/ideas').send(validIdea({ location: { lat: 100, lon: 12 } })), 422, 'validation-failed', 'location.lat'],
    ['a location that is a string', () => t.http.post('/ideas').send(validIdea({ location: 'Amager' })), 422, 'validation-failed', 'location'],
    ['an unusable Idempotency-Key', () => t.http.post('/ideas').set('Idempotency-Key', 'short').send(validIdea()), 400, 'bad-idempotency-key'],
    ['an idea id that is not a uuid', () => t.http.get('/ideas/123').set(as.dev), 400],
    ['an idea that does not exist', () => t.http.get(`/ideas/${randomUUID()}`).set(as.dev), 404, 'idea-not-found'],
    [
      'a command on an idea that does not exist',
      () => t.http.post(`/ideas/${randomUUID()}/assign`).set(as.dev).set('If-Match', '"0"').send({ assignee: 'anna' }),
      404,
      'idea-not-found',
    ],
    ['a staff command without If-Match', () => t.http.post(`/ideas/${routed.id}/assign`).set(as.dev).send({ assignee: 'anna' }), 428, 'if-match-required'],
    [
      'a malformed If-Match',
      () => t.http.post(`/ideas/${routed.id}/assign`).set(as.dev).set('If-Match', 'yesterday').send({ assignee: 'anna' }),
      400,
      'bad-if-match',
    ],
    ['a stale If-Match', () => t.http.post(`/ideas/${routed.id}/assign`).set(as.dev).set('If-Match', '"0"').send({ assignee: 'anna' }), 412, 'stale-revision'],
    [
      'a bearer token that is not one',
      () => t.http.post(`/ideas/${routed.id}/assign`).set('If-Match', '"1"').set('Authorization', 'Bearer Robert; DROP TABLE').send({ assignee: 'anna' }),
      401,
      'invalid-token',
    ],
    [
      'routing to an unknown department',
      () => t.http.post(`/ideas/${routed.id}/route`).set(as.dev).set('If-Match', '"1"').send({ department: 'NASA', reason: 'why not' }),
      422,
      'unknown-department',
    ],
    [
      'routing to where it already is',
      () => t.http.post(`/ideas/${routed.id}/route`).set(as.dev).set('If-Match', '"1"').send({ department: 'TMF', reason: 'again' }),
      409,
      'already-routed-there',
    ],
    [
      'a diagnosis with a bad feasibility',
      () =>
        t.http
          .post(`/ideas/${routed.id}/diagnosis`)
          .set(as.dev)
          .set('If-Match', '"1"')
          .send({ feasibility: 'maybe', costBand: 'low', recommendation: 'accept', notes: '' }),
      422,
      'validation-failed',
      'feasibility',
    ],
    [
      'an answer with an unknown decision',
      () => t.http.post(`/ideas/${routed.id}/answer`).set(as.dev).set('If-Match', '"1"').send({ decision: 'perhaps', publicAnswer: 'x' }),
      422,
      'validation-failed',
      'decision',
    ],
    [
      'implementing a declined idea',
      () => t.http.post(`/ideas/${declined}/implementation`).set(as.dev).set('If-Match', '"2"').send({ note: 'Started anyway' }),
      409,
      'not-accepted',
    ],
    [
      'progress over 100 %',
      () => t.http.post(`/ideas/${routed.id}/implementation`).set(as.dev).set('If-Match', '"1"').send({ note: 'x', percentComplete: 150 }),
      422,
      'validation-failed',
      'percentComplete',
    ],
    [
      'marking an idea a duplicate of itself',
      () => t.http.post(`/ideas/${routed.id}/duplicate`).set(as.dev).set('If-Match', '"1"').send({ duplicateOf: routed.id }),
      422,
    ],
    [
      'marking a duplicate of an idea that does not exist',
      () => t.http.post(`/ideas/${routed.id}/duplicate`).set(as.dev).set('If-Match', '"1"').send({ duplicateOf: randomUUID() }),
      422,
      'unknown-idea',
    ],
    ['a reply when no question is open', () => t.http.post(`/track/${routed.trackingToken}/replies`).send({ answer: 'Hello' }), 409, 'no-open-question'],
    ['an unknown tracking token', () => t.http.get(`/track/${'A'.repeat(54)}`), 404, 'tracking-link-not-found'],
    ['a tracking token that is not one', () => t.http.get('/track/abc'), 404, 'tracking-link-not-found'],
    [
      'a forged tracking token for a real idea',
      () => t.http.get(`/track/${routed.trackingToken.slice(0, 22)}${'B'.repeat(32)}`),
      404,
      'tracking-link-not-found',
    ],
    ['withdrawing with an unknown token', () => t.http.post(`/track/${'A'.repeat(54)}/withdraw`).send({}), 404, 'tracking-link-not-found'],
    [
      'a routing rule for an unknown department',
      () =>
        t.http
          .post('/routing-rules')
          .set(as.dev)
          .send({ department: 'NASA', keywords: ['rocket'] }),
      422,
      'unknown-reference',
      'department',
    ],
    [
      'a routing rule with keywords that are not a list',
      () => t.http.post('/routing-rules').set(as.dev).send({ department: 'TMF', keywords: 'rocket' }),
      422,
      'validation-failed',
      'keywords',
    ],
    ['a path that does not exist', () => t.http.get('/nowhere'), 404],
  ];

  // Objects, not arrays: jest-each would pass its done callback into a short row's missing slots.
  const cases = rows.map(([name, send, status, code, field]) => ({ name, send, status, code, field }));

  it.each(cases)('$name → $status', async ({ send, status, code, field }) => {
    const before = await t.eventCount();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
    if (code) expect(response.body.code).toBe(code);
    if (field) expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await t.eventCount()).toBe(before);
  });
});
