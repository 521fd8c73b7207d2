import { startTestApp, type TestApp, validIdea } from './support/test-app';
import { startTestJobs, TEST_PUBLIC_BASE_URL, type TestJobs } from './support/test-jobs';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { eventually } from './support/eventually';

const DAY = 86_400_000;

/**
 * Four weeks after an idea is answered, its citizen is asked once how
 * satisfied they are (the reactor's timer, BullMQ on the real Redis, the test
 * clock, the SMTP sink); the answer is an event, and it reaches management's
 * report by department and month.
 */
describe('Satisfaction follow-up', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  let staff: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('satisfaction', { projections: true });
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url });
    staff = await t.staff({ sub: 'anna' });
  }, 60_000);
  afterAll(async () => {
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  async function submit(address: string, language = 'en') {
    const { body } = await t.http
      .post('/ideas')
      .send(validIdea({ language, contact: { name: 'Sam Berg', email: address } }))
      .expect(201);
    return body as { id: string; publicCode: string; trackingToken: string; revision: number };
  }
  async function step(ideaId: string, path: string, body: object) {
    const current = await t.http.get(`/ideas/${ideaId}`).set(staff).expect(200);
    await t.http.post(`/ideas/${ideaId}${path}`).set(staff).set('If-Match', current.headers.etag).send(body).expect(200);
  }
  const questionsTo = (address: string) => smtp.to(address).filter((mail) => mail.text.includes('/page/satisfaction'));
  /** Runs every due timer by the test clock, and waits until the queues have done what they will. */
  async function runTimers() {
    await eventually(
      async () => (await jobs.queues.get('deadlines').getJobCounts('waiting', 'active', 'delayed')) as Record<string, number>,
      (counts) => counts.waiting + counts.active === 0,
    );
    await jobs.promoteTimers();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await eventually(
      async () => ({
        ...(await jobs.queues.get('deadlines').getJobCounts('waiting', 'active')),
        ...(await jobs.queues.get('notifications').getJobCounts('waiting', 'active')),
      }),
      (counts) => Object.values(counts).every((n) => n === 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  let answered: Awaited<ReturnType<typeof submit>>;
  const address = 'tilfreds@example.dk';

  it('asks nothing before four weeks have passed', async () => {
    answered = await submit(address);
    await step(answered.id, '/answer', { decision: 'accepted', publicAnswer: 'We will do it in the spring.' });
    await eventually(
      () => jobs.stateOf('deadlines', `satisfaction-follow-up.${answered.id}`),
      (state) => state === 'delayed',
    );
    t.clock.advance(27 * DAY);
    await runTimers();
    expect(questionsTo(address)).toHaveLength(0);
    expect(await jobs.stateOf('deadlines', `satisfaction-follow-up.${answered.id}`)).toBe('delayed');
  });

  it('asks once, four weeks after the answer, in the idea’s language, with a link to the question’s page', async () => {
    t.clock.advance(1 * DAY + 60_000);
    await runTimers();
    const [question] = await eventually(
      async () => questionsTo(address),
      (mails) => mails.length === 1,
    );
    expect(question.language).toBe('en');
    expect(question.subject).toContain(answered.publicCode);
    expect(question.text).toContain(`${TEST_PUBLIC_BASE_URL}/track/${answered.trackingToken}/page/satisfaction`);
    expect(question.headers['list-unsubscribe']).toContain(`/track/${answered.trackingToken}/unsubscribe`);

    // Carried out later: the idea is not asked a second time.
    await step(answered.id, '/implementation/complete', { note: 'Done.' });
    t.clock.advance(29 * DAY);
    await runTimers();
    expect(questionsTo(address)).toHaveLength(1);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM events WHERE type = 'SatisfactionAsked' AND stream_id = $1`, [
      `satisfaction-${answered.id}`,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('asks nobody who stopped the e-mails or left no address', async () => {
    const stopped = await submit('stop@example.dk');
    await t.http.post(`/track/${stopped.trackingToken}/unsubscribe`).send({}).expect(200);
    await step(stopped.id, '/answer', { decision: 'declined', publicAnswer: 'Not this year.' });
    const anonymous = (
      await t.http
        .post('/ideas')
        .send(validIdea({ contact: undefined }))
        .expect(201)
    ).body;
    await step(anonymous.id, '/answer', { decision: 'declined', publicAnswer: 'Not this year.' });
    t.clock.advance(29 * DAY);
    await runTimers();
    expect(questionsTo('stop@example.dk')).toHaveLength(0);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM events WHERE type = 'SatisfactionAsked'`);
    expect(rows[0].n).toBe(1);
  });

  it('takes the answer once, as an event with the comment sealed, and refuses a bad one', async () => {
    await t.http.post(`/track/${answered.trackingToken}/satisfaction`).send({ rating: 6 }).expect(422);
    await t.http.post(`/track/${answered.trackingToken}/satisfaction`).send({ rating: 4, comment: 'Quick, but call me on 12 34 56 78 next time' }).expect(200);
    await t.http.post(`/track/${answered.trackingToken}/satisfaction`).send({ rating: 1 }).expect(409);
    const other = await submit('ikke-spurgt@example.dk');
    await t.http.post(`/track/${other.trackingToken}/satisfaction`).send({ rating: 3 }).expect(409);
    const { rows } = await t.db.query(`SELECT data FROM events WHERE type = 'SatisfactionRated'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].data).toMatchObject({ ideaId: answered.id, rating: 4, department: 'TMF', comment: { keyId: answered.id } });
    expect(JSON.stringify(rows[0].data)).not.toContain('12 34 56 78');
  });

  it('the answer reaches the report by department and month, as JSON and CSV', async () => {
    const month = new Date(Date.parse('2026-11-24T09:00:00Z') + 28 * DAY + 60_000).toISOString().slice(0, 7);
    const report = await eventually(
      async () => (await t.http.get('/reports/satisfaction?from=2026-11-01&to=2027-06-01').set(staff).expect(200)).body,
      (body) => body.total.answered === 1,
    );
    expect(report.rows).toContainEqual({ month, department: 'TMF', asked: 1, answered: 0, averageRating: null, ratings: [0, 0, 0, 0, 0] });
    expect(report.total).toEqual({ asked: 1, answered: 1, averageRating: 4, ratings: [0, 0, 0, 1, 0] });
    const answeredRow = report.rows.find((row: { answered: number }) => row.answered === 1);
    expect(answeredRow).toMatchObject({ department: 'TMF', averageRating: 4, ratings: [0, 0, 0, 1, 0] });
    const csv = await t.http.get('/reports/satisfaction?from=2026-11-01&to=2027-06-01').set(staff).set('Accept', 'text/csv').expect(200);
    expect(csv.text.split('\r\n')[0]).toBe('month,department,asked,answered,average_rating,rated_1,rated_2,rated_3,rated_4,rated_5');
    expect(csv.text).toContain(`${answeredRow.month},TMF,0,1,4,0,0,0,1,0`);
  });
});
