import { eventually } from './support/eventually';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

const RAADHUSPLADSEN = { lat: 55.6761, lon: 12.5683 };
const VALBY = { lat: 55.662, lon: 12.5 };

/** The web form's idea, naming no district: the point decides. */
function withoutDistrict(overrides: Record<string, unknown>): Record<string, unknown> {
  const { district: _named, ...idea } = validIdea(overrides);
  return idea;
}

describe('Places: a point decides the district', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp('districts_from_points', { projections: true });
    admin = await t.staff();
  });
  afterAll(async () => {
    await t.close();
  });

  const submittedData = async (id: string) =>
    (await t.db.query(`SELECT data FROM events WHERE type = 'IdeaSubmitted' AND stream_id = $1`, [`idea-${id}`])).rows[0]?.data;

  it('places a web submission with a point and no district in the district that holds it; a district named stands', async () => {
    const placed = (
      await t.http
        .post('/ideas')
        .send(withoutDistrict({ location: RAADHUSPLADSEN }))
        .expect(201)
    ).body;
    expect(await submittedData(placed.id)).toMatchObject({ district: 'indre-by', location: { lat: 55.6761, lon: 12.5683 } });
    const named = (
      await t.http
        .post('/ideas')
        .send(validIdea({ district: 'valby', location: RAADHUSPLADSEN }))
        .expect(201)
    ).body;
    expect(await submittedData(named.id)).toMatchObject({ district: 'valby' });
  });

  it('refuses a point outside every district, and a submission with neither point nor district, changing nothing', async () => {
    const before = await t.eventCount();
    const outside = await t.http
      .post('/ideas')
      .send(withoutDistrict({ location: { lat: 56.15, lon: 10.2 } }))
      .expect(422);
    expect(outside.body.errors).toEqual([{ field: 'location', message: expect.stringMatching(/outside every district/) }]);
    const nowhere = validIdea();
    delete (nowhere as { district?: string }).district;
    delete (nowhere as { location?: unknown }).location;
    const missing = await t.http.post('/ideas').send(nowhere).expect(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'district' })]);
    expect(await t.eventCount()).toBe(before);
  });

  it("routes an Open311 request with coordinates by its district's rule", async () => {
    await t.http.post('/routing-rules').set(admin).send({ id: 'valby-ideas', department: 'KFF', district: 'valby', keywords: [], priority: 10 }).expect(201);
    const apiKey = (await t.http.post('/open311/api-keys').set(admin).send({ client: 'City app' }).expect(201)).body.apiKey;
    const posted = await t.http
      .post('/open311/v2/requests.json')
      .type('form')
      .send({ api_key: apiKey, service_code: 'parks-nature', lat: String(VALBY.lat), long: String(VALBY.lon), description: 'Flere træer i parken' })
      .expect(200);
    const code = posted.body[0].service_request_id;
    const inbox = await eventually(
      () => t.db.query('SELECT department, district FROM department_inbox WHERE public_code = $1', [code]),
      (r) => r.rows.length === 1,
      10_000,
    );
    expect(inbox.rows).toEqual([{ department: 'KFF', district: 'valby' }]);
  });

  it('shows the position on the public page, to about 100 m, and filters the public list by a bounding box', async () => {
    const idea = (
      await t.http
        .post('/ideas')
        .send(withoutDistrict({ title: 'Bænke på pladsen', location: { ...RAADHUSPLADSEN, address: 'Rådhuspladsen 1' } }))
        .expect(201)
    ).body;
    const page = await eventually(
      () => t.http.get(`/public/ideas/${idea.publicCode}`),
      (r) => r.status === 200,
      10_000,
    );
    expect(page.body).toMatchObject({ district: 'indre-by', position: { lat: 55.676, lon: 12.568 } });
    expect(page.text).not.toContain('Rådhuspladsen 1');

    const inBox = (await t.http.get('/public/ideas').query({ bbox: '12.55,55.67,12.60,55.69', limit: 100 }).expect(200)).body.items;
    expect(inBox.map((i: { publicCode: string }) => i.publicCode)).toContain(idea.publicCode);
    expect(inBox.every((i: { position: { lat: number; lon: number } | null }) => i.position && i.position.lon >= 12.55 && i.position.lon <= 12.6)).toBe(true);
    const elsewhere = (await t.http.get('/public/ideas').query({ bbox: '12.45,55.64,12.52,55.68', limit: 100 }).expect(200)).body.items;
    expect(elsewhere.map((i: { publicCode: string }) => i.publicCode)).not.toContain(idea.publicCode);
    for (const bbox of ['12.6,55.6,12.5,55.7', 'a,b,c,d', '12.5,95,12.6,96', '1,2,3']) await t.http.get('/public/ideas').query({ bbox }).expect(422);
  });
});
