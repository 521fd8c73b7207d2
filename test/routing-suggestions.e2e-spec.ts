import { eventually } from './support/eventually';
import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

/** Category "other" has no routing rule: these wait for a dispatcher in the triage inbox. */
const other = (title: string, description: string) => validIdea({ title, description, category: 'other', district: 'valby' });

describe('Routing suggestions, over HTTP', () => {
  let t: TestApp;
  let as: Record<string, Record<string, string>>;
  let fresh: { id: string };

  beforeAll(async () => {
    t = await startTestApp('routing_suggestions', { projections: true });
    as = await headersBySubject(t, ['dispatcher-dorte', 'handler-anna']);
    const routeByHand = async (idea: object, department: string) => {
      const { id } = (await t.http.post('/ideas').send(idea).expect(201)).body;
      await t.http.post(`/ideas/${id}/route`).set(as['dispatcher-dorte']).set('If-Match', '"0"').send({ department, reason: 'By hand' }).expect(200);
    };
    for (let i = 0; i < 3; i++) await routeByHand(other(`Offentlige toiletter ${i}`, 'Der mangler toiletter ved legepladsen og skiltning.'), 'TMF');
    for (let i = 0; i < 2; i++) await routeByHand(other(`Koncerter i parken ${i}`, 'Gratis koncerter og kultur om sommeren.'), 'KFF');
    fresh = (await t.http.post('/ideas').send(other('Toiletter ved stranden', 'Vi mangler toiletter, især om sommeren ved legepladsen.')).expect(201)).body;
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows each triage row with where the model would send it, its confidence and the words that weighed most', async () => {
    const response = await eventually(
      () => t.http.get('/triage/inbox').set(as['dispatcher-dorte']),
      (r) => r.status === 200 && r.body.items.some((item: { id: string; routingSuggestion: unknown }) => item.id === fresh.id && item.routingSuggestion),
      10_000,
    );
    const row = response.body.items.find((item: { id: string }) => item.id === fresh.id);
    expect(row.routingSuggestion).toMatchObject({ department: 'TMF' });
    expect(row.routingSuggestion.confidence).toBeGreaterThan(0.5);
    expect(row.routingSuggestion.reasons.map((reason: { feature: string }) => reason.feature)).toContain('toiletter');
  });

  it('gives the same suggestion for one idea, with how many ideas the model learnt from', async () => {
    const { body } = await t.http.get(`/ideas/${fresh.id}/routing-suggestion`).set(as['dispatcher-dorte']).expect(200);
    expect(body).toMatchObject({ ideaId: fresh.id, learntFrom: 5, suggestion: { department: 'TMF' } });
    await t.http
      .get(`/ideas/${fresh.id}/routing-suggestion`)
      .set(await t.staff({ sub: 'h', roles: ['handler'] }))
      .expect(403); // only those who route
    await t.http.get('/ideas/00000000-0000-4000-8000-000000000000/routing-suggestion').set(as['dispatcher-dorte']).expect(404);
  });

  it('routes in one click, recorded as a routing by hand that followed the suggestion; a changed suggestion routes nothing', async () => {
    const accept = (department: string, revision = 0) =>
      t.http.post(`/ideas/${fresh.id}/routing-suggestion/accept`).set(as['dispatcher-dorte']).set('If-Match', `"${revision}"`).send({ department });
    const refused = await accept('KFF').expect(409);
    expect(refused.body.type).toMatch(/suggestion-changed/);
    await accept('TMF', 7).expect(412);
    await accept('TMF').expect(200);
    const { rows } = await t.db.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'IdeaRouted'`, [`idea-${fresh.id}`]);
    expect(rows).toHaveLength(1);
    expect(rows[0].data).toMatchObject({ department: 'TMF', routedBy: 'hand', ruleId: null, followedSuggestion: { confidence: expect.any(Number) } });
    // Reversible as any routing: a re-routing by hand.
    await t.http
      .post(`/ideas/${fresh.id}/route`)
      .set(as['dispatcher-dorte'])
      .set('If-Match', '"1"')
      .send({ department: 'KFF', reason: 'Actually culture' })
      .expect(200);
  });
});
