import { eventually } from './support/eventually';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp, validIdea } from './support/test-app';
import { startTestJobs, type TestJobs } from './support/test-jobs';
import { OPEN_DATA_COLUMNS } from '@civic/projections';

const SECRETS = ['Karen', 'Hansen', 'karen@example.dk', '12 34 56 78', 'Amager Strandvej 100', 'handler-anna'];

describe('Open data: the public record in bulk', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  beforeAll(async () => {
    t = await startTestApp('open_data', { projections: true });
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url, config: { openDataSchedule: '15 4 * * *', openDataLicence: 'CC0 1.0 (test)' } });
  });
  afterAll(async () => {
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  const files = async () => (await t.http.get('/open-data').expect(200)).body.files as { name: string; url: string; bytes: number; sha256: string }[];

  it('is scheduled every night in the municipality’s time zone', async () => {
    const schedulers = await eventually(
      () => jobs.queues.get('maintenance').getJobSchedulers(),
      (list) => list.length > 1,
    );
    expect(schedulers).toContainEqual(
      expect.objectContaining({ key: 'open-data-export', name: 'open-data-export', pattern: '15 4 * * *', tz: 'Europe/Copenhagen' }),
    );
  });

  it('lists nothing before the first export, and a file that is not there is a 404 problem', async () => {
    expect(await files()).toEqual([]);
    const missing = await t.http.get('/open-data/ideas.csv').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    await t.http.get('/open-data/..%2F..%2Fetc%2Fpasswd').expect(404);
  });

  it('writes ideas as CSV and JSON with a README when the job runs: the public pages’ data and nothing more', async () => {
    const staff = await t.staff({ sub: 'handler-anna' });
    const answered = (
      await t.http
        .post('/ideas')
        .send(validIdea({ title: 'Karen Hansen: cykelsti, ring 12 34 56 78', description: 'Skriv til karen@example.dk, "hurtigt", tak.' }))
        .expect(201)
    ).body;
    const plain = (
      await t.http
        .post('/ideas')
        .send(validIdea({ title: 'Flere bænke', description: 'Et forslag til kommunen om byens rum.', category: 'other', district: 'valby' }))
        .expect(201)
    ).body;
    const current = await t.http.get(`/ideas/${answered.id}`).set(staff).expect(200);
    await t.http
      .post(`/ideas/${answered.id}/answer`)
      .set(staff)
      .set('If-Match', current.headers.etag)
      .send({ decision: 'accepted', publicAnswer: 'Vi bygger den i 2027.' })
      .expect(200);
    await eventually(
      async () => (await t.db.query(`SELECT count(*)::int AS n FROM public_status WHERE status = 'answered'`)).rows[0].n,
      (n) => n === 1,
    );

    await jobs.queues.get('maintenance').add('open-data-export', {}, { jobId: 'open-data-now' });
    expect(
      await eventually(
        () => jobs.stateOf('maintenance', 'open-data-now'),
        (state) => state === 'completed' || state === 'failed',
      ),
    ).toBe('completed');

    const listed = await files();
    expect(listed.map((file) => file.name)).toEqual(['README.md', 'ideas.csv', 'ideas.json']);
    const csv = await t.http.get('/open-data/ideas.csv').expect(200).expect('Content-Type', 'text/csv; charset=utf-8');
    const json = (
      await t.http
        .get('/open-data/ideas.json')
        .expect(200)
        .expect('Content-Type', /application\/json/)
    ).body;
    const readme = (
      await t.http
        .get('/open-data/README.md')
        .expect(200)
        .expect('Content-Type', /text\/markdown/)
    ).text;
    expect(csv.headers.etag).toBe(`"${listed.find((file) => file.name === 'ideas.csv')!.sha256}"`);

    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe(OPEN_DATA_COLUMNS.map(([name]) => name).join(','));
    expect(lines).toHaveLength(4); // header, two ideas, and the final line end
    expect(json).toHaveLength(2);
    const [first, second] = json;
    expect(first).toMatchObject({
      public_code: answered.publicCode,
      status: 'answered',
      decision: 'accepted',
      public_answer: 'Vi bygger den i 2027.',
      department_code: 'TMF',
      department_name: 'Teknik- og Miljøforvaltningen',
      district_code: 'amager-oest',
      district_name: 'Amager Øst',
      category_code: 'traffic',
      lat: 55.66,
      lon: 12.62,
    });
    expect(second).toMatchObject({ public_code: plain.publicCode, status: 'received', department_code: null, district_code: 'valby' });
    // The CSV holds the same rows: a quoted field with doubled quotes comes back as it was.
    expect(csv.text).toContain(`"${first.description.replace(/"/g, '""')}"`);
    for (const text of [csv.text, JSON.stringify(json), readme]) for (const secret of SECRETS) expect(text).not.toContain(secret);

    for (const [name] of OPEN_DATA_COLUMNS) expect(readme).toContain(`| \`${name}\` |`);
    expect(readme).toContain('Licence: CC0 1.0 (test)');
    expect(readme).toContain('2 ideas');
  });
});
