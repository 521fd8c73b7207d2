import { startTestApp, type TestApp, validIdea } from './support/test-app';
import { startTestJobs, TEST_PUBLIC_BASE_URL, type TestJobs } from './support/test-jobs';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { eventually } from './support/eventually';

/**
 * The citizen hears about every step without asking: through the real API,
 * the reactor, BullMQ on the real Redis and nodemailer to a real SMTP server
 * on loopback. Each mail arrives once, in the citizen's language, and none
 * goes to an address that was erased or unsubscribed.
 */
describe('E-mails to the citizen', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  let as: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('citizen_mail');
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url });
    as = await t.staff({ sub: 'anna' });
  }, 60_000);
  afterAll(async () => {
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  const mailsTo = (address: string, count = 1) =>
    eventually(
      async () => smtp.to(address),
      (mails) => mails.length >= count,
    );
  /** Gives the queue time to send what it wrongly might, then returns what arrived. */
  const settledMailsTo = async (address: string) => {
    await eventually(
      () => jobs.queues.get('notifications').getJobCounts('waiting', 'active', 'delayed'),
      (counts) => Object.values(counts).every((n) => n === 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    return smtp.to(address);
  };

  async function submit(overrides: Record<string, unknown>) {
    const { body } = await t.http.post('/ideas').send(validIdea(overrides)).expect(201);
    return body as { id: string; publicCode: string; trackingToken: string; revision: number };
  }

  const triage = { category: 'other', title: 'Flere bænke ved søerne', description: 'Der mangler steder at sidde langs søerne.' };

  it.each([
    ['da', /8\. december 2026/],
    ['sv', /8 december 2026/],
    ['nb', /8\. desember 2026/],
    ['en', /8 December 2026/],
  ])('a receipt in %s: the public code, the tracking link, the promised date and a working unsubscribe header, once', async (language, promisedDate) => {
    const address = `kvittering-${language}@example.dk`;
    // "cykelsti" matches a routing rule, so the department and its deadline are known at once.
    const idea = await submit({ language, contact: { name: 'Karen Hansen', email: address } });
    const [mail] = await mailsTo(address);
    expect(mail.language).toBe(language);
    expect(mail.subject).toContain(idea.publicCode);
    expect(mail.text).toContain(idea.publicCode);
    expect(mail.text).toContain(`${TEST_PUBLIC_BASE_URL}/track/${idea.trackingToken}`);
    expect(mail.text).toMatch(promisedDate);
    expect(mail.headers['list-unsubscribe']).toContain(`${TEST_PUBLIC_BASE_URL}/track/${idea.trackingToken}/unsubscribe`);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(await settledMailsTo(address)).toHaveLength(1);
  });

  it('writes the title as the citizen typed it (the event keeps only a masked copy)', async () => {
    const address = 'egen-titel@example.dk';
    const idea = await submit({ title: 'Cykelsti ved Karens hus, ring 12 34 56 78', contact: { name: 'Karen Hansen', email: address } });
    const [mail] = await mailsTo(address);
    expect(mail.text).toContain('Cykelsti ved Karens hus, ring 12 34 56 78');
    const { rows } = await t.db.query(`SELECT data->>'title' AS title FROM events WHERE type = 'IdeaSubmitted' AND data->>'ideaId' = $1`, [idea.id]);
    expect(rows[0].title).toBe('Cykelsti ved [navn fjernet] hus, ring [telefonnummer fjernet]');
  });

  it('the four languages are really different texts', async () => {
    const subjects = ['da', 'sv', 'nb', 'en'].map((language) => smtp.to(`kvittering-${language}@example.dk`)[0]?.subject.replace(/K-\S+/g, ''));
    expect(new Set(subjects).size).toBe(4);
  });

  it('tells the citizen each step once (routed, asked, answered, implemented), and nothing about internal steps', async () => {
    const address = 'trin@example.dk';
    const idea = await submit({ ...triage, language: 'en', contact: { name: 'Sam Berg', email: address } });
    let revision = idea.revision;
    const step = async (path: string, body: object) => {
      const { body: changed } = await t.http.post(`/ideas/${idea.id}${path}`).set(as).set('If-Match', `"${revision}"`).send(body).expect(200);
      revision = changed.revision;
    };
    await mailsTo(address, 1);
    await step('/route', { department: 'TMF', reason: 'Park furniture' });
    const routed = (await mailsTo(address, 2))[1];
    expect(routed.text).toContain('Teknik- og Miljøforvaltningen');
    expect(routed.text).toMatch(/December 2026/);
    await step('/assign', { assignee: 'anna' });
    await step('/diagnosis', { feasibility: 'feasible', costBand: 'low', recommendation: 'accept', notes: 'Internal: cheap benches from stock.' });
    await step('/questions', { question: 'Which side of the lake do you mean?' });
    expect((await mailsTo(address, 3))[2].text).toContain('Which side of the lake do you mean?');
    await t.http.post(`/track/${idea.trackingToken}/replies`).send({ answer: 'The east side.' }).expect(200);
    revision++;
    await step('/answer', { decision: 'accepted', publicAnswer: 'We will put up six benches in the spring.' });
    expect((await mailsTo(address, 4))[3].text).toContain('We will put up six benches in the spring.');
    await step('/implementation', { note: 'Three benches are in place.', percentComplete: 50 });
    expect((await mailsTo(address, 5))[4].text).toContain('Three benches are in place.');
    await step('/implementation/complete', { note: 'All six benches are in place.' });
    const mails = await mailsTo(address, 6);
    expect(mails[5].text).toContain('All six benches are in place.');

    const all = await settledMailsTo(address);
    expect(all).toHaveLength(6);
    expect(new Set(all.map((mail) => mail.messageId)).size).toBe(6);
    expect(all.every((mail) => mail.language === 'en')).toBe(true);
    expect(all.map((mail) => mail.text).join('\n')).not.toContain('cheap benches'); // the diagnosis is internal
  });

  it('honours the unsubscribe link: no mail after it', async () => {
    const address = 'afmeld@example.dk';
    const idea = await submit({ ...triage, contact: { name: 'Ole Dam', email: address } });
    const [receipt] = await mailsTo(address);
    const link = receipt.headers['list-unsubscribe'].replace(/^<|>$/g, '');
    await t.http.post(link.replace(TEST_PUBLIC_BASE_URL, '')).type('form').send('List-Unsubscribe=One-Click').expect(200);
    // The unsubscription is an event of the idea: the next revision.
    await t.http
      .post(`/ideas/${idea.id}/route`)
      .set(as)
      .set('If-Match', `"${idea.revision + 1}"`)
      .send({ department: 'TMF', reason: 'Parks' })
      .expect(200);
    expect(await settledMailsTo(address)).toHaveLength(1);
    // The tracking page says so, and shows the date promised once the idea reached a department.
    const { body: tracked } = await t.http.get(`/track/${idea.trackingToken}`).expect(200);
    expect(tracked).toMatchObject({ emailsStopped: true, department: 'TMF', respondBy: expect.stringMatching(/^2026-12-\d\dT/) });
    expect(tracked.timeline.map((entry: { step: string }) => entry.step)).toEqual(['received', 'emails-stopped', 'routed']);
  });

  it('sends nothing to an erased address', async () => {
    const address = 'slet@example.dk';
    const idea = await submit({ ...triage, contact: { name: 'Bo Ek', email: address } });
    await mailsTo(address);
    const admin = await t.staff({ sub: 'admin-ida', roles: ['admin'] });
    await t.http.post(`/ideas/${idea.id}/personal-data/erase`).set(admin).send({}).expect(200);
    const { body } = await t.http.get(`/ideas/${idea.id}`).set(as).expect(200);
    await t.http.post(`/ideas/${idea.id}/route`).set(as).set('If-Match', `"${body.revision}"`).send({ department: 'TMF', reason: 'Parks' }).expect(200);
    expect(await settledMailsTo(address)).toHaveLength(1);
  });

  it('sends nothing to a citizen who left no e-mail address, and the job still completes', async () => {
    const before = smtp.mails.length;
    await submit({ ...triage, contact: { name: 'Per Ny', phone: '+45 11 22 33 44' } });
    await settledMailsTo('nobody');
    expect(smtp.mails.length).toBe(before);
    expect(await jobs.queues.get('notifications').getJobCounts('failed')).toEqual({ failed: 0 });
  });

  it('a replay of the whole stream sends nothing twice, even with the queues emptied', async () => {
    const before = smtp.mails.length;
    await jobs.close(); // empties this test's queues: the job ids are gone, only the record of sent mails remains
    await t.db.query('UPDATE reactor_checkpoints SET position = NULL');
    jobs = await startTestJobs(t, { smtpUrl: smtp.url });
    await eventually(
      () => jobs.queues.get('notifications').getJobCounts('completed'),
      (counts) => counts.completed >= 10,
    );
    await settledMailsTo('nobody');
    expect(smtp.mails.length).toBe(before);
  });
});
