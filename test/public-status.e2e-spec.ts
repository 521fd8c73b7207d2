import { eventually } from './support/eventually';
import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

interface PublicIdea {
  publicCode: string;
  status: string;
  statusText: { da: string; en: string };
  department: { code: string; name: string } | null;
  publicAnswer: string | null;
  duplicateOf: string | null;
  timeline: { step: string; at: string; label: { da: string; en: string }; text?: string; department?: { code: string; name: string } }[];
  [field: string]: unknown;
}
interface PublicPage {
  items: { publicCode: string; status: string; [field: string]: unknown }[];
  nextCursor: string | null;
}

/** No keyword rule matches this, and category 'other' has no rule: it waits for a dispatcher. */
const unrouted = (title: string, overrides: Record<string, unknown> = {}) =>
  validIdea({ title, description: 'Et forslag til kommunen om byens rum.', category: 'other', district: 'oesterbro', ...overrides });

describe('Public status pages, over HTTP', () => {
  let t: TestApp;
  let as: Record<string, Record<string, string>>;
  beforeAll(async () => {
    t = await startTestApp('public_status', { projections: true });
    as = await headersBySubject(t, ['handler-anna', 'dev']);
  });
  afterAll(async () => {
    await t.close();
  });

  const staff = (id: string, path: string, revision: number, body: object) =>
    t.http.post(`/ideas/${id}${path}`).set('If-Match', `"${revision}"`).set(as['handler-anna']).send(body).expect(200);
  /** The public page once the projection has caught up with what the check expects. */
  const publicPage = async (code: string, check: (idea: PublicIdea) => boolean): Promise<PublicIdea> => {
    const response = await eventually(
      () => t.http.get(`/public/ideas/${code}`),
      (r) => r.status === 200 && check(r.body),
      10_000,
    );
    expect(response.status).toBe(200);
    return response.body;
  };
  const list = async (query: Record<string, string | number> = {}): Promise<PublicPage> => (await t.http.get('/public/ideas').query(query).expect(200)).body;

  it("moves an idea's public page through received, routed and answered, with the public answer shown", async () => {
    const submitted = await t.http.post('/ideas').send(unrouted('Bænke ved søerne')).expect(201);
    const { id, publicCode } = submitted.body;

    const received = await publicPage(publicCode, (idea) => idea.status === 'received');
    expect(received).toMatchObject({
      publicCode,
      title: 'Bænke ved søerne',
      category: 'other',
      district: 'oesterbro',
      status: 'received',
      statusText: { da: 'Modtaget', en: 'Received' },
      department: null,
      publicAnswer: null,
      receivedAt: '2026-11-24T09:00:00.000Z',
    });
    expect(received.timeline).toEqual([{ step: 'received', at: '2026-11-24T09:00:00.000Z', label: { da: 'Idéen er modtaget', en: 'The idea was received' } }]);

    t.clock.advance(3_600_000);
    await staff(id, '/route', 0, { department: 'TMF', reason: 'Benches are park furniture' });
    const routed = await publicPage(publicCode, (idea) => idea.status === 'routed');
    expect(routed).toMatchObject({
      statusText: { da: 'Under behandling', en: 'Being handled' },
      department: { code: 'TMF', name: 'Teknik- og Miljøforvaltningen' },
      routedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(routed.timeline[1]).toEqual({
      step: 'routed',
      at: '2026-11-24T10:00:00.000Z',
      department: { code: 'TMF', name: 'Teknik- og Miljøforvaltningen' },
      label: { da: 'Sendt til Teknik- og Miljøforvaltningen', en: 'Sent to Teknik- og Miljøforvaltningen' },
    });

    await staff(id, '/assign', 1, { assignee: 'handler-anna' });
    await staff(id, '/diagnosis', 2, { feasibility: 'feasible', costBand: 'low', recommendation: 'accept', notes: 'Internal: budget line 4.2' });
    const assessed = await publicPage(publicCode, (idea) => idea.status === 'diagnosed');
    expect(assessed.statusText).toEqual({ da: 'Under vurdering', en: 'Under assessment' });

    t.clock.advance(86_400_000);
    await staff(id, '/answer', 3, { decision: 'accepted', publicAnswer: 'Vi sætter fire nye bænke op på østsiden af søen til foråret.' });
    const answered = await publicPage(publicCode, (idea) => idea.status === 'answered');
    expect(answered).toMatchObject({
      statusText: { da: 'Besvaret', en: 'Answered' },
      decision: 'accepted',
      decisionText: { da: 'Idéen bliver gennemført', en: 'The idea will be carried out' },
      publicAnswer: 'Vi sætter fire nye bænke op på østsiden af søen til foråret.',
      answeredAt: '2026-11-25T10:00:00.000Z',
    });
    expect(answered.timeline.map((entry) => entry.step)).toEqual(['received', 'routed', 'assessed', 'answered']);
    expect(answered.timeline[3]).toMatchObject({ text: 'Vi sætter fire nye bænke op på østsiden af søen til foråret.', decision: 'accepted' });
    const text = JSON.stringify(answered);
    for (const internal of ['handler-anna', 'budget line', 'park furniture', 'Karen', 'karen@example.dk', id]) expect(text).not.toContain(internal);

    await staff(id, '/implementation', 4, { note: 'Bænkene er bestilt.', percentComplete: 40 });
    await staff(id, '/implementation/complete', 5, { note: 'Fire bænke står nu ved søen.' });
    const done = await publicPage(publicCode, (idea) => idea.status === 'implemented');
    expect(done).toMatchObject({ statusText: { da: 'Gennemført', en: 'Implemented' }, implementationPercent: 100 });
    expect(done.timeline.slice(-2).map((entry) => [entry.step, entry.text])).toEqual([
      ['implementation_progress', 'Bænkene er bestilt.'],
      ['implemented', 'Fire bænke står nu ved søen.'],
    ]);
  });

  it('keeps a withdrawn idea visible as withdrawn, and names the idea a duplicate was merged into', async () => {
    t.clock.advance(3_600_000);
    const withdrawn = await t.http.post('/ideas').send(unrouted('Varmestue om vinteren')).expect(201);
    await t.http.post(`/track/${withdrawn.body.trackingToken}/withdraw`).send({ reason: 'Naboerne har løst det' }).expect(200);
    const page = await publicPage(withdrawn.body.publicCode, (idea) => idea.status === 'withdrawn');
    expect(page.statusText).toEqual({ da: 'Trukket tilbage', en: 'Withdrawn' });
    expect(JSON.stringify(page)).not.toContain('Naboerne');

    const original = await t.http.post('/ideas').send(unrouted('Cykelstativer ved Nørreport')).expect(201);
    const duplicate = await t.http.post('/ideas').send(unrouted('Flere cykelstativer ved Nørreport')).expect(201);
    await t.http.post(`/ideas/${duplicate.body.id}/duplicate`).set(as.dev).set('If-Match', '"0"').send({ duplicateOf: original.body.id }).expect(200);
    const merged = await publicPage(duplicate.body.publicCode, (idea) => idea.status === 'duplicate');
    expect(merged).toMatchObject({ statusText: { da: 'Samlet med en anden idé', en: 'Merged with another idea' }, duplicateOf: original.body.publicCode });
  });

  it('lists newest first with filters, search and an opaque cursor', async () => {
    t.clock.advance(3_600_000);
    const codes: string[] = [];
    for (const [title, district] of [
      ['Legeplads i Valby Parken', 'valby'],
      ['Træer på Valby Langgade', 'valby'],
      ['Cykelstien langs Søndre Fasanvej', 'valby'],
    ]) {
      t.clock.advance(60_000);
      codes.push((await t.http.post('/ideas').send(unrouted(title, { district })).expect(201)).body.publicCode);
    }
    const valby = await eventually(
      () => list({ district: 'valby' }),
      (page) => page.items.length === 3,
      10_000,
    );
    expect(valby.items.map((item) => item.publicCode)).toEqual([...codes].reverse());
    expect(valby.items[0]).toMatchObject({
      title: 'Cykelstien langs Søndre Fasanvej',
      excerpt: 'Et forslag til kommunen om byens rum.',
      status: 'received',
      statusText: { da: 'Modtaget', en: 'Received' },
    });

    const first = await list({ district: 'valby', limit: 2 });
    expect(first.items.map((item) => item.publicCode)).toEqual([codes[2], codes[1]]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list({ district: 'valby', limit: 2, cursor: first.nextCursor! });
    expect(second).toEqual({ items: [expect.objectContaining({ publicCode: codes[0] })], nextCursor: null });

    expect((await list({ q: 'cykelsti', district: 'valby' })).items.map((item) => item.publicCode)).toEqual([codes[2]]);
    expect((await list({ q: 'langgade' })).items.map((item) => item.publicCode)).toEqual([codes[1]]);
    expect((await list({ status: 'implemented' })).items.map((item) => item.title)).toEqual(['Bænke ved søerne']);
    expect((await list({ category: 'traffic' })).items).toEqual([]);
    expect((await list({ department: 'TMF' })).items.map((item) => item.title)).toContain('Bænke ved søerne');
    expect((await list({ department: 'ØKF' })).items).toEqual([]);
    expect((await list()).items.length).toBeGreaterThanOrEqual(7);
    expect((await list({ limit: 1 })).items).toHaveLength(1);
  });

  it('finds Swedish and Norwegian words by their stem, as Danish ones', async () => {
    const swedish = (
      await t.http
        .post('/ideas')
        .send(unrouted('Belysning', { language: 'sv', description: 'Gatorna i vårt område är mörka.' }))
        .expect(201)
    ).body;
    const norwegian = (
      await t.http
        .post('/ideas')
        .send(unrouted('Benker', { language: 'nb', description: 'Benkene i parken er ødelagt.' }))
        .expect(201)
    ).body;
    const found = async (q: string) =>
      (
        await eventually(
          () => list({ q }),
          (page) => page.items.length > 0,
          10_000,
        )
      ).items.map((item) => item.publicCode);
    // "gata" finds Swedish "gatorna" only through the Swedish stemmer (the Danish one leaves "gatorna" whole);
    // Norwegian stems as Danish mostly does, and "benk" finds "benkene" either way.
    expect(await found('gata')).toEqual([swedish.publicCode]);
    expect(await found('benk')).toEqual([norwegian.publicCode]);
  });

  it('answers an unknown or malformed public code with the same 404 problem, and nothing more', async () => {
    const unknown = await t.http.get('/public/ideas/K-2026-999999').expect(404);
    const malformed = await t.http.get(`/public/ideas/${encodeURIComponent("K'; DROP TABLE events; --")}`).expect(404);
    for (const response of [unknown, malformed]) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toEqual({
        type: expect.stringContaining('public-idea-not-found'),
        title: 'No idea has this public code',
        status: 404,
        code: 'public-idea-not-found',
        instance: expect.any(String),
      });
    }
  });

  it('refuses bad list parameters as problems, never a 500', async () => {
    const problem = async (query: Record<string, string>, status: number) => {
      const response = await t.http.get('/public/ideas').query(query).expect(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      return response.body;
    };
    expect(await problem({ status: 'assigned' }, 422)).toMatchObject({ errors: [expect.objectContaining({ field: 'status' })] });
    expect(await problem({ limit: '0' }, 422)).toMatchObject({ errors: [expect.objectContaining({ field: 'limit' })] });
    expect(await problem({ limit: '101' }, 422)).toMatchObject({ errors: [expect.objectContaining({ field: 'limit' })] });
    expect(await problem({ limit: 'many' }, 422)).toMatchObject({ errors: [expect.objectContaining({ field: 'limit' })] });
    expect(await problem({ department: "TMF' OR 1=1" }, 422)).toMatchObject({ errors: [expect.objectContaining({ field: 'department' })] });
    expect(await problem({ district: "x' OR 1=1" }, 422)).toMatchObject({ errors: [expect.objectContaining({ field: 'district' })] });
    expect(await problem({ q: 'x'.repeat(201) }, 422)).toMatchObject({ errors: [expect.objectContaining({ field: 'q' })] });
    expect(await problem({ sort: 'title' }, 422)).toMatchObject({ errors: [expect.objectContaining({ field: 'sort' })] });
    expect(await problem({ cursor: 'not-a-cursor' }, 400)).toMatchObject({ code: 'bad-cursor', errors: [{ field: 'cursor', message: expect.any(String) }] });
    // Search text is data, never syntax: quotes, operators and LIKE wildcards find nothing, and fail nothing.
    for (const q of ['"unclosed', 'a & | ! b', '%', '_', '\\', "'; SELECT 1; --", '<->']) await t.http.get('/public/ideas').query({ q }).expect(200);
  });

  it('documents both endpoints in the OpenAPI document', async () => {
    const { body } = await t.http.get('/docs/openapi.json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/public/ideas', '/public/ideas/{publicCode}']));
    expect(body.paths['/public/ideas'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['status', 'district', 'category', 'q', 'limit', 'cursor']),
    );
    expect(body.components.schemas.PublicIdeaView.properties).toHaveProperty('timeline');
    expect(body.components.schemas.PublicIdeaView.properties).not.toHaveProperty('contact');
  });
});
