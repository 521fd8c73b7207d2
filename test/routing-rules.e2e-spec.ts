import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

describe('Routing rules, edited over HTTP, route new ideas', () => {
  let t: TestApp;
  let as: Record<string, Record<string, string>>;
  beforeAll(async () => {
    t = await startTestApp('routing_rules');
    as = await headersBySubject(t, ['admin-ali']);
  });
  afterAll(async () => {
    await t.close();
  });

  const submitAboutTrees = () =>
    t.http
      .post('/ideas')
      .send(
        validIdea({ category: 'other', district: 'valby', title: 'Plant flere træer på Toftegårds Plads', description: 'Pladsen er bar og varm om sommeren.' }),
      )
      .expect(201);

  it('creates, changes and deletes a rule, and each new idea follows the rules of the moment', async () => {
    expect((await submitAboutTrees()).body).toMatchObject({ status: 'received', department: null });

    const created = await t.http
      .post('/routing-rules')
      .set(as['admin-ali'])
      .send({ id: 'trees-valby', department: 'KFF', district: 'valby', keywords: ['træer'], priority: 20 })
      .expect(201);
    expect(created.body).toMatchObject({ id: 'trees-valby', department: 'KFF', category: null, district: 'valby', keywords: ['træer'], priority: 20 });
    const routed = await submitAboutTrees();
    expect(routed.body).toMatchObject({ status: 'routed', department: 'KFF' });
    const idea = await t.http.get(`/ideas/${routed.body.id}`).set(as['admin-ali']).expect(200);
    expect(idea.body.timeline[1].data).toMatchObject({ routedBy: 'rule', ruleId: 'trees-valby', reason: expect.stringContaining('træer') });

    await t.http
      .put('/routing-rules/trees-valby')
      .set(as['admin-ali'])
      .send({ department: 'TMF', district: 'valby', keywords: ['træer'], priority: 20 })
      .expect(200);
    expect((await submitAboutTrees()).body.department).toBe('TMF');
    expect((await t.http.get('/routing-rules').set(as['admin-ali']).expect(200)).body.map((r: { id: string }) => r.id)).toContain('trees-valby');

    await t.http.delete('/routing-rules/trees-valby').set(as['admin-ali']).expect(204);
    expect((await submitAboutTrees()).body).toMatchObject({ status: 'received', department: null });
    await t.http.get('/routing-rules/trees-valby').set(as['admin-ali']).expect(404);
  });

  it('refuses a second rule with the same id', async () => {
    await t.http
      .post('/routing-rules')
      .set(as['admin-ali'])
      .send({ id: 'twice', department: 'BUF', keywords: ['legeplads'] })
      .expect(201);
    const again = await t.http
      .post('/routing-rules')
      .set(as['admin-ali'])
      .send({ id: 'twice', department: 'BUF', keywords: ['legeplads'] })
      .expect(409);
    expect(again.body.code).toBe('routing-rule-exists');
  });

  it('lists the reference data a form needs', async () => {
    expect((await t.http.get('/departments').expect(200)).body.map((d: { code: string }) => d.code).sort()).toEqual([
      'BIF',
      'BUF',
      'KFF',
      'SOF',
      'SUF',
      'TMF',
      'ØKF',
    ]);
    expect((await t.http.get('/districts').expect(200)).body).toHaveLength(10);
    expect((await t.http.get('/categories').expect(200)).body.length).toBeGreaterThan(5);
  });
});
