import { startTestApp, validIdea, type TestApp } from './support/test-app';

describe('GET /ideas/:id/audit: who did what and when', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('audit_trail');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists every event with its actor (the token subject), times and correlation id, and no personal data', async () => {
    const { body: idea } = await t.http.post('/ideas').set('X-Correlation-Id', 'corr-submit').send(validIdea()).expect(201);
    expect(idea.department).toBe('TMF');
    const anna = await t.staff({ sub: 'handler-anna', roles: ['handler'], departments: ['TMF'] });
    await t.http
      .post(`/ideas/${idea.id}/questions`)
      .set(anna)
      .set('If-Match', '"1"')
      .set('X-Correlation-Id', 'corr-ask')
      .send({ question: 'Hvilken del af vejen?' })
      .expect(200);
    t.clock.advance(3_600_000);
    await t.http.post(`/track/${idea.trackingToken}/replies`).send({ answer: 'Ved nr. 100, ring til Karen på 12 34 56 78' }).expect(200);
    await t.http.post(`/ideas/${idea.id}/answer`).set(anna).set('If-Match', '"3"').send({ decision: 'accepted', publicAnswer: 'Vi bygger den.' }).expect(200);

    const manager = await t.staff({ sub: 'manager-mette', roles: ['manager'], departments: [] });
    const { body: audit } = await t.http.get(`/ideas/${idea.id}/audit`).set(manager).expect(200);

    expect(audit).toMatchObject({ ideaId: idea.id, publicCode: idea.publicCode });
    expect(
      audit.entries.map((entry: { revision: number; type: string; actor: string; at: string }) => [entry.revision, entry.type, entry.actor, entry.at]),
    ).toEqual([
      [0, 'IdeaSubmitted', 'citizen', '2026-11-24T09:00:00.000Z'],
      [1, 'IdeaRouted', 'citizen', '2026-11-24T09:00:00.000Z'],
      [2, 'CitizenInformationRequested', 'handler-anna', '2026-11-24T09:00:00.000Z'],
      [3, 'CitizenInformationProvided', 'citizen', '2026-11-24T10:00:00.000Z'],
      [4, 'IdeaAnswered', 'handler-anna', '2026-11-24T10:00:00.000Z'],
    ]);
    expect(audit.entries[0].correlationId).toBe('corr-submit');
    expect(audit.entries[2]).toMatchObject({ correlationId: 'corr-ask', changes: { question: 'Hvilken del af vejen?' } });
    expect(audit.entries[1].changes).toMatchObject({ department: 'TMF', routedBy: 'rule' });
    for (const entry of audit.entries) expect(Date.parse(entry.recordedAt)).not.toBeNaN();
    const text = JSON.stringify(audit);
    for (const personal of ['Karen', 'karen@example.dk', '12 34 56 78', 'Amager Strandvej 100']) expect(text).not.toContain(personal);
  });

  it('is for the idea’s own department and managers: another department’s handler gets 403, an unknown idea 404', async () => {
    const { body: idea } = await t.http.post('/ideas').send(validIdea()).expect(201);
    const tmf = await t.staff({ sub: 'handler-tmf', roles: ['handler'], departments: ['TMF'] });
    const buf = await t.staff({ sub: 'handler-buf', roles: ['handler'], departments: ['BUF'] });
    await t.http.get(`/ideas/${idea.id}/audit`).set(tmf).expect(200);
    const refused = await t.http.get(`/ideas/${idea.id}/audit`).set(buf).expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('department-not-allowed');
    await t.http.get('/ideas/00000000-0000-4000-8000-000000000000/audit').set(tmf).expect(404);
  });
});
