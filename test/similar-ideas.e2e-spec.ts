import { SupportLinks } from '@civic/casework';
import { eventually } from './support/eventually';
import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

interface Similar {
  publicCode: string;
  title: string;
  status: string;
  score: number;
  [field: string]: unknown;
}

describe('Similar ideas and duplicate candidates, over HTTP', () => {
  let t: TestApp;
  let as: Record<string, Record<string, string>>;
  const submitted: Record<string, { id: string; publicCode: string }> = {};

  beforeAll(async () => {
    t = await startTestApp('similar_ideas', { projections: true });
    as = await headersBySubject(t, ['dispatcher-dorte']);
    as.otherHandler = await t.staff({ sub: 'handler-carl', roles: ['handler'], departments: ['KFF'] });
    as.manager = await t.staff({ sub: 'manager-mette', roles: ['manager'] });
    const ideas = {
      bike: validIdea(),
      bikeAgain: validIdea({ title: 'Cykelsti til skolen på Amager Strandvej', description: 'Lastbiler og børn på cykel: vi mangler en cykelsti.' }),
      benches: validIdea({ title: 'Flere bænke ved søerne', description: 'Ældre vil gerne hvile sig.', category: 'parks-nature', district: 'oesterbro' }),
    };
    for (const [key, idea] of Object.entries(ideas)) submitted[key] = (await t.http.post('/ideas').send(idea).expect(201)).body;
    // Each read model has its own runner: wait until both the search and the public pages have every idea, not just the first.
    const count = async (table: string) => Number((await t.db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
    await eventually(
      async () => (await count('similar_ideas')) + (await count('public_status')),
      (n) => n === 6,
      15_000,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const similar = async (query: Record<string, string>): Promise<Similar[]> =>
    (
      await eventually(
        () => t.http.get('/public/ideas/similar').set('Accept', 'application/json').query(query),
        (r) => r.status === 200 && r.body.items.length > 0,
        10_000,
      )
    ).body.items;

  it('lists up to five public ideas like the text, with status and public code, and nothing internal', async () => {
    const items = await similar({ text: 'cykelsti skole lastbiler', district: 'amager-oest', category: 'traffic' });
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items.map((item) => item.publicCode).sort()).toEqual([submitted.bike.publicCode, submitted.bikeAgain.publicCode].sort());
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['category', 'district', 'publicCode', 'receivedAt', 'score', 'status', 'supportUrl', 'supports', 'title']);
      expect(item.supportUrl).toBe(`/public/ideas/${item.publicCode}#support`);
      expect(['received', 'routed']).toContain(item.status);
    }
    const bodies = JSON.stringify(items);
    for (const idea of Object.values(submitted)) expect(bodies).not.toContain(idea.id);
  });

  it('gives each similar idea its confirmed supports and the way to support it instead, on the submit form too', async () => {
    // Two addresses ask to support the benches; only the one that follows its link counts.
    const links = t.app.get(SupportLinks);
    // Supports need the idea public (public_status), which its own runner may reach after similar_ideas.
    await eventually(
      () => t.http.get(`/public/ideas/${submitted.benches.publicCode}`).set('Accept', 'application/json'),
      (r) => r.status === 200,
      10_000,
    );
    for (const email of ['confirmed@example.dk', 'pending@example.dk'])
      await t.http.post(`/public/ideas/${submitted.benches.publicCode}/supports`).send({ email }).expect(202);
    await t.http.post(`/supports/${links.issue(links.supportIdFor(submitted.benches.id, 'confirmed@example.dk'))}/confirm`).expect(200);
    const counted = await eventually(
      () => similar({ text: 'bænke ved søerne' }),
      (items) => items[0]?.supports === 1,
      10_000,
    );
    expect(counted[0]).toMatchObject({
      publicCode: submitted.benches.publicCode,
      supports: 1,
      supportUrl: `/public/ideas/${submitted.benches.publicCode}#support`,
    });
    expect((await similar({ text: 'cykelsti skole lastbiler' })).map((item) => item.supports)).toEqual([0, 0]);

    // The idea's page has the support form at that anchor.
    const page = await t.http.get(`/public/ideas/${submitted.benches.publicCode}`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<section id="support"');

    // Without JavaScript, the step before the final submit lists the same, with a link to support it instead.
    for (const [lang, instead, label] of [
      ['da', `Støt ${submitted.benches.publicCode} i stedet`, 'Støtter: 1'],
      ['en', `Support ${submitted.benches.publicCode} instead`, 'Supporters: 1'],
    ]) {
      const form = await t.http.get(`/submit?lang=${lang}`).expect(200);
      const cookie = (form.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
      const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(form.text)![1];
      const fields = { _csrf: hidden('_csrf'), idempotencyKey: hidden('idempotencyKey'), language: lang };
      const typed = { title: 'Bænke ved søerne', description: 'Flere bænke ved søerne til de ældre.', category: 'parks-nature', district: 'oesterbro' };
      const step = await t.http
        .post('/submit')
        .set('Cookie', cookie)
        .type('form')
        .send({ ...fields, ...typed })
        .expect(200);
      expect(step.text).toContain('class="similar-step"');
      expect(step.text).toContain(`<a href="/public/ideas/${submitted.benches.publicCode}#support" class="similar-support">${instead}</a>`);
      expect(step.text).toContain(label);
      // The script's texts for the list it builds while the citizen writes.
      expect(step.text).toContain(`data-support-instead="${instead.replace(submitted.benches.publicCode, '{code}')}"`);
    }
  });

  it('while the read model is rebuilt after an upgrade (a table of it not there yet): the list answers 503, the submit page sends the idea', async () => {
    const form = await t.http.get('/submit?lang=da').expect(200);
    const cookie = (form.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(form.text)![1];
    const view = (await t.db.query(`SELECT definition FROM pg_views WHERE viewname = 'similar_idea_words'`)).rows[0].definition as string;
    await t.db.query('DROP VIEW similar_idea_words');
    try {
      const upgrading = await t.http.get('/public/ideas/similar').query({ text: 'bænke ved søerne' }).expect(503);
      expect(upgrading.body).toMatchObject({ code: 'read-model-upgrading' });
      await t.http
        .post('/submit')
        .set('Cookie', cookie)
        .type('form')
        .send({
          _csrf: hidden('_csrf'),
          idempotencyKey: hidden('idempotencyKey'),
          language: 'da',
          title: 'Bænke ved søerne',
          description: 'Flere bænke ved søerne.',
          category: 'parks-nature',
          district: 'oesterbro',
        })
        .expect(303)
        .expect('Location', /^\/track\/[^/]+\/receipt$/);
    } finally {
      await t.db.query(`CREATE VIEW similar_idea_words AS ${view}`);
    }
  });

  it('matches without accents, and gives an empty list when nothing is alike', async () => {
    expect((await similar({ text: 'baenke ved soerne' }))[0].publicCode).toBe(submitted.benches.publicCode);
    const none = await t.http.get('/public/ideas/similar').query({ text: 'xylofon zebra' }).expect(200);
    expect(none.body).toEqual({ items: [] });
  });

  it('refuses a missing or oversized text and malformed codes with problem+json', async () => {
    for (const query of [{}, { text: '' }, { text: 'x'.repeat(2001) }, { text: 'cykel', district: 'Not A Code!' }]) {
      const response = await t.http.get('/public/ideas/similar').query(query).expect(422);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('answers a browser asking for /public/ideas/similar with the JSON too, not an idea page', async () => {
    const response = await t.http.get('/public/ideas/similar').set('Accept', 'text/html').query({ text: 'cykelsti' }).expect(200);
    expect(response.headers['content-type']).toMatch(/application\/json/);
  });

  it("gives a case handler the case's likely duplicates, never the case itself", async () => {
    const response = await eventually(
      () => t.http.get(`/ideas/${submitted.bikeAgain.id}/duplicate-candidates`).set(as['dispatcher-dorte']),
      (r) => r.status === 200 && r.body.items.length > 0,
      10_000,
    );
    const items = response.body.items;
    expect(items[0]).toMatchObject({ ideaId: submitted.bike.id, publicCode: submitted.bike.publicCode, sameDistrict: true, sameCategory: true });
    expect(items.map((item: { ideaId: string }) => item.ideaId)).not.toContain(submitted.bikeAgain.id);
    expect(items[0].textRank).toBeGreaterThan(0.3);
  });

  it('keeps the candidates from whoever may not read the case, and answers 404 for an unknown idea', async () => {
    await t.http.get(`/ideas/${submitted.bike.id}/duplicate-candidates`).expect(401);
    // A handler of another department may not read the case (it was routed by rule to TMF), and a manager does not mark duplicates.
    await t.http.get(`/ideas/${submitted.bike.id}/duplicate-candidates`).set(as.otherHandler).expect(403);
    await t.http.get(`/ideas/${submitted.bike.id}/duplicate-candidates`).set(as.manager).expect(403);
    await t.http.get('/ideas/00000000-0000-4000-8000-000000000000/duplicate-candidates').set(as['dispatcher-dorte']).expect(404);
    await t.http.get('/ideas/not-a-uuid/duplicate-candidates').set(as['dispatcher-dorte']).expect(400);
  });
});
