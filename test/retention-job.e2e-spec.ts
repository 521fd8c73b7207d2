import { eventually } from './support/eventually';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp, validIdea } from './support/test-app';
import { startTestJobs, type TestJobs } from './support/test-jobs';

const MONTH = 30 * 24 * 3_600_000;

/** The retention rule as a repeatable BullMQ job: scheduled once however many workers start, and erasing what is due when it runs. */
describe('Retention as a scheduled job', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;

  beforeAll(async () => {
    t = await startTestApp('retention_job', { projections: true });
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url, config: { retentionSchedule: '30 2 * * *' } });
  }, 60_000);
  afterAll(async () => {
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  it('is scheduled from RETENTION_SCHEDULE in the municipality’s time zone, once even when a second worker starts', async () => {
    const second = await startTestJobs(t, { smtpUrl: smtp.url, config: { retentionSchedule: '30 2 * * *' } });
    try {
      const schedulers = await eventually(
        () => jobs.queues.get('maintenance').getJobSchedulers(),
        (list) => list.length > 1,
      );
      expect(schedulers).toHaveLength(2); // and the open-data export's (test/open-data.e2e-spec.ts)
      expect(schedulers).toContainEqual(
        expect.objectContaining({ key: 'personal-data-retention', name: 'personal-data-retention', pattern: '30 2 * * *', tz: 'Europe/Copenhagen' }),
      );
    } finally {
      await second.context.close(); // not close(): that would empty the shared queues
    }
  });

  it('erases the personal data of an idea closed more than 24 months ago when it runs', async () => {
    const { body: idea } = await t.http.post('/ideas').send(validIdea()).expect(201);
    await t.http.post(`/track/${idea.trackingToken}/withdraw`).send({}).expect(200);
    await eventually(
      async () => (await t.db.query(`SELECT count(*)::int AS n FROM public_status WHERE status = 'withdrawn'`)).rows[0].n,
      (n) => n === 1,
    );
    t.clock.advance(25 * MONTH);

    await jobs.queues.get('maintenance').add('personal-data-retention', {}, { jobId: 'retention-now' });
    expect(
      await eventually(
        () => jobs.stateOf('maintenance', 'retention-now'),
        (state) => state === 'completed',
      ),
    ).toBe('completed');
    const job = await jobs.queues.get('maintenance').getJob('retention-now');
    expect(job?.returnvalue).toMatchObject({ due: 1, erased: 1, failed: 0 });
    const staff = await t.staff();
    const { body } = await t.http.get(`/ideas/${idea.id}`).set(staff).expect(200);
    expect(body.state.contact).toMatchObject({ erased: true });
  });
});
