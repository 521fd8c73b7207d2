import { PersonalDataRetention } from '@civic/casework';
import { startTestApp, type TestApp, validIdea } from './support/test-app';
import { startTestJobs, TEST_PUBLIC_BASE_URL, type TestJobs } from './support/test-jobs';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { eventually } from './support/eventually';

/**
 * Supporting an idea without an account, end to end: the API, the reactor,
 * BullMQ on the real Redis, the SMTP sink and the supports read model. A
 * support counts only once its link is followed, one address counts once,
 * withdrawal takes it back and erases the address, and retention erases a
 * supporter's address by the submitter's rule.
 */
describe('Supports', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  let staff: Record<string, string>;
  let idea: { id: string; publicCode: string; trackingToken: string };

  beforeAll(async () => {
    t = await startTestApp('supports', { projections: true });
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url });
    staff = await t.staff({ sub: 'anna' });
    idea = (
      await t.http
        .post('/ideas')
        .send(validIdea({ contact: null }))
        .expect(201)
    ).body;
    await eventually(
      () => t.http.get(`/public/ideas/${idea.publicCode}`),
      (response) => response.status === 200,
    );
  }, 60_000);
  afterAll(async () => {
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  const publicCount = async (code = idea.publicCode) => (await t.http.get(`/public/ideas/${code}`).expect(200)).body.supports as number;
  const inboxCount = async (ideaId = idea.id) => {
    const { body } = await t.http.get('/departments/TMF/inbox?limit=100').set(staff).expect(200);
    return (body.items as { id: string; supports: number }[]).find((item) => item.id === ideaId)?.supports;
  };
  const linkIn = (address: string, index = 0) =>
    eventually(
      async () => smtp.to(address),
      (mails) => mails.length > index,
    ).then((mails) => /\/supports\/([A-Za-z0-9_-]{54})/.exec(mails[index].text)![1]);
  const settle = async () => {
    await eventually(
      () => jobs.queues.get('notifications').getJobCounts('waiting', 'active', 'delayed'),
      (counts) => Object.values(counts).every((n) => n === 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  const projected = async () => {
    // The supports read model has caught up with every event appended so far.
    const head = await t.db.query<{ n: string }>('SELECT count(*) AS n FROM events');
    await eventually(
      async () => (await t.db.query<{ n: string }>(`SELECT events_applied::text AS n FROM projection_checkpoints WHERE projection = 'supports'`)).rows[0]?.n,
      (n) => n === head.rows[0].n,
    );
  };

  it('counts a support only after its confirmation link is followed, in the public JSON and the inbox', async () => {
    const address = 'stoette@example.dk';
    await t.http.post(`/public/ideas/${idea.publicCode}/supports`).send({ email: address, district: 'valby' }).expect(202, { status: 'confirmation-sent' });
    const token = await linkIn(address);
    const [mail] = smtp.to(address);
    expect(mail.subject).toContain(idea.publicCode);
    expect(mail.text).toContain(`${TEST_PUBLIC_BASE_URL}/supports/${token}`);
    await projected();
    expect(await publicCount()).toBe(0);
    expect((await t.http.get(`/supports/${token}`).expect(200)).body).toEqual({ status: 'pending', publicCode: idea.publicCode });

    await t.http.post(`/supports/${token}/confirm`).expect(200, { status: 'confirmed', publicCode: idea.publicCode });
    await eventually(publicCount, (n) => n === 1);
    expect(await inboxCount()).toBe(1);
    // Following the link again changes nothing.
    await t.http.post(`/supports/${token}/confirm`).expect(200);
    await projected();
    expect(await publicCount()).toBe(1);
  });

  it('counts the same address once, however it is written, and mails no second link', async () => {
    await t.http.post(`/public/ideas/${idea.publicCode}/supports`).send({ email: '  Stoette@Example.DK ' }).expect(202, { status: 'confirmation-sent' });
    await settle();
    await projected();
    expect(smtp.to('stoette@example.dk')).toHaveLength(1);
    expect(await publicCount()).toBe(1);
  });

  it('withdraws: the count goes down and the address is erased with it', async () => {
    const address = 'trukket@example.dk';
    await t.http.post(`/public/ideas/${idea.publicCode}/supports`).send({ email: address }).expect(202);
    const token = await linkIn(address);
    await t.http.post(`/supports/${token}/confirm`).expect(200);
    await eventually(publicCount, (n) => n === 2);

    await t.http.post(`/supports/${token}/withdraw`).expect(200, { status: 'withdrawn', publicCode: idea.publicCode });
    await eventually(publicCount, (n) => n === 1);
    await t.http.post(`/supports/${token}/withdraw`).expect(200); // again: nothing more
    await t.http.post(`/supports/${token}/confirm`).expect(409);
    const { rows } = await t.db.query(`SELECT key_ids FROM supports WHERE key_ids::text LIKE '%support-%' AND status = 'withdrawn'`);
    const keyIds = rows.flatMap((row) => row.key_ids as string[]);
    expect(keyIds).toHaveLength(1);
    expect((await t.db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = ANY($1)', [keyIds])).rowCount).toBe(0);

    // Supporting anew after a withdrawal is a new request with a new key and a new link.
    await t.http.post(`/public/ideas/${idea.publicCode}/supports`).send({ email: address }).expect(202);
    const again = await linkIn(address, 1);
    expect(again).toBe(token); // the same support, the same link
    expect((await t.http.get(`/supports/${token}`).expect(200)).body.status).toBe('pending');
  });

  it('never writes an address in clear to the event store', async () => {
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE data::text ILIKE '%example.dk%'`);
    expect(rows[0].n).toBe(0);
  });

  it('refuses bad input with a problem and changes nothing', async () => {
    const before = await t.eventCount();
    await t.http.post(`/public/ideas/${idea.publicCode}/supports`).send({ email: 'not-an-address' }).expect(422);
    await t.http.post(`/public/ideas/${idea.publicCode}/supports`).send({ email: 'x@example.dk', district: 'atlantis' }).expect(422);
    await t.http.post('/public/ideas/K-0000-000000/supports').send({ email: 'x@example.dk' }).expect(404);
    await t.http.post('/supports/not-a-link/confirm').expect(404);
    await t.http.post(`/supports/${'A'.repeat(54)}/withdraw`).expect(404);
    expect(await t.eventCount()).toBe(before);
  });

  it('erases a supporter’s address by the submitter’s rule: months after the idea closed, by the retention run', async () => {
    const closing = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    await eventually(
      () => t.http.get(`/public/ideas/${closing.publicCode}`),
      (response) => response.status === 200,
    );
    const address = 'glemt@example.dk';
    await t.http.post(`/public/ideas/${closing.publicCode}/supports`).send({ email: address }).expect(202);
    const token = await linkIn(address);
    await t.http.post(`/supports/${token}/confirm`).expect(200);
    await t.http.post(`/track/${closing.trackingToken}/withdraw`).send({}).expect(200);
    await eventually(
      () => publicCount(closing.publicCode),
      (n) => n === 1,
    );
    await eventually(
      async () => (await t.db.query(`SELECT 1 FROM public_status WHERE idea_id = $1 AND closed_at IS NOT NULL`, [closing.id])).rowCount,
      (n) => n === 1,
    );
    const retention = t.app.get(PersonalDataRetention);
    expect(await retention.dueSupports()).toEqual([]); // not yet: closed today
    t.clock.advance(25 * 31 * 24 * 3600 * 1000);
    const due = await retention.dueSupports();
    expect(due).toHaveLength(1);
    const result = await retention.run();
    expect(result.failed).toBe(0);
    const { rows } = await t.db.query(`SELECT key_ids FROM supports WHERE idea_id = $1`, [closing.id]);
    expect((await t.db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = ANY($1)', [rows[0].key_ids])).rowCount).toBe(0);
    const erased = await t.db.query(`SELECT data FROM events WHERE type = 'SupporterDataErased' AND data->>'ideaId' = $1`, [closing.id]);
    expect(erased.rows[0].data).toMatchObject({ reason: 'retention' });
    // The submitter's contact went by the same run, and the support still counts.
    expect(await retention.dueSupports()).toEqual([]);
    expect(await publicCount(closing.publicCode)).toBe(1);
  });
});
