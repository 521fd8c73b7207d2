import { XMLParser } from 'fast-xml-parser';
import { eventually } from './support/eventually';
import { expectValidOpen311 } from './support/open311-schemas';
import { startTestApp, type TestApp } from './support/test-app';

const RAADHUSPLADSEN = { lat: '55.6761', long: '12.5683' };
const xml = new XMLParser({ parseTagValue: false });

/** What a FixMyStreet-like client sends: a form, as GeoReport v2 says. */
const report = (apiKey: string, fields: Record<string, string> = {}) => ({
  api_key: apiKey,
  service_code: 'traffic',
  ...RAADHUSPLADSEN,
  address_string: 'Rådhuspladsen 1',
  description: 'Cyklerne holder i kø ved krydset hver morgen.\nEt længere grønt lys for cyklister ville hjælpe.',
  email: 'karen.open311@example.dk',
  first_name: 'Karen',
  last_name: 'Hansen',
  phone: '+45 12 34 56 78',
  device_id: 'device-1',
  account_id: 'acct-42',
  ...fields,
});

describe('Open311 GeoReport v2, over HTTP', () => {
  let t: TestApp;
  let apiKey: string;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp('open311', { projections: true, open311: { perKeyPerMinute: 0, jurisdictionId: 'kk.dk' } });
    admin = await t.staff();
    apiKey = (await t.http.post('/open311/api-keys').set(admin).send({ client: 'FixMyStreet' }).expect(201)).body.apiKey;
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (fields: Record<string, string>, format = 'json') => t.http.post(`/open311/v2/requests.${format}`).type('form').send(fields);
  const requestOf = async (code: string, check: (r: { status: string; status_notes: string | null }) => boolean) =>
    (
      await eventually(
        () => t.http.get(`/open311/v2/requests/${code}.json`),
        (r) => r.status === 200 && check(r.body[0]),
        10_000,
      )
    ).body;

  it('lists the categories as services, in JSON and the same in XML', async () => {
    const json = await t.http
      .get('/open311/v2/services.json')
      .expect(200)
      .expect('Content-Type', /application\/json/);
    expectValidOpen311('services', json.body);
    expect(json.body).toContainEqual(expect.objectContaining({ service_code: 'roads', service_name: 'Veje og fortove', metadata: true, type: 'realtime' }));
    const asXml = await t.http
      .get('/open311/v2/services.xml')
      .expect(200)
      .expect('Content-Type', /application\/xml/);
    const services = xml.parse(asXml.text).services.service;
    expect(services.map((s: { service_code: string }) => s.service_code)).toEqual(json.body.map((s: { service_code: string }) => s.service_code));
    expect(services[0]).toMatchObject({ service_name: json.body[0].service_name, metadata: 'true', type: 'realtime' });
  });

  it("gives a service's definition: the districts, and what its category asks for", async () => {
    const json = (await t.http.get('/open311/v2/services/roads.json').expect(200)).body;
    expectValidOpen311('service-definition', json);
    expect(json.attributes.map((a: { code: string }) => a.code)).toEqual(['district', 'surface']);
    expect(json.attributes[1]).toMatchObject({
      required: true,
      datatype: 'singlevaluelist',
      values: expect.arrayContaining([{ key: 'pavement', name: 'Fortov' }]),
    });
    const definition = xml.parse((await t.http.get('/open311/v2/services/roads.xml').expect(200)).text).service_definition;
    expect(definition.attributes.attribute[1]).toMatchObject({ code: 'surface', required: 'true' });
    expect(definition.attributes.attribute[1].values.value).toContainEqual({ key: 'pavement', name: 'Fortov' });

    const unknown = await t.http.get('/open311/v2/services/no-such.json').expect(404);
    expect(unknown.body).toEqual([{ code: 404, description: expect.stringContaining('no-such') }]);
    await t.http.get('/open311/v2/services.html').expect(404);
  });

  it("takes a client's request through to the handler's answer: post, look up, list, read the status", async () => {
    const posted = await post(report(apiKey)).expect(200);
    expect(posted.body).toEqual([
      {
        service_request_id: expect.stringMatching(/^K-2026-\d+$/),
        service_notice: expect.stringContaining('Teknik- og Miljøforvaltningen'),
        account_id: 'acct-42',
      },
    ]);
    const code: string = posted.body[0].service_request_id;

    // The same idea as from the web form: routed by the category's rule, placed in its district by the point, the contact sealed.
    const [request] = await requestOf(code, () => true);
    expectValidOpen311('requests', [request]);
    expect(request).toMatchObject({
      service_request_id: code,
      status: 'open',
      service_code: 'traffic',
      service_name: 'Trafik og cykling',
      agency_responsible: 'Teknik- og Miljøforvaltningen',
      requested_datetime: '2026-11-24T09:00:00.000Z',
      expected_datetime: expect.any(String),
      lat: 55.676,
      long: 12.568,
      address: null,
    });
    const { rows } = await t.db.query(`SELECT data, metadata FROM events WHERE type = 'IdeaSubmitted' AND data->>'publicCode' = $1`, [code]);
    expect(rows[0].data).toMatchObject({ channel: 'open311', district: 'indre-by', category: 'traffic' });
    const [fixMyStreet] = (await t.http.get('/open311/api-keys').set(admin).expect(200)).body;
    expect(rows[0].metadata).toMatchObject({ actor: `open311:${fixMyStreet.id}` });
    const stored = JSON.stringify(rows[0].data);
    for (const personal of ['karen.open311@example.dk', 'Hansen', '12 34 56 78', 'Rådhuspladsen']) expect(stored).not.toContain(personal);
    expect(JSON.stringify(request)).not.toMatch(/Karen|Hansen|example\.dk|12 34 56 78|device-1|acct-42/);
    // In the department's inbox, under the district the point lies in.
    const inbox = await eventually(
      () => t.db.query('SELECT department, district FROM department_inbox WHERE public_code = $1', [code]),
      (r) => r.rows.length === 1,
      10_000,
    );
    expect(inbox.rows).toEqual([{ department: 'TMF', district: 'indre-by' }]);

    const listed = (
      await t.http.get('/open311/v2/requests.json').query({ status: 'open', service_code: 'traffic,roads', jurisdiction_id: 'kk.dk' }).expect(200)
    ).body;
    expectValidOpen311('requests', listed);
    expect(listed.map((r: { service_request_id: string }) => r.service_request_id)).toContain(code);
    const byId = (
      await t.http
        .get('/open311/v2/requests.json')
        .query({ service_request_id: `${code},K-2026-999999` })
        .expect(200)
    ).body;
    expect(byId).toEqual([request]);
    expect((await t.http.get('/open311/v2/requests.json').query({ status: 'closed' }).expect(200)).body).toEqual([]);

    const asXml = xml.parse((await t.http.get(`/open311/v2/requests/${code}.xml`).expect(200)).text).service_requests.request;
    expect(asXml).toMatchObject({ service_request_id: code, status: 'open', agency_responsible: request.agency_responsible, lat: '55.676', long: '12.568' });

    // A handler answers; the client reads the answer as the request's status notes.
    const { rows: ids } = await t.db.query('SELECT idea_id FROM public_status WHERE public_code = $1', [code]);
    const idea = await t.http.get(`/ideas/${ids[0].idea_id}`).set(admin).expect(200);
    await t.http
      .post(`/ideas/${ids[0].idea_id}/answer`)
      .set(admin)
      .set('If-Match', idea.headers.etag)
      .send({ decision: 'accepted', publicAnswer: 'Vi forlænger det grønne lys for cyklister fra januar.' })
      .expect(200);
    const [answered] = await requestOf(code, (r) => r.status === 'closed');
    expectValidOpen311('request', answered);
    expect(answered).toMatchObject({ status: 'closed', status_notes: 'Vi forlænger det grønne lys for cyklister fra januar.', expected_datetime: null });
    const closed = (await t.http.get('/open311/v2/requests.json').query({ status: 'closed' }).expect(200)).body;
    expect(closed.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([code]);
  });

  it('answers in XML when asked, and takes a district and the category’s attributes without a point', async () => {
    const posted = await post(
      report(apiKey, { service_code: 'roads', lat: '', long: '', 'attribute[district]': 'valby', 'attribute[surface]': 'pavement' }),
      'xml',
    ).expect(200);
    const created = xml.parse(posted.text).service_requests.request;
    expect(created.service_request_id).toMatch(/^K-2026-\d+$/);
    const { rows } = await t.db.query(`SELECT data FROM events WHERE type = 'IdeaSubmitted' AND data->>'publicCode' = $1`, [created.service_request_id]);
    // The address_string without a point is sealed with the texts: not in the event, yet staff read it as the location.
    expect(rows[0].data).toMatchObject({ district: 'valby', category: 'roads', location: null });
    expect(JSON.stringify(rows[0].data)).not.toContain('Rådhuspladsen');
    expect(rows[0].data.description).toContain('Where is the problem?: Fortov');
    expect((await t.http.get(`/ideas/${rows[0].data.ideaId}`).set(admin).expect(200)).body.state.location).toEqual({ address: 'Rådhuspladsen 1' });
  });

  describe('refuses, in the spec’s error format, and changes nothing', () => {
    let revokedKey: string;
    beforeAll(async () => {
      const issued = (await t.http.post('/open311/api-keys').set(admin).send({ client: 'Old kiosk' }).expect(201)).body;
      revokedKey = issued.apiKey;
      await t.http.delete(`/open311/api-keys/${issued.id}`).set(admin).expect(200);
    });

    it.each<[string, (key: string) => Record<string, string>, number, RegExp]>([
      ['no service_code', (key) => ({ ...report(key), service_code: '' }), 400, /service_code is required/],
      ['no api_key', (key) => ({ ...report(key), api_key: '' }), 400, /api_key is required/],
      ['an unknown service', (key) => report(key, { service_code: 'potholes-on-mars' }), 400, /not a service/],
      ['a missing required attribute', (key) => report(key, { service_code: 'roads' }), 400, /attribute\[surface\] is required/],
      ['an invalid list value', (key) => report(key, { service_code: 'roads', 'attribute[surface]': 'lava' }), 400, /has no value "lava"/],
      ['an attribute the service does not have', (key) => report(key, { 'attribute[colour]': 'red' }), 400, /not an attribute/],
      ['a wrong api_key', () => report('o311_not-a-key'), 403, /not valid/],
      ['a latitude that is not one', (key) => report(key, { lat: '95.1' }), 400, /lat must be a number from -90 to 90/],
      ['text for a longitude', (key) => report(key, { long: '12,5683' }), 400, /long must be a number/],
      ['lat without long', (key) => report(key, { long: '' }), 400, /lat and long go together/],
      ['a point outside every district', (key) => report(key, { lat: '56.15', long: '10.2' }), 422, /outside every district/],
      ['no location at all', (key) => report(key, { lat: '', long: '', address_string: '' }), 400, /location is required/],
      ['an address without a district', (key) => report(key, { lat: '', long: '' }), 400, /attribute\[district\]/],
      ['an e-mail address that is not one', (key) => report(key, { email: 'karen(at)example' }), 400, /email/],
      ['a media_url that is not a web address', (key) => report(key, { media_url: 'javascript:alert(1)' }), 400, /media_url/],
      ['another jurisdiction', (key) => report(key, { jurisdiction_id: 'aarhus.dk' }), 404, /jurisdiction_id "aarhus.dk" is not served here/],
    ])('%s', async (_, fields, status, message) => {
      const before = await t.eventCount();
      const response = await post(fields(apiKey)).expect(status);
      expect(response.body).toEqual([{ code: status, description: expect.stringMatching(message) }]);
      expect(await t.eventCount()).toBe(before);
    });

    it('a revoked api_key, also in XML', async () => {
      const before = await t.eventCount();
      const response = await post(report(revokedKey), 'xml')
        .expect(403)
        .expect('Content-Type', /application\/xml/);
      expect(xml.parse(response.text)).toEqual({ '?xml': '', errors: { error: { code: '403', description: expect.stringMatching(/not valid/) } } });
      expect(await t.eventCount()).toBe(before);
    });

    it('NUL bytes, a JSON body, and malformed filters', async () => {
      const before = await t.eventCount();
      // Refused by the API's own checks, before Open311's controller sees them, yet in its format.
      const nul = await post(report(apiKey, { description: 'a\u0000b' })).expect(422);
      expect(nul.body).toEqual([{ code: 422, description: expect.stringMatching(/description must not contain NUL/) }]);
      const nulXml = await post(report(apiKey, { description: 'a\u0000b' }), 'xml')
        .expect(422)
        .expect('Content-Type', /application\/xml/);
      expect(xml.parse(nulXml.text).errors.error.code).toBe('422');
      const text = await t.http.post('/open311/v2/requests.json').type('text/plain').send('api_key=x&service_code=traffic').expect(415);
      expect(text.body).toEqual([{ code: 415, description: expect.stringMatching(/x-www-form-urlencoded/) }]);
      for (const query of [
        { start_date: 'yesterday' },
        { status: 'pending' },
        { service_request_id: "K-1' OR 1=1" },
        { start_date: '2026-12-01', end_date: '2026-01-01' },
      ]) {
        const response = await t.http.get('/open311/v2/requests.json').query(query).expect(400);
        expect(response.body).toEqual([{ code: 400, description: expect.any(String) }]);
      }
      await t.http.get('/open311/v2/requests/K-2026-999999.json').expect(404);
      expect(await t.eventCount()).toBe(before);
    });
  });

  it('keys: only an admin issues, lists and revokes them, and the list never shows a key', async () => {
    const handler = await t.staff({ sub: 'handler-h', roles: ['handler'] });
    await t.http.post('/open311/api-keys').set(handler).send({ client: 'City app' }).expect(403);
    await t.http.post('/open311/api-keys').set(admin).send({ client: '  ' }).expect(422);
    const listed = (await t.http.get('/open311/api-keys').set(admin).expect(200)).body;
    expect(listed).toContainEqual(expect.objectContaining({ client: 'FixMyStreet', revokedAt: null }));
    expect(JSON.stringify(listed)).not.toContain(apiKey);
    const { rows } = await t.db.query('SELECT key_hash FROM open311_api_keys');
    expect(JSON.stringify(rows)).not.toContain(apiKey);
    await t.http.delete('/open311/api-keys/6f1c2b1e-0000-4000-8000-000000000000').set(admin).expect(404);
  });
});

describe('Open311 rate limit per API key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('open311_rate_limit', { open311: { perKeyPerMinute: 2, jurisdictionId: null } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a key past its limit with 429, while another key goes on', async () => {
    const admin = await t.staff();
    const issue = async (client: string) => (await t.http.post('/open311/api-keys').set(admin).send({ client }).expect(201)).body.apiKey as string;
    const [busy, other] = [await issue('Busy kiosk'), await issue('Other app')];
    const post = (key: string) => t.http.post('/open311/v2/requests.json').type('form').send(report(key));
    await post(busy).expect(200);
    await post(busy).expect(200);
    const limited = await post(busy).expect(429);
    expect(limited.body).toEqual([{ code: 429, description: expect.stringMatching(/at most 2 a minute/) }]);
    await post(other).expect(200);
  });
});
