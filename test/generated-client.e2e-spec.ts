import { civicClient, type CivicClient } from './support/civic-client';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A citizen's and a case handler's journeys through nothing but the client
 * generated from the OpenAPI document (npm run openapi:types): when the
 * document changes, this compiles or fails.
 */
describe('The generated client', () => {
  let t: TestApp;
  let api: CivicClient;
  let handler: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp('generated-client', { projections: true });
    await t.app.listen(0, '127.0.0.1');
    api = civicClient(await t.app.getUrl(), t.contract);
    handler = await t.staff({ sub: 'handler-anna' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('submits and tracks an idea as a citizen, then works it as a handler: inbox, question, reply, diagnosis, answer', async () => {
    const { data: districts } = await api.GET('/districts');
    const { data: categories } = await api.GET('/categories');
    expect(districts?.map((district) => district.code)).toContain('amager-oest');
    expect(categories?.map((category) => category.code)).toContain('traffic');

    const submitted = await api.POST('/ideas', {
      params: { header: { 'Idempotency-Key': 'generated-client-0001' } },
      body: {
        title: 'Sikker cykelsti langs Amager Strandvej',
        description: 'Børn cykler til skole på en smal vej med mange lastbiler. En adskilt cykelsti ville gøre det sikkert.',
        category: 'traffic',
        district: 'amager-oest',
        language: 'da',
        channel: 'web',
        contact: { name: 'Karen Hansen', email: 'karen@example.dk' },
      },
    });
    expect(submitted.response.status).toBe(201);
    const idea = submitted.data!;
    expect(idea.department).toBe('TMF'); // the traffic rule routes it

    const tracked = await api.GET('/track/{token}', { params: { path: { token: idea.trackingToken } } });
    expect(tracked.data).toMatchObject({ publicCode: idea.publicCode, status: 'routed', openQuestion: null });

    const inbox = await eventually(
      () => api.GET('/departments/{code}/inbox', { params: { path: { code: 'TMF' } }, headers: handler }),
      (page) => page.data?.items.some((item) => item.id === idea.id) ?? false,
    );
    expect(inbox.data?.items.find((item) => item.id === idea.id)).toMatchObject({ publicCode: idea.publicCode, status: 'routed' });

    const read = await api.GET('/ideas/{id}', { params: { path: { id: idea.id } }, headers: handler });
    const etag = read.response.headers.get('etag')!;
    const asked = await api.POST('/ideas/{id}/questions', {
      params: { path: { id: idea.id }, header: { 'If-Match': etag } },
      headers: handler,
      body: { question: 'Hvilken del af Amager Strandvej mener du?' },
    });
    expect(asked.data?.questionId).toMatch(/^[0-9a-f-]{36}$/);

    const stale = await api.POST('/ideas/{id}/answer', {
      params: { path: { id: idea.id }, header: { 'If-Match': etag } },
      headers: handler,
      body: { decision: 'accepted', publicAnswer: 'Vi bygger cykelstien.' },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ code: 'stale-revision', currentRevision: asked.data!.revision });

    const replied = await api.POST('/track/{token}/replies', {
      params: { path: { token: idea.trackingToken } },
      body: { answer: 'Strækningen ved Femøren.', questionId: asked.data!.questionId },
    });
    let revision = replied.data!.revision;

    const diagnosed = await api.POST('/ideas/{id}/diagnosis', {
      params: { path: { id: idea.id }, header: { 'If-Match': `"${revision}"` } },
      headers: handler,
      body: { feasibility: 'feasible', costBand: 'medium', recommendation: 'accept', notes: 'Fits the cycling plan' },
    });
    revision = diagnosed.data!.revision;
    const answered = await api.POST('/ideas/{id}/answer', {
      params: { path: { id: idea.id }, header: { 'If-Match': `"${revision}"` } },
      headers: handler,
      body: { decision: 'accepted', publicAnswer: 'Vi bygger en adskilt cykelsti ved Femøren næste år.' },
    });
    expect(answered.response.status).toBe(200);

    const after = await api.GET('/track/{token}', { params: { path: { token: idea.trackingToken } } });
    expect(after.data).toMatchObject({ status: 'answered', decision: 'accepted', publicAnswer: 'Vi bygger en adskilt cykelsti ved Femøren næste år.' });
    const missing = await api.GET('/track/{token}', { params: { path: { token: 'no-such-token-' + 'x'.repeat(40) } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ status: 404 });
  });
});
