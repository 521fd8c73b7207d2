import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

describe('An idea from submission to implementation, over HTTP', () => {
  let t: TestApp;
  let as: Record<string, Record<string, string>>;
  beforeAll(async () => {
    t = await startTestApp('lifecycle');
    as = await headersBySubject(t, ['dispatcher-dorte', 'lead-lars', 'handler-anna', 'dev']);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is submitted, routed, assigned, diagnosed, questioned, answered and implemented, and reads back its timeline', async () => {
    // A category with no rule and no keyword: it waits in the triage inbox.
    const submitted = await t.http
      .post('/ideas')
      .send(
        validIdea({
          title: 'Bænke ved søerne',
          description: 'Flere bænke langs Sortedams Sø, så ældre kan hvile sig.',
          category: 'other',
          district: 'oesterbro',
        }),
      )
      .expect(201);
    expect(submitted.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      publicCode: expect.stringMatching(/^K-2026-\d{6}$/),
      trackingToken: expect.stringMatching(/^[A-Za-z0-9_-]{54}$/),
      status: 'received',
      department: null,
      revision: 0,
    });
    expect(submitted.headers.etag).toBe('"0"');
    const { id, trackingToken } = submitted.body;
    const staff = (path: string, revision: number, body: object, actor = 'dispatcher-dorte') =>
      t.http.post(`/ideas/${id}${path}`).set('If-Match', `"${revision}"`).set(as[actor]).send(body);

    t.clock.advance(3_600_000);
    let r = await staff('/route', 0, { department: 'TMF', reason: 'Benches along the lakes are park furniture' })
      .set('X-Correlation-Id', 'case-meeting-42')
      .expect(200);
    expect(r.headers['x-correlation-id']).toBe('case-meeting-42');
    expect(r.body).toEqual({ id, revision: 1 });
    expect(r.headers.etag).toBe('"1"');

    r = await staff('/assign', 1, { assignee: 'handler-anna' }, 'lead-lars').expect(200);
    r = await staff(
      '/diagnosis',
      r.body.revision,
      { feasibility: 'feasible', costBand: 'low', recommendation: 'accept', notes: 'Internal: budget line 4.2 has room' },
      'handler-anna',
    ).expect(200);
    const asked = await staff('/questions', r.body.revision, { question: 'Which side of the lake do you mean?' }, 'handler-anna').expect(200);
    expect(asked.body.questionId).toMatch(/^[0-9a-f-]{36}$/);

    const tracked = await t.http.get(`/track/${trackingToken}`).expect(200);
    expect(tracked.body.openQuestion).toMatchObject({ questionId: asked.body.questionId, question: 'Which side of the lake do you mean?' });

    await t.http.post(`/track/${trackingToken}/replies`).send({ answer: 'The east side, near Øster Farimagsgade.' }).expect(200);
    const afterReply = await t.http.get(`/ideas/${id}`).set(as['handler-anna']).expect(200);
    const revision = Number(JSON.parse(afterReply.headers.etag));
    expect(afterReply.body.state.openQuestion).toBeNull();

    r = await staff(
      '/answer',
      revision,
      { decision: 'accepted', publicAnswer: 'Vi sætter fire nye bænke op på østsiden af søen til foråret.' },
      'handler-anna',
    ).expect(200);
    r = await staff('/implementation', r.body.revision, { note: 'Bænkene er bestilt.', percentComplete: 40 }, 'handler-anna').expect(200);
    r = await staff('/implementation/complete', r.body.revision, { note: 'Fire bænke står nu ved søen.' }, 'handler-anna').expect(200);

    const idea = await t.http.get(`/ideas/${id}`).set(as.dev).expect(200);
    expect(idea.headers.etag).toBe(`"${r.body.revision}"`);
    expect(idea.body.state).toMatchObject({
      status: 'implemented',
      department: 'TMF',
      assignee: 'handler-anna',
      decision: 'accepted',
      contact: { email: 'karen@example.dk' },
    });
    expect(idea.body.state.trackingTokenHash).toBeUndefined();
    expect(idea.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      'IdeaSubmitted',
      'IdeaRouted',
      'IdeaAssigned',
      'IdeaDiagnosed',
      'CitizenInformationRequested',
      'CitizenInformationProvided',
      'IdeaAnswered',
      'IdeaImplementationProgressed',
      'IdeaImplemented',
    ]);
    expect(idea.body.timeline.map((e: { actor: string }) => e.actor)).toEqual([
      'citizen',
      'dispatcher-dorte',
      'lead-lars',
      'handler-anna',
      'handler-anna',
      'citizen',
      'handler-anna',
      'handler-anna',
      'handler-anna',
    ]);
    expect(idea.body.timeline[1]).toMatchObject({ revision: 1, at: '2026-11-24T10:00:00.000Z', data: { department: 'TMF', routedBy: 'hand' } });
    const { rows } = await t.db.query('SELECT metadata FROM events WHERE stream_id = $1 ORDER BY stream_revision', [`idea-${id}`]);
    expect(rows[1].metadata).toEqual({
      correlationId: 'case-meeting-42',
      causationId: null,
      actor: 'dispatcher-dorte',
      occurredAt: '2026-11-24T10:00:00.000Z',
      schemaVersion: 1,
    });
    expect(rows[0].metadata.correlationId).toMatch(/^[0-9a-f-]{36}$/);

    // The citizen's own view: their steps in plain words, without staff names or internal notes.
    const own = await t.http.get(`/track/${trackingToken}`).expect(200);
    expect(own.body).toMatchObject({
      publicCode: submitted.body.publicCode,
      status: 'implemented',
      decision: 'accepted',
      publicAnswer: expect.stringContaining('fire nye bænke'),
    });
    expect(own.body.timeline.map((e: { step: string }) => e.step)).toEqual([
      'received',
      'routed',
      'assigned',
      'assessed',
      'question',
      'reply',
      'answered',
      'implementation',
      'implemented',
    ]);
    // Their own contact details, opened for them (they may have it erased through the same link).
    expect(own.body.contact).toEqual({ name: 'Karen Hansen', email: 'karen@example.dk', phone: '+45 12 34 56 78' });
    const citizenText = JSON.stringify({ ...own.body, contact: undefined });
    for (const hidden of ['handler-anna', 'lead-lars', 'budget line', 'karen@example.dk', 'trackingTokenHash']) expect(citizenText).not.toContain(hidden);
  });

  it('routes automatically when a rule matches, by keyword before category', async () => {
    const byKeyword = await t.http
      .post('/ideas')
      .send(validIdea({ category: 'other', title: 'Luftforurening fra lastbiler i Brønshøj', district: 'broenshoej-husum' }))
      .expect(201);
    expect(byKeyword.body).toMatchObject({ status: 'routed', department: 'TMF', revision: 1 });
    const idea = await t.http.get(`/ideas/${byKeyword.body.id}`).set(as.dev).expect(200);
    expect(idea.body.timeline[1]).toMatchObject({ type: 'IdeaRouted', data: { routedBy: 'rule', ruleId: 'keywords-air-quality' } });

    const byCategory = await t.http
      .post('/ideas')
      .send(validIdea({ category: 'social', title: 'Varmestue om vinteren', description: 'Et sted at være for hjemløse om natten.' }))
      .expect(201);
    expect(byCategory.body).toMatchObject({ status: 'routed', department: 'SOF' });
  });

  it('lets the citizen withdraw, after which staff can no longer answer', async () => {
    const { body } = await t.http.post('/ideas').send(validIdea()).expect(201);
    await t.http.post(`/track/${body.trackingToken}/withdraw`).send({ reason: 'Solved by the neighbours' }).expect(200);
    const answer = await t.http
      .post(`/ideas/${body.id}/answer`)
      .set(as.dev)
      .set('If-Match', '"2"')
      .send({ decision: 'accepted', publicAnswer: 'Yes' })
      .expect(409);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 409, code: 'idea-withdrawn' });
  });

  it('marks an idea as a duplicate of another', async () => {
    const first = await t.http.post('/ideas').send(validIdea()).expect(201);
    const second = await t.http.post('/ideas').send(validIdea()).expect(201);
    await t.http.post(`/ideas/${second.body.id}/duplicate`).set(as.dev).set('If-Match', '"1"').send({ duplicateOf: first.body.id }).expect(200);
    const idea = await t.http.get(`/ideas/${second.body.id}`).set(as.dev).expect(200);
    expect(idea.body.state).toMatchObject({ status: 'duplicate', duplicateOf: first.body.id });
  });
});
