import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp, validIdea } from './support/test-app';
import { startTestJobs, type TestJobs } from './support/test-jobs';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { eventually } from './support/eventually';

/**
 * Deadlines end to end: the API routes an idea, the reactor sets its timers
 * in the real Redis, the test clock moves, the timers fire, and the mails
 * reach a real SMTP server on loopback. No test waits for real days: the
 * clock is moved and the timers promoted, and each timer checks the clock.
 */
const DAY = 86_400_000;
// The test clock starts on Tuesday 24 Nov 2026 09:00 UTC; ten working days from then end on Tuesday 8 Dec.
const RESPOND_BY = '2026-12-08T23:00:00.000Z';

describe('Response deadlines, reminders and escalation', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  let as: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('deadlines', { projections: true });
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url });
    as = await t.staff({ sub: 'dispatch-dorte' });
    await t.db.query(`UPDATE departments SET lead_email = lower(code) || '-chef@kk.test' WHERE code IN ('TMF', 'BUF', 'KFF')`);
    await t.db.query(`INSERT INTO staff_contacts (subject, email) VALUES ('anna', 'anna@kk.test')`);
  }, 60_000);
  afterAll(async () => {
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  /** A triage idea (no rule matches), routed by hand now. */
  async function routedIdea(department: string): Promise<{ id: string; publicCode: string; routingEventId: string; revision: number; correlationId: string }> {
    const correlationId = `route-${randomUUID()}`;
    const { body } = await t.http
      .post('/ideas')
      .send(validIdea({ category: 'other', title: 'Flere bænke ved søerne', description: 'Der mangler steder at sidde.', contact: null }))
      .expect(201);
    const routed = await t.http
      .post(`/ideas/${body.id}/route`)
      .set(as)
      .set('If-Match', `"${body.revision}"`)
      .set('X-Correlation-Id', correlationId)
      .send({ department, reason: 'Hører til her' })
      .expect(200);
    return {
      id: body.id,
      publicCode: body.publicCode,
      routingEventId: await eventIdAt(body.id, routed.body.revision),
      revision: routed.body.revision,
      correlationId,
    };
  }

  async function eventIdAt(ideaId: string, revision: number): Promise<string> {
    const { rows } = await t.db.query(`SELECT event_id::text AS id FROM events WHERE stream_id = $1 AND stream_revision = $2`, [`idea-${ideaId}`, revision]);
    return rows[0].id;
  }

  /** Waits until `address` has `count` mails (or the time is up) and returns them. */
  const mailsTo = (address: string, count = 1, about = '') =>
    eventually(
      async () => smtp.to(address).filter((mail) => mail.text.includes(about)),
      (mails) => mails.length >= count,
    );

  const eventsOf = async (ideaId: string) =>
    (
      await t.db.query(
        `SELECT type, metadata->>'actor' AS actor, metadata->>'correlationId' AS "correlationId", data FROM events WHERE stream_id = $1 ORDER BY stream_revision`,
        [`idea-${ideaId}`],
      )
    ).rows;
  const stateOfTimer = (timer: string, routingEventId: string) => jobs.stateOf('deadlines', `${timer}.${routingEventId}`);
  const settled = (ids: string[]) =>
    eventually(
      () => Promise.all(ids.map((id) => jobs.stateOf('deadlines', id))),
      (states) => states.every((s) => s === 'completed' || s === 'delayed'),
    );

  it('routing sets the deadline with the working-day calendar, and the timers wait for it', async () => {
    const idea = await routedIdea('TMF');
    const { body } = await t.http.get(`/ideas/${idea.id}`).set(as).expect(200);
    expect(body.state).toMatchObject({ department: 'TMF', respondBy: RESPOND_BY, responseWorkingDays: 10 });
    expect(
      await eventually(
        () => stateOfTimer('deadline-reminder', idea.routingEventId),
        (s) => s === 'delayed',
      ),
    ).toBe('delayed');
    expect(await stateOfTimer('deadline-missed', idea.routingEventId)).toBe('delayed');
  });

  it('reminds the assignee two working days before, at their own address, once; then records the miss and tells the lead', async () => {
    const idea = await routedIdea('TMF');
    await t.http.post(`/ideas/${idea.id}/assign`).set(as).set('If-Match', `"${idea.revision}"`).send({ assignee: 'anna' }).expect(200);
    const reminder = `deadline-reminder.${idea.routingEventId}`;
    const missed = `deadline-missed.${idea.routingEventId}`;
    await eventually(
      () => stateOfTimer('deadline-missed', idea.routingEventId),
      (s) => s === 'delayed',
    );

    // Promoted too early, the timers look at the clock and go back to wait.
    await jobs.promoteTimers();
    await settled([reminder, missed]);
    expect(await jobs.stateOf('deadlines', reminder)).toBe('delayed');
    expect(smtp.to('anna@kk.test')).toHaveLength(0);

    // Monday 7 Dec, 08:00 in Copenhagen: two working days left (Monday and Tuesday).
    t.clock.advance(Date.parse('2026-12-07T07:00:00Z') - t.clock.now().getTime());
    await jobs.promoteTimers();
    const [mail] = await mailsTo('anna@kk.test');
    expect(mail.subject).toMatch(/Flere bænke ved søerne|K-/);
    expect(mail.text).toMatch(/8\. december 2026/);
    await settled([reminder, missed]);
    expect(await jobs.stateOf('deadlines', reminder)).toBe('completed');
    expect(await jobs.stateOf('deadlines', missed)).toBe('delayed');
    expect(await eventsOf(idea.id)).not.toContainEqual(expect.objectContaining({ type: 'ResponseDeadlineMissed' }));

    // Wednesday 9 Dec: the deadline has passed without an answer.
    t.clock.advance(2 * DAY);
    await jobs.promoteTimers();
    const escalation = await mailsTo('tmf-chef@kk.test', 1, idea.publicCode);
    expect(escalation[0].text).toMatch(/anna/);
    const events = await eventsOf(idea.id);
    // Recorded by the timer, in the request chain of the routing that set it (its lines and the lead's mail job log with the same id).
    expect(events.filter((e) => e.type === 'ResponseDeadlineMissed')).toEqual([
      expect.objectContaining({
        actor: 'system:deadlines',
        correlationId: idea.correlationId,
        data: expect.objectContaining({ respondBy: RESPOND_BY, department: 'TMF', assignee: 'anna' }),
      }),
    ]);

    // Firing again changes nothing: no second event, no second mail.
    await jobs.queues
      .get('deadlines')
      .add(
        'deadline-missed',
        { ideaId: idea.id, routingEventId: idea.routingEventId, respondBy: RESPOND_BY, dueAt: RESPOND_BY },
        { jobId: `again-${idea.routingEventId}` },
      );
    await eventually(
      () => jobs.stateOf('deadlines', `again-${idea.routingEventId}`),
      (s) => s === 'completed',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await eventsOf(idea.id)).filter((e) => e.type === 'ResponseDeadlineMissed')).toHaveLength(1);
    expect(smtp.to('anna@kk.test')).toHaveLength(1);
    expect(smtp.to('tmf-chef@kk.test').filter((mail) => mail.text.includes(idea.publicCode))).toHaveLength(1);

    // The miss is a fact in the stream, so management's report counts it (with the first test's idea, also in TMF and unanswered).
    const manager = await t.staff({ sub: 'manager-mette', roles: ['manager'] });
    const report = await eventually(
      async () => (await t.http.get('/reports/response-times?from=2026-11-01&to=2026-12-31&groupBy=department').set(manager).expect(200)).body,
      (body) => body.groups.some((group: { group: string; deadlinesMissed: number }) => group.group === 'TMF' && group.deadlinesMissed === 2),
    );
    expect(report.groups).toContainEqual(expect.objectContaining({ group: 'TMF', received: 2, deadlinesMissed: 2 }));
  }, 60_000);

  /** Moves the clock past the idea's deadline and lets the timers run. */
  async function passDeadline(ideaId: string): Promise<void> {
    const { body } = await t.http.get(`/ideas/${ideaId}`).set(as).expect(200);
    t.clock.advance(Date.parse(body.state.respondBy) + 3_600_000 - t.clock.now().getTime());
    await jobs.promoteTimers();
  }

  it('a re-routing keeps the promised date, cancels the old timers and moves the reminder and escalation to the new department', async () => {
    const idea = await routedIdea('KFF');
    await eventually(
      () => stateOfTimer('deadline-missed', idea.routingEventId),
      (s) => s === 'delayed',
    );
    const before = (await t.http.get(`/ideas/${idea.id}`).set(as).expect(200)).body.state.respondBy;
    t.clock.advance(DAY);
    const rerouted = await t.http
      .post(`/ideas/${idea.id}/route`)
      .set(as)
      .set('If-Match', `"${idea.revision}"`)
      .send({ department: 'BUF', reason: 'Skolernes sag' })
      .expect(200);
    const newRouting = await eventIdAt(idea.id, rerouted.body.revision);
    expect((await t.http.get(`/ideas/${idea.id}`).set(as).expect(200)).body.state).toMatchObject({ department: 'BUF', respondBy: before });

    expect(
      await eventually(
        () => stateOfTimer('deadline-missed', idea.routingEventId),
        (s) => s === null,
      ),
    ).toBeNull();
    expect(await stateOfTimer('deadline-reminder', idea.routingEventId)).toBeNull();
    expect(
      await eventually(
        () => stateOfTimer('deadline-missed', newRouting),
        (s) => s === 'delayed',
      ),
    ).toBe('delayed');

    await passDeadline(idea.id);
    expect(await mailsTo('buf-chef@kk.test', 1, idea.publicCode)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.to('kff-chef@kk.test').filter((mail) => mail.text.includes(idea.publicCode))).toHaveLength(0);
    expect((await eventsOf(idea.id)).filter((e) => e.type === 'ResponseDeadlineMissed')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ department: 'BUF', respondBy: before }) }),
    ]);
  }, 60_000);

  it('an answer in time cancels the timers: no miss is recorded, nobody is told', async () => {
    const idea = await routedIdea('TMF');
    await eventually(
      () => stateOfTimer('deadline-missed', idea.routingEventId),
      (s) => s === 'delayed',
    );
    const leadMails = () => smtp.to('tmf-chef@kk.test').filter((mail) => mail.text.includes(idea.publicCode)).length;
    await t.http
      .post(`/ideas/${idea.id}/answer`)
      .set(as)
      .set('If-Match', `"${idea.revision}"`)
      .send({ decision: 'declined', publicAnswer: 'Der er ikke plads.' })
      .expect(200);
    expect(
      await eventually(
        () => stateOfTimer('deadline-missed', idea.routingEventId),
        (s) => s === null,
      ),
    ).toBeNull();

    // Even a timer that slipped through does nothing once the idea is answered.
    await jobs.queues
      .get('deadlines')
      .add(
        'deadline-missed',
        { ideaId: idea.id, routingEventId: idea.routingEventId, respondBy: RESPOND_BY, dueAt: '2026-01-01T00:00:00.000Z' },
        { jobId: `late-${idea.routingEventId}` },
      );
    await passDeadline(idea.id);
    await eventually(
      () => jobs.stateOf('deadlines', `late-${idea.routingEventId}`),
      (s) => s === 'completed',
    );
    expect((await eventsOf(idea.id)).map((e) => e.type)).not.toContain('ResponseDeadlineMissed');
    expect(leadMails()).toBe(0);
  }, 60_000);

  it('a timer whose job fails retries with backoff and ends in the failed list, not silently', async () => {
    const id = 'no-such-idea';
    await jobs.queues
      .get('deadlines')
      .add(
        'deadline-reminder',
        { ideaId: id, routingEventId: 'x', respondBy: RESPOND_BY, dueAt: '2026-01-01T00:00:00.000Z' },
        { jobId: 'moot-reminder', attempts: 2, backoff: { type: 'fixed', delay: 10 } },
      );
    // A reminder for an idea that is not there is moot; a deadline command the domain refuses is an error.
    await jobs.queues
      .get('deadlines')
      .add(
        'deadline-missed',
        { ideaId: id, routingEventId: 'x', respondBy: 'not a date', dueAt: '2026-01-01T00:00:00.000Z' },
        { jobId: 'fails-always', attempts: 2, backoff: { type: 'fixed', delay: 10 } },
      );
    expect(
      await eventually(
        () => jobs.stateOf('deadlines', 'fails-always'),
        (s) => s === 'failed',
      ),
    ).toBe('failed');
    const failed = await jobs.queues.get('deadlines').getJob('fails-always');
    expect(failed?.attemptsMade).toBe(2);
    expect(failed?.failedReason).toBeTruthy();
    expect(
      await eventually(
        () => jobs.stateOf('deadlines', 'moot-reminder'),
        (s) => s === 'completed',
      ),
    ).toBe('completed');
  }, 30_000);
});
