import { randomUUID } from 'node:crypto';
import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';
import { MAX_JSON_DEPTH } from '../apps/api/src/http/well-formed-input';

const NUL = 'a\u0000b';
const HIGH = 'a\ud800b';
const LOW = 'a\udc00b';

/** `{"<field>": [[[…]]]}` with the field's value nested `depth` arrays deep (so the whole body is depth + 1). */
const deepJson = (field: string, depth: number) => `{"${field}":${'['.repeat(depth)}${']'.repeat(depth)}}`;
const cursor = (fields: Record<string, string>) => Buffer.from(JSON.stringify(fields)).toString('base64url');

/** Every client mistake: a clear 4xx in problem+json, and nothing appended. */
describe('Bad input over HTTP', () => {
  let t: TestApp;
  let routed: { id: string; trackingToken: string };
  let declined: string;
  let questioned: { id: string; trackingToken: string };
  let accepted: string;
  let as: Record<string, Record<string, string>>;

  beforeAll(async () => {
    t = await startTestApp('bad_input');
    as = await headersBySubject(t, ['dev']);
    routed = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    const d = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    await t.http.post(`/ideas/${d.id}/answer`).set(as.dev).set('If-Match', '"1"').send({ decision: 'declined', publicAnswer: 'Not this year.' }).expect(200);
    declined = d.id;
    questioned = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    await t.http.post(`/ideas/${questioned.id}/questions`).set(as.dev).set('If-Match', '"1"').send({ question: 'Which stretch?' }).expect(200);
    const a = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    await t.http.post(`/ideas/${a.id}/answer`).set(as.dev).set('If-Match', '"1"').send({ decision: 'accepted', publicAnswer: 'Yes.' }).expect(200);
    accepted = a.id;
    await t.http
      .post('/routing-rules')
      .set(as.dev)
      .send({ id: 'bad-input-rule', department: 'TMF', keywords: ['vej'] })
      .expect(201);
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
    [
      'a latitude without a longitude',
      () => t.http.post('/ideas').send(validIdea({ location: { lat: 55.66, address: 'Amagerbrogade 1' } })),
      422,
      'validation-failed',
      'location.lon',
    ],
    ['a location with neither point nor address', () => t.http.post('/ideas').send(validIdea({ location: {} })), 422, 'validation-failed', 'location.address'],
    ['a blank address alone', () => t.http.post('/ideas').send(validIdea({ location: { address: '  ' } })), 422, 'validation-failed', 'location.address'],
    [
      'an address alone without a district',
      () => t.http.post('/ideas').send(validIdea({ location: { address: 'Amagerbrogade 1' }, district: undefined })),
      422,
      'validation-failed',
      'district',
    ],
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

    // Text PostgreSQL cannot store (NUL) or that is not Unicode (a lone surrogate), wherever a client can type it.
    ['a NUL in the title', () => t.http.post('/ideas').send(validIdea({ title: NUL })), 422, 'validation-failed', 'title'],
    ['a NUL in the description', () => t.http.post('/ideas').send(validIdea({ description: NUL })), 422, 'validation-failed', 'description'],
    [
      'a NUL in the location address',
      () => t.http.post('/ideas').send(validIdea({ location: { lat: 55.66, lon: 12.62, address: NUL } })),
      422,
      'validation-failed',
      'location.address',
    ],
    [
      'a NUL in the contact name',
      () => t.http.post('/ideas').send(validIdea({ contact: { name: NUL, email: 'karen@example.dk' } })),
      422,
      'validation-failed',
      'contact.name',
    ],
    ['a lone high surrogate in the title', () => t.http.post('/ideas').send(validIdea({ title: HIGH })), 422, 'validation-failed', 'title'],
    ['a lone low surrogate in the description', () => t.http.post('/ideas').send(validIdea({ description: LOW })), 422, 'validation-failed', 'description'],
    [
      'a lone surrogate in contact.email (no token)',
      () => t.http.post('/ideas').send(validIdea({ contact: { email: `karen${HIGH}@example.dk` } })),
      422,
      'validation-failed',
      'contact.email',
    ],
    ['a NUL in a field name', () => t.http.post('/ideas').send({ ...validIdea(), [`ti${NUL}tle`]: 'x' }), 422, 'validation-failed'],
    [
      'a NUL with an Idempotency-Key',
      () =>
        t.http
          .post('/ideas')
          .set('Idempotency-Key', randomUUID())
          .send(validIdea({ title: NUL })),
      422,
      'validation-failed',
      'title',
    ],
    [
      'JSON nested 2,400 deep on POST /ideas (no token)',
      () => t.http.post('/ideas').set('Content-Type', 'application/json').send(deepJson('title', 2400)),
      400,
      'json-too-deep',
      'title',
    ],
    ['JSON nested 33 deep', () => t.http.post('/ideas').set('Content-Type', 'application/json').send(deepJson('title', MAX_JSON_DEPTH)), 400, 'json-too-deep'],
    [
      'JSON nested 32 deep is parsed (and then refused by validation)',
      () =>
        t.http
          .post('/ideas')
          .set('Content-Type', 'application/json')
          .send(deepJson('title', MAX_JSON_DEPTH - 1)),
      422,
      'validation-failed',
      'title',
    ],
    [
      'deep JSON in a staff command',
      () => t.http.post(`/ideas/${routed.id}/route`).set(as.dev).set('If-Match', '"1"').set('Content-Type', 'application/json').send(deepJson('reason', 2400)),
      400,
      'json-too-deep',
      'reason',
    ],
    [
      'deep JSON in a citizen reply',
      () => t.http.post(`/track/${questioned.trackingToken}/replies`).set('Content-Type', 'application/json').send(deepJson('answer', 2400)),
      400,
      'json-too-deep',
      'answer',
    ],
    [
      'deep JSON in a department change',
      () => t.http.patch('/departments/TMF').set(as.dev).set('Content-Type', 'application/json').send(deepJson('name', 2400)),
      400,
      'json-too-deep',
      'name',
    ],
    [
      'a NUL in a routing reason',
      () => t.http.post(`/ideas/${routed.id}/route`).set(as.dev).set('If-Match', '"1"').send({ department: 'KFF', reason: NUL }),
      422,
      'validation-failed',
      'reason',
    ],
    [
      'a NUL in diagnosis notes',
      () =>
        t.http
          .post(`/ideas/${routed.id}/diagnosis`)
          .set(as.dev)
          .set('If-Match', '"1"')
          .send({ feasibility: 'feasible', costBand: 'low', recommendation: 'accept', notes: NUL }),
      422,
      'validation-failed',
      'notes',
    ],
    [
      'a NUL in a question',
      () => t.http.post(`/ideas/${routed.id}/questions`).set(as.dev).set('If-Match', '"1"').send({ question: NUL }),
      422,
      'validation-failed',
      'question',
    ],
    [
      'a lone surrogate in a public answer',
      () => t.http.post(`/ideas/${routed.id}/answer`).set(as.dev).set('If-Match', '"1"').send({ decision: 'accepted', publicAnswer: HIGH }),
      422,
      'validation-failed',
      'publicAnswer',
    ],
    [
      'a NUL in an implementation note',
      () => t.http.post(`/ideas/${accepted}/implementation`).set(as.dev).set('If-Match', '"2"').send({ note: NUL, percentComplete: 10 }),
      422,
      'validation-failed',
      'note',
    ],
    [
      'a NUL in a completion note',
      () => t.http.post(`/ideas/${accepted}/implementation/complete`).set(as.dev).set('If-Match', '"2"').send({ note: NUL }),
      422,
      'validation-failed',
      'note',
    ],
    ['a NUL in a citizen reply', () => t.http.post(`/track/${questioned.trackingToken}/replies`).send({ answer: NUL }), 422, 'validation-failed', 'answer'],
    [
      'a lone surrogate in a withdrawal reason',
      () => t.http.post(`/track/${questioned.trackingToken}/withdraw`).send({ reason: LOW }),
      422,
      'validation-failed',
      'reason',
    ],
    [
      'a NUL in the one-click unsubscribe form',
      () => t.http.post(`/track/${questioned.trackingToken}/unsubscribe`).type('form').send('List-Unsubscribe=One%00Click'),
      422,
      'validation-failed',
      'List-Unsubscribe',
    ],
    ['a NUL in a department name', () => t.http.patch('/departments/TMF').set(as.dev).send({ name: NUL }), 422, 'validation-failed', 'name'],
    ['a department name of null', () => t.http.patch('/departments/TMF').set(as.dev).send({ name: null }), 422, 'validation-failed', 'name'],
    [
      'a response deadline of null',
      () => t.http.patch('/departments/TMF').set(as.dev).send({ responseWorkingDays: null }),
      422,
      'validation-failed',
      'responseWorkingDays',
    ],
    [
      'a lone surrogate in a lead e-mail',
      () =>
        t.http
          .patch('/departments/TMF')
          .set(as.dev)
          .send({ leadEmail: `lead${HIGH}@kk.dk` }),
      422,
      'validation-failed',
      'leadEmail',
    ],
    [
      'a NUL in a routing keyword',
      () =>
        t.http
          .post('/routing-rules')
          .set(as.dev)
          .send({ department: 'TMF', keywords: ['cykel', NUL] }),
      422,
      'validation-failed',
      'keywords.1',
    ],
    [
      'a lone surrogate in a replaced rule',
      () =>
        t.http
          .put('/routing-rules/bad-input-rule')
          .set(as.dev)
          .send({ department: 'TMF', keywords: [HIGH] }),
      422,
      'validation-failed',
      'keywords.0',
    ],
    ['a NUL in the public search q', () => t.http.get('/public/ideas?q=a%00b'), 422, 'validation-failed', 'q'],
    ['a NUL in the inbox search q', () => t.http.get('/departments/TMF/inbox?q=a%00b').set(as.dev), 422, 'validation-failed', 'q'],
    ['a NUL in the triage search q', () => t.http.get('/triage/inbox?q=%00').set(as.dev), 422, 'validation-failed', 'q'],
    ['a NUL in a cursor', () => t.http.get('/public/ideas?cursor=a%00b'), 422, 'validation-failed', 'cursor'],
    ['a NUL in a query parameter no route knows', () => t.http.get('/departments?x%00=1'), 422, 'validation-failed'],
    ['a NUL in a report date', () => t.http.get('/reports/throughput?from=2026-01-01%00').set(as.dev), 422, 'validation-failed', 'from'],
    [
      'a cursor naming 31 February (inbox)',
      () =>
        t.http
          .get(`/departments/TMF/inbox?sort=receivedAt&cursor=${cursor({ s: 'receivedAt', o: 'asc', k: '2026-02-31T00:00:00Z', i: randomUUID() })}`)
          .set(as.dev),
      400,
      'bad-cursor',
      'cursor',
    ],
    [
      'a cursor naming year 0 (public list)',
      () => t.http.get(`/public/ideas?cursor=${cursor({ r: '0000-01-01T00:00:00Z', i: randomUUID() })}`),
      400,
      'bad-cursor',
      'cursor',
    ],
    ['a NUL in a public code', () => t.http.get('/public/ideas/K-2026%00'), 400, 'invalid-path', 'path'],
    ['a NUL in a department code', () => t.http.get('/departments/TM%00F/inbox').set(as.dev), 400, 'invalid-path', 'path'],
    ['a NUL in a department code to change', () => t.http.patch('/departments/TM%00F').set(as.dev).send({ name: 'x' }), 400, 'invalid-path', 'path'],
    ['a NUL in a routing rule id', () => t.http.get('/routing-rules/a%00b').set(as.dev), 400, 'invalid-path', 'path'],
    ['a NUL in a routing rule id to replace', () => t.http.put('/routing-rules/a%00b').set(as.dev).send({ department: 'TMF' }), 400, 'invalid-path', 'path'],
    ['a NUL in a routing rule id to delete', () => t.http.delete('/routing-rules/a%00b').set(as.dev), 400, 'invalid-path', 'path'],
    ['a NUL in a tracking token', () => t.http.get('/track/a%00b'), 400, 'invalid-path', 'path'],
    ['a NUL in a tracking token to withdraw', () => t.http.post(`/track/${questioned.trackingToken}%00/withdraw`).send({}), 400, 'invalid-path', 'path'],
    ['a NUL in an idea id', () => t.http.get('/ideas/a%00b').set(as.dev), 400, 'invalid-path', 'path'],
    ['a NUL in a queue dashboard path (no DTO, not Nest)', () => t.http.get('/admin/queues/api/queues/a%00b').set(as.dev), 400, 'invalid-path', 'path'],
    ['an encoded lone surrogate in a path', () => t.http.get('/public/ideas/%ED%A0%80'), 400, 'invalid-path', 'path'],
    ['broken percent-encoding in a path', () => t.http.get('/public/ideas/%E0%A4%A'), 400, 'invalid-path', 'path'],
  ];

  // Objects, not arrays: jest-each would pass its done callback into a short row's missing slots.
  const cases = rows.map(([name, send, status, code, field]) => ({ name, send, status, code, field }));

  it.each(cases)('$name → $status', async ({ send, status, code, field }) => {
    const before = await databaseFingerprint();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
    if (code) expect(response.body.code).toBe(code);
    // A field, or (too deep) a place inside it.
    if (field) expect(response.body.errors.map((e: { field: string }) => e.field.split('.0.0')[0])).toContain(field);
    expect(await databaseFingerprint()).toEqual(before);
  });

  /** Every row of every table (events, reference data, routing rules, data keys…): a refused request changes none. */
  async function databaseFingerprint(): Promise<Record<string, string>> {
    const tables = (
      await t.db.query<{ name: string }>(
        "SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
      )
    ).rows;
    const sums = await Promise.all(
      tables.map(
        async ({ name }) =>
          [name, (await t.db.query(`SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS sum FROM ${name} t`)).rows[0].sum] as const,
      ),
    );
    return Object.fromEntries(sums);
  }
});
