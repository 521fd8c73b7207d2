import { eventually } from './support/eventually';
import { signInAsStaff } from './support/staff-session';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

/** The management dashboard: charts with their tables, filters, and downloads that a Danish spreadsheet opens as they are. */
describe('Staff dashboard', () => {
  let t: TestApp;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp('staff-dashboard', { projections: true });
    const { body } = await t.http.post('/ideas').send(validIdea()).expect(201);
    const headers = await t.staff();
    t.clock.advance(3 * 86_400_000);
    const read = await t.http.get(`/ideas/${body.id}`).set(headers).expect(200);
    await t.http
      .post(`/ideas/${body.id}/answer`)
      .set(headers)
      .set('If-Match', read.headers.etag)
      .send({ decision: 'accepted', publicAnswer: 'Ja' })
      .expect(200);
    await eventually(
      async () => (await t.db.query(`SELECT count(*)::int AS n FROM response_time_histogram_ideas WHERE answered_at IS NOT NULL`)).rows[0].n,
      (n) => n === 1,
      10_000,
    );
    manager = await signInAsStaff(t, { subject: 'mads', roles: ['manager'] });
  });
  afterAll(() => t.close());

  it('shows each report as an SVG chart (an image with its name) with a table of the same numbers, names not only codes', async () => {
    const page = await t.http.get('/staff/dashboard?from=2026-01-01&to=2027-01-01').set('Cookie', manager).expect(200);
    const charts = page.text.match(/<svg role="img" aria-label="[^"]+"/g) ?? [];
    expect(charts).toHaveLength(5);
    expect(page.text).not.toMatch(/<style>|\sstyle="/); // the CSP forbids inline styles
    expect(page.text).toContain('Teknik- og Miljøforvaltningen (TMF)');
    expect(page.text).toMatch(/<th scope="row">2026-11<\/th><td class="number">1<\/td><td class="number">1<\/td>/);
  });

  it('shows who takes part: each district’s share of the participants beside its share of the residents', async () => {
    const page = await t.http.get('/staff/dashboard?from=2026-01-01&to=2027-01-01&lang=en').set('Cookie', manager).expect(200);
    expect(page.text).toContain('<svg role="img" aria-label="Who takes part: each district');
    // The one idea came from Amager Øst (63,000 of 654,000 residents: 9.6 %), so all its participants are from there.
    const row = /<tr><th scope="row">Amager Øst<\/th>(.*?)<\/tr>/.exec(page.text)![1];
    expect(row).toBe(
      '<td class="number">1</td><td class="number">0</td><td class="number">0</td><td class="number">100 %</td><td class="number">9.6 %</td><td class="number">10.38</td><td>Over-represented</td>',
    );
  });

  it('downloads the response times as CSV for Danish Excel: byte-order mark, semicolons, decimal commas, names', async () => {
    const csv = await t.http
      .get('/staff/dashboard/response-times.csv?from=2026-01-01&to=2027-01-01&groupBy=department')
      .set('Cookie', manager)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="response-times-2026-01-01-2027-01-01.csv"');
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Kode;Forvaltning;Modtaget;Besvaret;Besvaret inden fristen;Besvaret inden fristen (%);Median arbejdsdage til svar;90 %-fraktil, arbejdsdage;Åbne sager;Overskredet;Gennemført',
    );
    expect(lines).toContainEqual(expect.stringMatching(/^TMF;Teknik- og Miljøforvaltningen \(TMF\);1;1;1;100;\d+(,\d+)?;/));
  });

  it('the throughput download, and in English a comma-separated file with decimal points', async () => {
    const csv = await t.http.get('/staff/dashboard/throughput.csv?from=2026-11-01&to=2027-01-01&lang=en').set('Cookie', manager).expect(200);
    expect(
      csv.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, 2),
    ).toEqual(['Month,Received,Answered,Implemented,Deadlines missed', '2026-11,1,1,0,0']);
  });

  it('a period that makes no sense falls back to the last twelve months rather than failing', async () => {
    await t.http.get('/staff/dashboard?from=2027-01-01&to=2026-01-01&groupBy=nonsense').set('Cookie', manager).expect(200);
  });

  it('is the manager’s: a handler is refused, and so is the download', async () => {
    const handler = await signInAsStaff(t, { subject: 'hanna', roles: ['handler'], departments: ['TMF'] });
    await t.http.get('/staff/dashboard').set('Cookie', handler).expect(403);
    await t.http.get('/staff/dashboard/throughput.csv').set('Cookie', handler).expect(403);
    await t.http.get('/staff/dashboard/throughput.csv').expect(303);
  });
});
