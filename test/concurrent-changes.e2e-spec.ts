import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

describe('Two handlers changing one idea at the same moment', () => {
  let t: TestApp;
  let as: Record<string, Record<string, string>>;
  beforeAll(async () => {
    t = await startTestApp('concurrent');
    as = await headersBySubject(t, [...Array.from({ length: 8 }, (_, i) => `lead-${i}`), 'dev']);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets one change through; the others get 409 or 412 and append nothing', async () => {
    const { body } = await t.http.post('/ideas').send(validIdea()).expect(201);
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.http
          .post(`/ideas/${body.id}/assign`)
          .set('If-Match', '"1"')
          .set(as[`lead-${i}`])
          .send({ assignee: `handler-${i}` }),
      ),
    );
    const statuses = attempts.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const loser of attempts.filter((r) => r.status !== 200)) {
      expect([409, 412]).toContain(loser.status);
      expect(loser.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const idea = await t.http.get(`/ideas/${body.id}`).set(as.dev).expect(200);
    expect(idea.body.timeline.filter((e: { type: string }) => e.type === 'IdeaAssigned')).toHaveLength(1);
    expect(idea.headers.etag).toBe('"2"');
  });
});
